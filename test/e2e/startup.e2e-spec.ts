import { randomBytes } from 'crypto';
import { Pool } from 'pg';
import { freePort, runCli } from '../support/processes';
import { TEST_POSTGRES } from '../support/stack';

/** Well below the ~37 s the application context used to spend retrying a database that is not there. */
const FAIL_FAST_MS = 15_000;

const oneLine = (stderr: string) => {
  expect(stderr.trim().split('\n')).toHaveLength(1);
  return stderr.trim();
};

describe('npm start explains what an operator can fix, in one line', () => {
  it('names PostgreSQL, its address and how to start it when it cannot be reached', async () => {
    const port = await freePort();
    const result = runCli(['start'], { DATABASE_URL: `postgres://postgres@127.0.0.1:${port}/factdesk_nowhere` });
    expect(result.status).toBe(1);
    expect(oneLine(result.stderr)).toContain(`PostgreSQL is not reachable at 127.0.0.1:${port}`);
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

describe('every cli command fails fast with the same one-line diagnosis', () => {
  const runId = randomBytes(4).toString('hex');
  const admin = new Pool({ connectionString: `${TEST_POSTGRES}/postgres`, max: 1 });
  const created: string[] = [];
  const database = async (name: string) => {
    await admin.query(`CREATE DATABASE "${name}"`);
    created.push(name);
    return `${TEST_POSTGRES}/${name}`;
  };
  afterAll(async () => {
    for (const name of created) await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin.end();
  });

  it.each([['keys:create', '--role', 'admin', '--name', 'x'], ['migrate']])(
    '%s names PostgreSQL and how to start it when its port is closed',
    async (...args) => {
      const port = await freePort();
      const result = runCli(
        args,
        { DATABASE_URL: `postgres://postgres@127.0.0.1:${port}/factdesk_nowhere` },
        FAIL_FAST_MS,
      );
      expect(result.status).toBe(1);
      expect(result.stdout).toBe('');
      expect(oneLine(result.stderr)).toBe(
        `factdesk: PostgreSQL is not reachable at 127.0.0.1:${port} (ECONNREFUSED); start it with \`docker compose up -d postgres\`, ` +
          'or install and start the distribution package (e.g. `apt-get install postgresql && pg_ctlcluster 15 main start`), ' +
          'or set DATABASE_URL to a running server',
      );
    },
  );

  it('keys:create says a missing database is missing and how to create it', () => {
    const name = `factdesk_e2e_${runId}_missing`;
    const result = runCli(
      ['keys:create', '--role', 'admin', '--name', 'x'],
      { DATABASE_URL: `${TEST_POSTGRES}/${name}` },
      FAIL_FAST_MS,
    );
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(oneLine(result.stderr)).toContain(
      `has no database "${name}"; create and migrate it with \`npm run cli -- migrate\``,
    );
  });

  it('keys:create says an unmigrated database needs migrating', async () => {
    const url = await database(`factdesk_e2e_${runId}_empty`);
    const result = runCli(['keys:create', '--role', 'admin', '--name', 'x'], { DATABASE_URL: url }, FAIL_FAST_MS);
    expect(result.status).toBe(1);
    expect(oneLine(result.stderr)).toContain('without its tables; create and migrate it with `npm run cli -- migrate`');
  });

  it('keys:create names a refused login', () => {
    const url = new URL(`${TEST_POSTGRES}/postgres`);
    url.username = `nobody_${runId}`;
    const result = runCli(
      ['keys:create', '--role', 'admin', '--name', 'x'],
      { DATABASE_URL: url.toString() },
      FAIL_FAST_MS,
    );
    expect(result.status).toBe(1);
    expect(oneLine(result.stderr)).toContain(`refused the login (role "nobody_${runId}" does not exist)`);
  });

  it('keys:create --json prints {id, name, role, key} for scripts; the plain form ends with the key alone', async () => {
    const url = await database(`factdesk_e2e_${runId}_keys`);
    expect(runCli(['migrate'], { DATABASE_URL: url }).status).toBe(0);

    const json = runCli(['keys:create', '--role', 'reviewer', '--name', 'Reviewer 1', '--json'], { DATABASE_URL: url });
    expect(json.status).toBe(0);
    const created = JSON.parse(json.stdout) as Record<string, string>;
    expect(Object.keys(created)).toEqual(['id', 'name', 'role', 'key', 'expiresAt']);
    expect(created).toMatchObject({ name: 'Reviewer 1', role: 'reviewer', key: expect.stringMatching(/^fdk_/) });

    const plain = runCli(['keys:create', '--role', 'editor', '--name', 'Editor 1'], { DATABASE_URL: url });
    const lastLine = plain.stdout.trim().split('\n').pop();
    expect(lastLine).toMatch(/^fdk_[\w-]+$/);

    const db = new Pool({ connectionString: url, max: 1 });
    try {
      const { rows } = await db.query('SELECT name, role FROM api_keys WHERE id = $1', [created.id]);
      expect(rows).toEqual([{ name: 'Reviewer 1', role: 'reviewer' }]);
    } finally {
      await db.end();
    }
  });

  it('keys:create refuses an unknown option, naming the allowed ones', () => {
    const result = runCli(['keys:create', '--role', 'admin', '--name', 'x', '--jsn'], {});
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('unknown option --jsn; allowed: --role, --name, --expires-in, --json');
  });
});
