import { http } from '../support/http';
import { runCli } from '../support/processes';
import { type Stack, startStack } from '../support/stack';
import { waitFor } from '../support/wait-for';

/** Every api process must refuse a revoked key within this long: the documented contract (docs/RELIABILITY.md). */
const REVOCATION_CONTRACT_MS = 1_000;
const PROBE = '/v1/review/machine';

describe('API key lifecycle (e2e)', () => {
  let stack: Stack;
  let apis: string[];

  beforeAll(async () => {
    stack = await startStack({ worker: false });
    const second = await stack.startSecondApi();
    apis = [stack.baseUrl, second.baseUrl];
  });

  afterAll(async () => {
    await stack?.stop();
  });

  const cli = (...args: string[]) => {
    const result = runCli(args, stack.env);
    if (result.status !== 0) throw new Error(`cli ${args.join(' ')} failed: ${result.stderr}`);
    return result.stdout.trim();
  };
  const cliJson = <T = any>(...args: string[]): T =>
    JSON.parse(
      cli(...args)
        .split('\n')
        .pop()!,
    ) as T;
  const statusOn = async (baseUrl: string, key: string) => (await http(baseUrl, 'GET', PROBE, { key })).status;
  const statusesOf = (key: string) => Promise.all(apis.map((baseUrl) => statusOn(baseUrl, key)));
  const listed = (id: string) =>
    cli('keys:list', '--json')
      .split('\n')
      .map((line) => JSON.parse(line))
      .find((key) => key.id === id);

  /** When every api first answered 401 to `key` (polled, up to 10 s). */
  const refusedEverywhereAt = (key: string, what: string) =>
    waitFor(
      async () => ((await statusesOf(key)).every((status) => status === 401) ? Date.now() : null),
      what,
      10_000,
      50,
    );

  /** Polls every api until each answers 401, for at most `boundMs`; returns how long each took (null: never). */
  async function refusalTimes(key: string, from: number, boundMs: number): Promise<(number | null)[]> {
    const seen: (number | null)[] = apis.map(() => null);
    while (Date.now() - from <= boundMs && seen.some((ms) => ms === null)) {
      const statuses = await statusesOf(key);
      statuses.forEach((status, i) => {
        if (status === 401 && seen[i] === null) seen[i] = Date.now() - from;
      });
    }
    return seen;
  }

  it('refuses a revoked key on every api process within a second, while remembered keys stay fast', async () => {
    const key = cliJson<{ id: string; key: string }>('keys:create', '--role', 'editor', '--name', 'Leaky', '--json');
    // Both processes verified it and remember it.
    for (let i = 0; i < 3; i += 1) expect(await statusesOf(key.key)).toEqual([200, 200]);

    await stack.db.query('UPDATE api_keys SET revoked_at = now() WHERE id = $1', [key.id]);
    const revokedAt = Date.now();
    const times = await refusalTimes(key.key, revokedAt, REVOCATION_CONTRACT_MS);
    console.log(`revocation refused after ${times.map((ms) => `${ms} ms`).join(' and ')} (two api processes)`);
    expect(times.every((ms) => ms !== null)).toBe(true);
    // Never served again once refused.
    expect(await statusesOf(key.key)).toEqual([401, 401]);
  });

  it('keys:revoke revokes through the cli, lists the key as revoked and is idempotent', async () => {
    const key = cliJson<{ id: string; key: string }>('keys:create', '--role', 'intake', '--name', 'Feed', '--json');
    expect(await statusesOf(key.key)).toEqual([200, 200]);
    expect(cli('keys:revoke', key.id)).toMatch(/^Revoked intake key "Feed"/);
    const revokedAt = Date.now();
    expect((await refusalTimes(key.key, revokedAt, REVOCATION_CONTRACT_MS)).every((ms) => ms !== null)).toBe(true);
    expect(listed(key.id)).toMatchObject({ status: 'revoked', name: 'Feed', role: 'intake' });
    expect(cli('keys:revoke', key.id)).toMatch(/^Revoked intake key "Feed"/);

    const unknown = runCli(['keys:revoke', '0b6f2c1e-3f5d-4a57-9a43-2d1c8e7f9a10'], stack.env);
    expect(unknown.status).toBe(1);
    expect(unknown.stderr).toMatch(/API key 0b6f2c1e-3f5d-4a57-9a43-2d1c8e7f9a10 does not exist/);
    expect(runCli(['keys:revoke'], stack.env).status).toBe(2);
  });

  it('refuses a key after its expiry, not before', async () => {
    const key = cliJson<{ id: string; key: string; expiresAt: string }>(
      ...['keys:create', '--role', 'reviewer', '--name', 'Temp', '--expires-in', '3s', '--json'],
    );
    const expiresAt = new Date(key.expiresAt).getTime();
    expect(await statusesOf(key.key)).toEqual([200, 200]);
    const refused = await refusedEverywhereAt(key.key, 'the expired key to be refused');
    expect(refused).toBeGreaterThanOrEqual(expiresAt);
    expect(listed(key.id)).toMatchObject({ status: 'expired' });
    // An expired key is nobody to assign work to.
    const people = await stack.request('GET', '/v1/people?active=true', { as: 'editor' });
    expect(people.body.people.map((person: { id: string }) => person.id)).not.toContain(key.id);
    expect(runCli(['keys:create', '--role', 'intake', '--name', 'x', '--expires-in', '1w'], stack.env).status).toBe(2);
  });

  it('rotates a key: a new secret for the same id at once, the old one until the grace period ends', async () => {
    const key = cliJson<{ id: string; key: string }>('keys:create', '--role', 'editor', '--name', 'Desk B', '--json');
    expect(await statusesOf(key.key)).toEqual([200, 200]);
    const rotated = cliJson<{ id: string; key: string; name: string; role: string; previousKeyExpiresAt: string }>(
      ...['keys:rotate', key.id, '--grace', '3s', '--json'],
    );
    expect(rotated).toMatchObject({ id: key.id, name: 'Desk B', role: 'editor' });
    expect(rotated.key).not.toBe(key.key);
    expect(await statusesOf(rotated.key)).toEqual([200, 200]);
    expect(await statusesOf(key.key)).toEqual([200, 200]);
    const mine = await http(stack.baseUrl, 'GET', '/v1/review/mine', { key: rotated.key });
    expect(mine.status).toBe(200);

    const graceEnds = new Date(rotated.previousKeyExpiresAt).getTime();
    const refused = await refusedEverywhereAt(key.key, 'the replaced secret to be refused');
    expect(refused).toBeGreaterThanOrEqual(graceEnds);
    expect(await statusesOf(rotated.key)).toEqual([200, 200]);
    expect(listed(key.id)).toMatchObject({ status: 'active', rotatedAt: expect.any(String) });
  });

  it('rotates with --grace 0: the old secret is refused everywhere within a second', async () => {
    const key = cliJson<{ id: string; key: string }>('keys:create', '--role', 'reviewer', '--name', 'R', '--json');
    expect(await statusesOf(key.key)).toEqual([200, 200]);
    const rotated = cliJson<{ key: string }>('keys:rotate', key.id, '--grace', '0', '--json');
    const rotatedAt = Date.now();
    expect((await refusalTimes(key.key, rotatedAt, REVOCATION_CONTRACT_MS)).every((ms) => ms !== null)).toBe(true);
    expect(await statusesOf(rotated.key)).toEqual([200, 200]);

    cli('keys:revoke', key.id);
    const revoked = runCli(['keys:rotate', key.id], stack.env);
    expect(revoked.status).toBe(1);
    expect(revoked.stderr).toMatch(/is revoked: create a new one instead/);
  });

  it('records when a key was last used, and lists keys without their secrets', async () => {
    const used = cliJson<{ id: string; key: string }>('keys:create', '--role', 'intake', '--name', 'Used', '--json');
    const unused = cliJson<{ id: string; key: string }>('keys:create', '--role', 'intake', '--name', 'Idle', '--json');
    const before = Date.now();
    expect(await statusOn(stack.baseUrl, used.key)).toBe(200);
    const lastUsed = await waitFor(async () => listed(used.id)?.lastUsedAt as string | null, 'last used time');
    expect(new Date(lastUsed).getTime()).toBeGreaterThanOrEqual(before - 1_000);
    expect(listed(unused.id).lastUsedAt).toBeNull();

    const table = cli('keys:list');
    expect(table.split('\n')[0]).toMatch(/^id\s+name\s+role\s+prefix\s+status\s+created\s+last used\s+expires/);
    expect(table).toContain(used.id);
    expect(table).not.toContain(used.key);
    expect(cli('keys:list', '--json')).not.toContain(used.key);
  });
});
