import { freePort, runCli } from '../support/processes';

describe('npm start explains what an operator can fix, in one line', () => {
  it('names PostgreSQL, its address and how to start it when it cannot be reached', async () => {
    const port = await freePort();
    const result = runCli(['start'], { DATABASE_URL: `postgres://postgres@127.0.0.1:${port}/factdesk_nowhere` });
    expect(result.status).toBe(1);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toContain(`PostgreSQL is not reachable at 127.0.0.1:${port}`);
    expect(result.stderr).toContain('docker compose up -d postgres');
  });

  it('names Redis and its address when it cannot be reached', async () => {
    const port = await freePort();
    const result = runCli(['start'], {
      DATABASE_URL: `postgres://postgres@127.0.0.1:5432/postgres`,
      REDIS_URL: `redis://127.0.0.1:${port}`,
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`Redis is not reachable at 127.0.0.1:${port} (ECONNREFUSED)`);
  });

  it('stops on a bad variable with one line naming it', () => {
    const result = runCli(['start'], { REDIS_URL: 'http://cache' });
    expect(result.status).toBe(1);
    expect(result.stderr.trim()).toMatch(/^factdesk: Invalid configuration: REDIS_URL must be a redis:\/\/ URL/);
  });

  it('refuses an unknown cli command with usage and exit 2', () => {
    const result = runCli(['keys:delete'], {});
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('unknown command keys:delete');
  });
});
