import { type ChildProcess, execFileSync, spawn } from 'child_process';
import { randomBytes } from 'crypto';
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { Pool } from 'pg';
import { generateApiKeySecret } from '../../libs/platform/src/auth/api-key-secret';
import { articleBody } from '../support/articles';
import { http } from '../support/http';
import { freePort } from '../support/processes';
import { TEST_POSTGRES, TEST_REDIS, deleteRedisKeys, dropTestDatabase } from '../support/stack';
import { waitFor } from '../support/wait-for';

const CLI = join(__dirname, '..', '..', 'dist', 'apps', 'cli', 'src', 'main.js');
const ARTICLES = 300;

interface Launcher {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
}

/** `npm start` as an operator runs it: the cli's start command, with its own database, Redis prefix and state dir. */
async function desk() {
  const runId = `${process.pid}_${randomBytes(4).toString('hex')}`;
  const port = await freePort();
  const env = {
    ...process.env,
    DATABASE_URL: `${TEST_POSTGRES}/factdesk_e2e_${runId}`,
    REDIS_URL: TEST_REDIS,
    REDIS_PREFIX: `fdtest:${runId}`,
    PORT: String(port),
    HOST: '127.0.0.1',
    LOG_LEVEL: 'info',
    OUTBOX_POLL_MS: '50',
    STATE_DIR: mkdtempSync(join(tmpdir(), 'factdesk-state-')),
  };
  return {
    env,
    baseUrl: `http://127.0.0.1:${port}`,
    async remove() {
      await dropTestDatabase(env.DATABASE_URL);
      await deleteRedisKeys(TEST_REDIS, env.REDIS_PREFIX);
      rmSync(env.STATE_DIR, { recursive: true, force: true });
    },
  };
}

function launch(command: string, args: string[], env: NodeJS.ProcessEnv): Launcher {
  const child = spawn(command, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return { child, output: () => output, exited: new Promise((resolve) => child.on('exit', (code) => resolve(code))) };
}

/** The launcher's JSON lines saying it started a child. */
const startedPids = (output: string, name: string): number[] =>
  output
    .split('\n')
    .filter((line) => line.startsWith('{') && line.includes(`"msg":"${name} started"`))
    .map((line) => JSON.parse(line).pid as number);

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

describe('npm start supervises api and worker', () => {
  let site: Awaited<ReturnType<typeof desk>>;
  let launcher: Launcher | undefined;

  beforeAll(async () => {
    site = await desk();
  });
  afterAll(async () => {
    if (launcher && launcher.child.exitCode === null) {
      launcher.child.kill('SIGTERM');
      await launcher.exited;
    }
    await site?.remove();
  });

  it('keeps the api serving while the SIGKILLed worker is restarted and catches up, then stops both on SIGTERM', async () => {
    launcher = launch(process.execPath, [CLI, 'start'], site.env);
    const running = launcher;
    await waitFor(
      async () =>
        (await fetch(`${site.baseUrl}/health`)).status === 200 && startedPids(running.output(), 'worker').length,
      `desk up (${running.output().slice(-2_000)})`,
      60_000,
    );

    // Not a terminal, so the first admin key went to a file only the owner can read, and only its path was printed.
    const file = /it is in (\S+) \(readable by you only\)/.exec(running.output())?.[1] as string;
    expect(file.startsWith(site.env.STATE_DIR)).toBe(true);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    const adminKey = readFileSync(file, 'utf8').trim();
    expect(running.output()).not.toContain(adminKey);
    expect((await http(site.baseUrl, 'GET', '/metrics', { key: adminKey })).status).toBe(200);

    const db = new Pool({ connectionString: site.env.DATABASE_URL, max: 2 });
    try {
      const intake = generateApiKeySecret();
      await db.query(`INSERT INTO api_keys (name, role, key_hash, key_prefix) VALUES ('feed', 'intake', $1, $2)`, [
        intake.hash,
        intake.displayPrefix,
      ]);
      const [workerPid] = startedPids(running.output(), 'worker');
      const [apiPid] = startedPids(running.output(), 'api');

      let sent = 0;
      const statuses: number[] = [];
      const post = async (): Promise<void> => {
        while (sent < ARTICLES) {
          const n = sent++;
          if (n === 50) process.kill(workerPid, 'SIGKILL');
          const res = await http(site.baseUrl, 'POST', '/v1/articles', {
            key: intake.secret,
            body: { outlet: 'Supervised Wire', body: articleBody(10_000 + n) },
          });
          statuses.push(res.status);
        }
      };
      await Promise.all(Array.from({ length: 20 }, post));
      expect(statuses.filter((status) => status === 202)).toHaveLength(ARTICLES);

      const restarted = await waitFor(
        async () => startedPids(running.output(), 'worker').find((pid) => pid !== workerPid),
        'worker restarted',
        30_000,
      );
      expect(running.output()).toMatch(/"msg":"worker exited unexpectedly; restarting in 500 ms"/);
      expect(startedPids(running.output(), 'api')).toEqual([apiPid]);
      await waitFor(
        async () =>
          (await db.query(`SELECT count(*)::int AS n FROM articles WHERE ingest_status = 'extracted'`)).rows[0].n ===
          ARTICLES,
        `all ${ARTICLES} articles extracted by the restarted worker`,
        120_000,
        250,
      );

      running.child.kill('SIGTERM');
      expect(await running.exited).toBe(0);
      expect([apiPid, restarted].filter(alive)).toEqual([]);
      expect(running.output()).toContain('"msg":"stopped"');
    } finally {
      await db.end();
    }
  });
});

describe('npm start on a terminal', () => {
  let site: Awaited<ReturnType<typeof desk>>;

  beforeAll(async () => {
    site = await desk();
  });
  afterAll(async () => {
    await site?.remove();
  });

  it('prints the first admin key there and writes no file', async () => {
    // util-linux `script` gives the command a pseudo-terminal for stdout, as an operator's shell would.
    const launcher = launch('script', ['-qefc', `${process.execPath} ${CLI} start`, '/dev/null'], site.env);
    try {
      const key = await waitFor(
        async () => /shown once; store it now\):\r?\n(fdk_\S+)/.exec(launcher.output())?.[1],
        `key printed (${launcher.output().slice(-2_000)})`,
        60_000,
      );
      expect(readdirSync(site.env.STATE_DIR)).toEqual([]);
      await waitFor(async () => (await fetch(`${site.baseUrl}/health`)).status === 200, 'desk up', 60_000);
      expect((await http(site.baseUrl, 'GET', '/metrics', { key })).status).toBe(200);
    } finally {
      const [cliPid] = execFileSync('pgrep', ['-P', String(launcher.child.pid)], { encoding: 'utf8' })
        .split('\n')
        .filter(Boolean)
        .map(Number);
      process.kill(cliPid, 'SIGTERM');
      await launcher.exited;
    }
  });
});
