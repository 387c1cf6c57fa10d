import { type Stack, startStack } from '../support/stack';

const DESK = 'https://desk.example.org';

describe('security headers, CORS and request limits (e2e)', () => {
  let stack: Stack;

  beforeAll(async () => {
    stack = await startStack({ worker: false, env: { CORS_ORIGINS: `${DESK}, https://other.example.org` } });
  });

  afterAll(async () => {
    await stack?.stop();
  });

  it('sends helmet security headers on API answers and on /docs, which still loads', async () => {
    for (const path of ['/v1/review/machine', '/docs']) {
      const answer = await stack.request('GET', path, { as: 'reviewer' });
      expect({ path, status: answer.status }).toEqual({ path, status: 200 });
      expect(answer.headers.get('x-content-type-options')).toBe('nosniff');
      expect(answer.headers.get('x-frame-options')).toBe('SAMEORIGIN');
      expect(answer.headers.get('strict-transport-security')).toMatch(/max-age=\d+/);
      expect(answer.headers.get('content-security-policy')).toContain("default-src 'self'");
    }
  });

  it('answers CORS for the configured origins only', async () => {
    const preflight = (origin: string) =>
      fetch(`${stack.baseUrl}/v1/claims`, {
        method: 'OPTIONS',
        headers: { origin, 'access-control-request-method': 'GET', 'access-control-request-headers': 'authorization' },
      });
    const allowed = await preflight(DESK);
    expect(allowed.status).toBe(204);
    expect(allowed.headers.get('access-control-allow-origin')).toBe(DESK);
    expect(allowed.headers.get('access-control-allow-headers')).toMatch(/authorization/i);
    const refused = await preflight('https://evil.example.com');
    expect(refused.headers.get('access-control-allow-origin')).toBeNull();

    const read = await stack.request('GET', '/v1/review/machine', { headers: { origin: DESK } });
    expect(read.headers.get('access-control-allow-origin')).toBe(DESK);
    expect(read.headers.get('access-control-expose-headers')).toMatch(/retry-after/i);
  });

  it('refuses an over-long query string (414) and over-large headers (431) with the house error body', async () => {
    const longQuery = await stack.request('GET', `/v1/claims?q=${'a'.repeat(5_000)}`, { as: 'editor' });
    expect(longQuery.status).toBe(414);
    expect(longQuery.body).toEqual({
      statusCode: 414,
      error: 'URI Too Long',
      message: 'the query string is over 4096 bytes',
      details: null,
    });
    // Past Node's default parser limit (16 KiB) too: the api's own refusal answers, not a bare 431 and a reset.
    const veryLongQuery = await stack.request('GET', `/v1/claims?q=${'a'.repeat(30_000)}`, { as: 'editor' });
    expect(veryLongQuery.status).toBe(414);
    expect(veryLongQuery.body).toMatchObject({ statusCode: 414, error: 'URI Too Long' });
    const bigHeaders = await stack.request('GET', '/v1/review/machine', {
      headers: { 'x-padding': 'p'.repeat(10_000) },
    });
    expect(bigHeaders.status).toBe(431);
    expect(bigHeaders.body).toMatchObject({ statusCode: 431, error: 'Request Header Fields Too Large' });
    // Within the limits all is as before.
    expect((await stack.request('GET', `/v1/claims?q=${'a'.repeat(100)}`, { as: 'editor' })).status).toBe(200);
  });
});
