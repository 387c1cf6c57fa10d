import { articleBody, waitForArticle } from '../support/articles';
import { type Stack, startStack } from '../support/stack';
import { waitFor } from '../support/wait-for';

const jsonLines = (output: string): Record<string, any>[] =>
  output
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .map((line) => JSON.parse(line) as Record<string, any>);

describe('logs: a request id through the api, the job id through the worker', () => {
  let stack: Stack;

  beforeAll(async () => {
    stack = await startStack({ env: { LOG_LEVEL: 'info' } });
  });
  afterAll(async () => {
    await stack?.stop();
  });

  it('echoes the caller’s x-request-id and logs the request under it, without the key', async () => {
    const res = await stack.request('GET', '/v1/review/machine', {
      as: 'reviewer',
      headers: { 'x-request-id': 'trace-42.a' },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('x-request-id')).toBe('trace-42.a');

    const line = await waitFor(
      async () => jsonLines(stack.api!.output()).find((entry) => entry.req?.id === 'trace-42.a'),
      'the request log line',
    );
    expect(line).toMatchObject({
      app: 'api',
      level: 30,
      req: { method: 'GET', url: '/v1/review/machine' },
      route: '/v1/review/machine',
      keyId: stack.keyIds.reviewer,
    });
    expect(line.res.statusCode).toBe(200);
    expect(line.responseTime).toEqual(expect.any(Number));
    expect(line.req.headers.authorization).toBe('[Redacted]');
  });

  it('logs a refused request at info too, with its route pattern and no key id', async () => {
    const id = '2b8c7e4a-1f0d-4c3b-9a8e-7d6c5b4a3f21';
    const res = await stack.request('GET', `/v1/claims/${id}`, { as: null, headers: { 'x-request-id': 'trace-401' } });
    expect(res.status).toBe(401);
    const line = await waitFor(
      async () => jsonLines(stack.api!.output()).find((entry) => entry.req?.id === 'trace-401' && entry.res),
      'the refused request’s line',
    );
    expect(line).toMatchObject({ level: 30, route: '/v1/claims/:id', res: { statusCode: 401 } });
    expect(line.keyId).toBeUndefined();
  });

  it('makes up an id when the caller sends none, or one that is not a plain token', async () => {
    const res = await stack.request('GET', '/v1/review/machine', { headers: { 'x-request-id': 'bad id\u00e9' } });
    expect(res.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('names the processor and the job in the worker’s lines', async () => {
    const posted = await stack.request('POST', '/v1/articles', {
      as: 'intake',
      body: { outlet: 'T', body: articleBody(7) },
    });
    await waitForArticle(stack, posted.body.id);
    const line = await waitFor(
      async () => jsonLines(stack.worker!.output()).find((entry) => entry.articleId === posted.body.id),
      'the extract job log line',
    );
    expect(line).toMatchObject({ app: 'worker', context: 'ExtractProcessor', msg: 'extract job done' });
    expect(line.jobId).toContain(posted.body.id);
  });
});
