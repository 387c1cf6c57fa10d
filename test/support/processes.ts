import { type ChildProcess, spawn, spawnSync } from 'child_process';
import { createServer } from 'net';
import { join } from 'path';

const DIST = join(__dirname, '..', '..', 'dist', 'apps');

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

export interface AppProcess {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
}

/**
 * Runs a compiled app (npm test builds first) with the given environment, keeping its output for diagnosis.
 * With PROFILE_DIR set (benchmarks), each app writes a V8 CPU profile there when it exits.
 */
export function runApp(app: 'api' | 'worker', env: NodeJS.ProcessEnv): AppProcess {
  const profile = process.env.PROFILE_DIR
    ? ['--cpu-prof', `--cpu-prof-dir=${process.env.PROFILE_DIR}`, `--cpu-prof-name=${app}.cpuprofile`]
    : [];
  const child = spawn(process.execPath, [...profile, join(DIST, app, 'src', 'main.js')], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-20_000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, output: () => output, exited };
}

/** Runs a cli command to its end; one still running after `timeoutMs` is killed (status null). */
export function runCli(
  args: string[],
  env: NodeJS.ProcessEnv,
  timeoutMs = 60_000,
): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [join(DIST, 'cli', 'src', 'main.js'), ...args], {
    env: { ...process.env, ...env },
    encoding: 'utf8',
    timeout: timeoutMs,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

export async function stopProcess(proc: AppProcess | undefined, signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
  if (!proc || proc.child.exitCode !== null || proc.child.signalCode !== null) return;
  proc.child.kill(signal);
  await proc.exited;
}
