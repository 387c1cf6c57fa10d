import { type Role, type Stack, startStack } from '../support/stack';

const UNKNOWN_ID = '00000000-0000-4000-8000-000000000000';

describe('bad input and credentials get clear 4xx JSON errors', () => {
  let stack: Stack;

  beforeAll(async () => {
    stack = await startStack({ worker: false });
  });
  afterAll(async () => {
    await stack?.stop();
  });

  const expectError = (res: { status: number; body: any }, status: number) => {
    expect(res.status).toBe(status);
    expect(Object.keys(res.body).sort()).toEqual(['details', 'error', 'message', 'statusCode']);
    expect(res.body).toMatchObject({
      statusCode: status,
      error: expect.any(String),
      message: expect.stringMatching(/\S/),
    });
  };

  it.each([
    ['invalid JSON', { rawBody: '{"outlet": "MNTV", body: ', headers: { 'content-type': 'application/json' } }, 400],
    ['an empty JSON body', { rawBody: '', headers: { 'content-type': 'application/json' } }, 400],
    ['a JSON array', { body: [] }, 400],
    ['a JSON string', { body: 'an article' }, 400],
    ['a non-JSON content type', { rawBody: 'outlet=MNTV', headers: { 'content-type': 'text/plain' } }, 415],
    ['a form body', { rawBody: 'outlet=MNTV', headers: { 'content-type': 'application/x-www-form-urlencoded' } }, 415],
  ])('refuses %s', async (_label, options, status) => {
    const res = await stack.request('POST', '/v1/articles', { as: 'intake', ...options });
    expectError(res, status);
  });

  it.each([
    ['outlet', { body: 'text' }, 'outlet'],
    ['outlet', { outlet: 42, body: 'text' }, 'outlet'],
    ['body', { outlet: 'MNTV' }, 'body'],
    ['body', { outlet: 'MNTV', body: '   ' }, 'body'],
    ['url', { outlet: 'MNTV', body: 'text', url: 'not a url' }, 'url'],
    ['publishedAt', { outlet: 'MNTV', body: 'text', publishedAt: 'yesterday' }, 'publishedAt'],
    ['language', { outlet: 'MNTV', body: 'text', language: 'English!' }, 'language'],
    ['an unknown field', { outlet: 'MNTV', body: 'text', priority: 5 }, 'priority'],
  ])('names the bad field: %s', async (_label, body, field) => {
    const res = await stack.request('POST', '/v1/articles', { as: 'intake', body });
    expectError(res, 400);
    expect(res.body.details).toEqual(expect.arrayContaining([expect.objectContaining({ field })]));
  });

  it('refuses a bad Idempotency-Key', async () => {
    const res = await stack.request('POST', '/v1/articles', {
      as: 'intake',
      headers: { 'Idempotency-Key': 'x'.repeat(201) },
      body: { outlet: 'MNTV', body: 'text' },
    });
    expectError(res, 400);
    expect(res.body.details[0].field).toBe('Idempotency-Key');
  });

  it('refuses a body over 1 MiB with 413 and stores nothing', async () => {
    const res = await stack.request('POST', '/v1/articles', {
      as: 'intake',
      body: { outlet: 'MNTV', body: 'a'.repeat(1024 * 1024 + 10) },
    });
    expectError(res, 413);
    const { rows } = await stack.db.query('SELECT count(*)::int AS n FROM articles');
    expect(rows[0].n).toBe(0);
  });

  it.each([
    ['POST /v1/claims', 'POST', '/v1/claims', { content: 'x' }, 'source'],
    ['POST /v1/claims', 'POST', '/v1/claims', { source: 'Reuters', sourceType: 'wire', content: 'x' }, 'sourceType'],
    ['POST /v1/claims', 'POST', '/v1/claims', { source: 'Reuters', content: '' }, 'content'],
  ])('validates %s (%s)', async (_label, method, path, body, field) => {
    const res = await stack.request(method, path, { as: 'reviewer', body });
    expectError(res, 400);
    expect(res.body.details).toEqual(expect.arrayContaining([expect.objectContaining({ field })]));
  });

  it.each([
    ['/v1/articles/' + UNKNOWN_ID],
    ['/v1/articles/not-a-uuid'],
    ['/v1/claims/' + UNKNOWN_ID],
    ['/v1/no-such-route'],
  ])('answers 404 for %s', async (path) => {
    expectError(await stack.request('GET', path, { as: 'admin' }), 404);
  });

  describe('credentials and roles', () => {
    const routes: [string, string, Role[]][] = [
      ['POST', '/v1/articles', ['intake', 'editor', 'admin']],
      ['GET', `/v1/articles/${UNKNOWN_ID}`, ['intake', 'reviewer', 'editor', 'admin']],
      ['POST', '/v1/claims', ['intake', 'reviewer', 'editor', 'admin']],
      ['GET', `/v1/claims/${UNKNOWN_ID}`, ['intake', 'reviewer', 'editor', 'admin']],
      ['GET', '/metrics', ['admin']],
    ];

    it.each(routes)('%s %s needs a key (401)', async (method, path) => {
      expectError(await stack.request(method, path, { as: null, body: {} }), 401);
      expectError(await stack.request(method, path, { key: 'fdk_not-a-real-key', body: {} }), 401);
    });

    it.each(routes)('%s %s checks the role on the server (403)', async (method, path, allowed) => {
      for (const role of ['intake', 'reviewer', 'editor', 'admin'] as Role[]) {
        const res = await stack.request(method, path, { as: role, body: {} });
        if (allowed.includes(role)) expect(res.status).not.toBe(403);
        else expectError(res, 403);
      }
    });

    it('leaves health and docs open', async () => {
      expect((await stack.request('GET', '/health', { as: null })).status).toBe(200);
      expect((await stack.request('GET', '/docs', { as: null })).status).toBe(200);
      const spec = await stack.request('GET', '/docs/json', { as: null });
      expect(spec.status).toBe(200);
      expect(Object.keys(spec.body.paths)).toEqual(
        expect.arrayContaining(['/v1/articles', '/v1/articles/{id}', '/v1/claims']),
      );
      expect(Object.keys(spec.body.components.schemas)).toEqual(
        expect.arrayContaining(['SubmitArticleDto', 'ArticleResponseDto', 'SubmitClaimDto']),
      );
    });

    it('serves Prometheus metrics to an admin', async () => {
      const res = await stack.request('GET', '/metrics', { as: 'admin' });
      expect(res.status).toBe(200);
      expect(res.body).toContain('factdesk_http_request_duration_seconds');
    });
  });
});
