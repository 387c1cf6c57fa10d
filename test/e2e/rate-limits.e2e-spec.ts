import { http } from '../support/http';
import { type Stack, startStack } from '../support/stack';

const PER_KEY = 5;
const PER_IP = 3;
const PROBE = '/v1/review/machine';

describe('rate limits (e2e)', () => {
  let stack: Stack;
  let apis: string[];

  beforeAll(async () => {
    stack = await startStack({
      worker: false,
      env: { RATE_LIMIT_PER_KEY: String(PER_KEY), RATE_LIMIT_PER_IP: String(PER_IP), RATE_LIMIT_WINDOW_SECONDS: '60' },
    });
    apis = [stack.baseUrl, (await stack.startSecondApi()).baseUrl];
  });

  afterAll(async () => {
    await stack?.stop();
  });

  it('counts one budget per key across two api processes, and answers 429 with Retry-After in the house shape', async () => {
    const { secret } = await stack.addKey('reviewer', 'Busy script');
    const statuses: number[] = [];
    for (let i = 0; i < PER_KEY; i += 1) statuses.push((await http(apis[i % 2], 'GET', PROBE, { key: secret })).status);
    expect(statuses).toEqual(Array(PER_KEY).fill(200));

    for (const baseUrl of apis) {
      const refused = await http(baseUrl, 'GET', PROBE, { key: secret });
      expect(refused.status).toBe(429);
      const retryAfter = Number(refused.headers.get('retry-after'));
      expect(retryAfter).toBeGreaterThanOrEqual(1);
      expect(retryAfter).toBeLessThanOrEqual(60);
      expect(refused.body).toEqual({
        statusCode: 429,
        error: 'Too Many Requests',
        message: expect.stringMatching(/^this API key made more than 5 requests in 60 s; retry after \d+ s$/),
        details: { limit: PER_KEY, windowSeconds: 60, retryAfterSeconds: retryAfter },
      });
    }

    // Another key has its own budget, on either process.
    const other = await stack.addKey('reviewer', 'Quiet script');
    expect((await http(apis[1], 'GET', PROBE, { key: other.secret })).status).toBe(200);
    expect(
      Number((await http(apis[1], 'GET', PROBE, { key: other.secret })).headers.get('x-ratelimit-remaining')),
    ).toBe(PER_KEY - 2);
  });

  it('counts calls without a valid key per address, wrong keys included, and never limits /health', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < PER_IP; i += 1) {
      const key = i === 0 ? undefined : `fdk_wrong${i}`;
      statuses.push((await http(apis[i % 2], 'GET', PROBE, { key })).status);
    }
    expect(statuses).toEqual(Array(PER_IP).fill(401));
    const refused = await http(apis[1], 'GET', PROBE, { key: 'fdk_another_guess' });
    expect(refused.status).toBe(429);
    expect(refused.headers.get('retry-after')).toMatch(/^\d+$/);
    expect(refused.body.message).toMatch(/^this address without a valid key made more than 3 requests/);

    for (let i = 0; i < PER_IP + 2; i += 1) expect((await http(apis[0], 'GET', '/health')).status).toBe(200);
    // A valid key is counted against itself, not the address.
    const { secret } = await stack.addKey('editor', 'Editor');
    expect((await http(apis[0], 'GET', PROBE, { key: secret })).status).toBe(200);
  });
});
