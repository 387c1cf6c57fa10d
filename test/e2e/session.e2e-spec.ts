import { SESSION_COOKIE } from '../../libs/platform/src/auth/session-cookie';
import { type Stack, startStack } from '../support/stack';

/** Browser sign-in: a key traded for a cookie that every keyed route takes, guarded against cross-site writes. */
describe('POST /v1/session (browser sessions)', () => {
  let stack: Stack;

  beforeAll(async () => {
    stack = await startStack({ worker: false });
  });
  afterAll(async () => {
    await stack?.stop();
  });

  async function signIn(key: string): Promise<{ cookie: string; setCookie: string; body: any }> {
    const res = await stack.request('POST', '/v1/session', { as: null, body: { key } });
    expect(res.status).toBe(201);
    const setCookie = res.headers.get('set-cookie') ?? '';
    return { cookie: setCookie.split(';')[0], setCookie, body: res.body };
  }
  const withCookie = (cookie: string, headers: Record<string, string> = {}) => ({
    as: null,
    headers: { cookie, ...headers },
  });

  it('answers a key with an HttpOnly, SameSite=Strict cookie and the caller', async () => {
    const { setCookie, body } = await signIn(stack.keys.reviewer);
    expect(setCookie).toMatch(
      new RegExp(`^${SESSION_COOKIE}=[^;]+; Path=/; HttpOnly; SameSite=Strict; Max-Age=43200$`),
    );
    expect(setCookie).not.toContain(stack.keys.reviewer);
    expect(body).toEqual({
      keyId: stack.keyIds.reviewer,
      name: 'test reviewer',
      role: 'reviewer',
      expiresAt: expect.any(String),
    });
    const { rows } = await stack.db.query('SELECT secret_hash FROM web_sessions WHERE api_key_id = $1', [
      stack.keyIds.reviewer,
    ]);
    expect(rows[0].secret_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(setCookie).not.toContain(rows[0].secret_hash);
  });

  it('refuses an unknown key with 401 and a missing one with 400', async () => {
    expect((await stack.request('POST', '/v1/session', { as: null, body: { key: 'fdk_nope' } })).status).toBe(401);
    const missing = await stack.request('POST', '/v1/session', { as: null, body: {} });
    expect(missing.status).toBe(400);
    expect(missing.body.details[0].field).toBe('key');
  });

  it('lets the cookie read what the role may read, and nothing more', async () => {
    const { cookie } = await signIn(stack.keys.reviewer);
    expect((await stack.request('GET', '/v1/claims', withCookie(cookie))).status).toBe(200);
    const me = await stack.request('GET', '/v1/session', withCookie(cookie));
    expect(me.body).toMatchObject({ role: 'reviewer', expiresAt: expect.any(String) });
    expect((await stack.request('GET', '/metrics', withCookie(cookie))).status).toBe(403);
    const bearer = await stack.request('GET', '/v1/session', { as: 'editor' });
    expect(bearer.body).toMatchObject({ role: 'editor', expiresAt: null });
  });

  it('opens the event stream with the cookie, as an EventSource would', async () => {
    const { cookie } = await signIn(stack.keys.reviewer);
    const aborter = new AbortController();
    const res = await fetch(`${stack.baseUrl}/v1/events`, { headers: { cookie }, signal: aborter.signal });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/event-stream');
    aborter.abort();
  });

  it('refuses cookie writes without X-Requested-With or from another origin (CSRF)', async () => {
    const { cookie } = await signIn(stack.keys.reviewer);
    const bare = await stack.request('POST', '/v1/review/next', withCookie(cookie));
    expect(bare.status).toBe(403);
    expect(bare.body.message).toContain('X-Requested-With');
    const foreign = await stack.request(
      'POST',
      '/v1/review/next',
      withCookie(cookie, { 'x-requested-with': 'factdesk', origin: 'https://elsewhere.example' }),
    );
    expect(foreign.status).toBe(403);
    const host = new URL(stack.baseUrl).host;
    const same = await stack.request(
      'POST',
      '/v1/review/next',
      withCookie(cookie, { 'x-requested-with': 'factdesk', origin: `http://${host}` }),
    );
    expect(same.status).toBe(204);
  });

  it('refuses a tampered cookie', async () => {
    const { cookie } = await signIn(stack.keys.reviewer);
    const [id, expiry, secret, signature] = cookie.slice(SESSION_COOKIE.length + 1).split('.');
    const later = `${SESSION_COOKIE}=${[id, Number(expiry) + 86_400, secret, signature].join('.')}`;
    const res = await stack.request('GET', '/v1/claims', withCookie(later));
    expect(res.status).toBe(401);
    expect(res.body.message).toContain('sign in again');
  });

  it('signs out: the cookie is cleared and a kept copy opens nothing', async () => {
    const { cookie } = await signIn(stack.keys.editor);
    const out = await stack.request('DELETE', '/v1/session', withCookie(cookie, { 'x-requested-with': 'factdesk' }));
    expect(out.status).toBe(204);
    expect(out.headers.get('set-cookie')).toContain(`${SESSION_COOKIE}=; Path=/; HttpOnly; SameSite=Strict; Max-Age=0`);
    expect((await stack.request('GET', '/v1/claims', withCookie(cookie))).status).toBe(401);
  });

  it('ends sessions whose row expired or whose key was revoked', async () => {
    const expiring = await signIn(stack.keys.editor);
    await stack.db.query(
      `UPDATE web_sessions SET created_at = now() - interval '2 hours', expires_at = now() - interval '1 second'
       WHERE id = $1`,
      [expiring.cookie.slice(SESSION_COOKIE.length + 1).split('.')[0]],
    );
    expect((await stack.request('GET', '/v1/claims', withCookie(expiring.cookie))).status).toBe(401);

    const key = await stack.addKey('reviewer', 'leaving reviewer');
    const { cookie } = await signIn(key.secret);
    expect((await stack.request('GET', '/v1/claims', withCookie(cookie))).status).toBe(200);
    await stack.db.query('UPDATE api_keys SET revoked_at = now() WHERE id = $1', [key.id]);
    expect((await stack.request('GET', '/v1/claims', withCookie(cookie))).status).toBe(401);
  });
});
