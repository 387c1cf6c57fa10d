import Redis from 'ioredis';
import { articleBody, waitForArticle } from '../support/articles';
import { type Stack, startStack, TEST_REDIS } from '../support/stack';

// Redis losing keys mid-write (a flush racing the relay, an eviction) can leave a job's hash without any list holding
// its id. BullMQ then ignores every add under that id, so the sweep must clear the orphan before it re-sends the row.
describe('a job orphaned in Redis', () => {
  let stack: Stack;
  let redis: Redis;

  beforeAll(async () => {
    stack = await startStack({ worker: false, env: { STALLED_SWEEP_SECONDS: '1', STALLED_AFTER_SECONDS: '1' } });
    redis = new Redis(TEST_REDIS);
  });
  afterAll(async () => {
    redis?.disconnect();
    await stack?.stop();
  });

  it('does not keep its article pending: the sweep removes the orphan and the re-sent job extracts it', async () => {
    const posted = await stack.request('POST', '/v1/articles', {
      as: 'intake',
      body: { outlet: 'Orphan Wire', body: articleBody(7) },
    });
    expect(posted.status).toBe(202);
    // The hash BullMQ would find under the article's job id, in no wait, active or delayed list.
    await redis.hset(`${stack.env.REDIS_PREFIX}:extract:extract-${posted.body.id}`, {
      name: 'extract-article',
      data: '{}',
      timestamp: Date.now(),
    });

    await stack.startWorker();

    const article = await waitForArticle(stack, posted.body.id, 60_000);
    expect(article.claims.length).toBeGreaterThan(0);
  });
});
