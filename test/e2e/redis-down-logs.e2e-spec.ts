import { randomBytes } from 'crypto';
import { Pool } from 'pg';
import { http } from '../support/http';
import { type AppProcess, freePort, runApp, runCli } from '../support/processes';
import { TEST_POSTGRES } from '../support/stack';
import { waitFor } from '../support/wait-for';

/** Every line a process wrote to stdout and stderr, from its start. */
function captureLines(proc: AppProcess): () => string[] {
  let text = '';
  proc.child.stdout?.on('data', (chunk: Buffer) => (text += chunk.toString()));
  proc.child.stderr?.on('data', (chunk: Buffer) => (text += chunk.toString()));
  return () => text.split('\n').filter((line) => line.length > 0);
}

const parses = (line: string) => {
  try {
    return typeof JSON.parse(line) === 'object';
  } catch {
    return false;
  }
};

describe('with Redis down, every log line is pino JSON', () => {
  const databaseUrl = `${TEST_POSTGRES}/factdesk_e2e_logs_${randomBytes(4).toString('hex')}`;
  let api: AppProcess | undefined;
  let worker: AppProcess | undefined;

  afterAll(async () => {
    for (const proc of [api, worker]) if (proc && proc.child.exitCode === null) proc.child.kill('SIGKILL');
    const admin = new Pool({ connectionString: `${TEST_POSTGRES}/postgres`, max: 1 });
    await admin.query(`DROP DATABASE IF EXISTS "${new URL(databaseUrl).pathname.slice(1)}" WITH (FORCE)`);
    await admin.end();
  });

  it('starts api and worker against a closed Redis port, logs each error kind once per window, and stops on SIGTERM', async () => {
    const [port, closedRedisPort] = [await freePort(), await freePort()];
    const env = {
      DATABASE_URL: databaseUrl,
      REDIS_URL: `redis://127.0.0.1:${closedRedisPort}`,
      REDIS_PREFIX: 'fdtest:logs',
      PORT: String(port),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'info',
    };
    expect(runCli(['migrate'], env).status).toBe(0);
    api = runApp('api', env);
    worker = runApp('worker', env);
    const apiLines = captureLines(api);
    const workerLines = captureLines(worker);
    const redisErrors = (lines: string[]) =>
      lines
        .filter(parses)
        .map((line) => JSON.parse(line))
        .filter((entry) => entry.msg === 'Redis connection error');

    const baseUrl = `http://127.0.0.1:${port}`;
    let unhealthy = 0;
    await waitFor(
      async () => {
        if ((await http(baseUrl, 'GET', '/health')).status === 503) unhealthy += 1;
        const workerClients = new Set(redisErrors(workerLines()).map((entry) => entry.client));
        return unhealthy >= 3 && workerClients.has('worker extract') && workerClients.has('queue extract');
      },
      'api answering 503 and the worker logging its Redis errors',
      30_000,
      1_000,
    );
    expect(workerLines().some((line) => line.includes('factdesk worker running'))).toBe(true);
    expect(apiLines().some((line) => line.includes('factdesk: api on http'))).toBe(true);

    api.child.kill('SIGTERM');
    worker.child.kill('SIGTERM');
    await Promise.all([api.exited, worker.exited]);

    for (const [name, lines] of [
      ['api', apiLines()],
      ['worker', workerLines()],
    ] as const) {
      expect({ name, notJson: lines.filter((line) => !parses(line)) }).toEqual({ name, notJson: [] });
      const errors = redisErrors(lines);
      expect(errors.length).toBeGreaterThan(0);
      // Clients retry every second or two, yet each kind of error is written at most once per 30 s window.
      const lastAt = new Map<string, number>();
      for (const entry of errors) {
        const kind = `${entry.client} ${entry.code}`;
        const previous = lastAt.get(kind);
        if (previous !== undefined) expect(entry.time - previous).toBeGreaterThanOrEqual(30_000);
        lastAt.set(kind, entry.time);
      }
    }
  });
});
