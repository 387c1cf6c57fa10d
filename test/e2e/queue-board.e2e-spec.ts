import { type Stack, startStack } from '../support/stack';

/** bull-board at /admin/queues: for an admin's browser session (or Bearer admin key), read-only, 401 without. */
describe('GET /admin/queues (bull-board)', () => {
  let stack: Stack;

  beforeAll(async () => {
    stack = await startStack({ worker: false });
  });
  afterAll(async () => {
    await stack?.stop();
  });

  async function sessionOf(key: string): Promise<string> {
    const res = await stack.request('POST', '/v1/session', { as: null, body: { key } });
    expect(res.status).toBe(201);
    return (res.headers.get('set-cookie') ?? '').split(';')[0];
  }

  it('loads for an admin session, with every queue of the contract', async () => {
    const cookie = await sessionOf(stack.keys.admin);
    const page = await stack.request('GET', '/admin/queues', { as: null, headers: { cookie } });
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    expect(page.body).toContain('factdesk queues');

    const queues = await stack.request('GET', '/admin/queues/api/queues', { as: null, headers: { cookie } });
    expect(queues.status).toBe(200);
    expect(queues.body.queues.map((queue: any) => queue.name).sort()).toEqual(
      expect.arrayContaining(['extract', 'review-timers', 'verification']),
    );
    expect(queues.body.queues.every((queue: any) => queue.readOnlyMode === true)).toBe(true);
  });

  it('answers 401 without a session and 403 for a session that is not an admin’s', async () => {
    for (const path of ['/admin/queues', '/admin/queues/api/queues']) {
      const res = await stack.request('GET', path, { as: null });
      expect({ path, status: res.status, statusCode: res.body.statusCode }).toEqual({
        path,
        status: 401,
        statusCode: 401,
      });
    }
    const forged = await stack.request('GET', '/admin/queues', {
      as: null,
      headers: { cookie: 'factdesk_session=x.y' },
    });
    expect(forged.status).toBe(401);
    const reviewer = await sessionOf(stack.keys.reviewer);
    expect((await stack.request('GET', '/admin/queues', { as: null, headers: { cookie: reviewer } })).status).toBe(403);
  });

  it('takes a Bearer admin key too, and refuses writes', async () => {
    expect((await stack.request('GET', '/admin/queues/api/queues', { as: 'admin' })).status).toBe(200);
    const cookie = await sessionOf(stack.keys.admin);
    const retry = await stack.request('PUT', '/admin/queues/api/queues/extract/retry/failed', {
      as: null,
      headers: { cookie },
    });
    expect(retry.status).toBe(403);
  });
});
