import { articleBody, waitForArticle } from '../support/articles';
import { PrivateRedis } from '../support/private-redis';
import { freePort } from '../support/processes';
import { type Stack, startStack } from '../support/stack';
import { waitFor } from '../support/wait-for';

describe('a Redis outage during intake loses nothing (outbox relay)', () => {
  let redis: PrivateRedis;
  let stack: Stack;

  beforeAll(async () => {
    redis = new PrivateRedis(await freePort());
    await redis.start();
    stack = await startStack({ redisUrl: redis.url });
  });
  afterAll(async () => {
    await stack?.stop();
    await redis?.stop();
    redis?.remove();
  });

  it('accepts articles while Redis is down and extracts them all once it is back', async () => {
    const before = await stack.request('POST', '/v1/articles', {
      as: 'intake',
      body: { outlet: 'Outage Wire', body: articleBody(1) },
    });
    expect(before.status).toBe(202);
    await waitForArticle(stack, before.body.id);

    await redis.stop();
    const health = await stack.request('GET', '/health', { as: null });
    expect(health.status).toBe(503);

    const during = await Promise.all(
      Array.from({ length: 10 }, (_, n) =>
        stack.request('POST', '/v1/articles', {
          as: 'intake',
          body: { outlet: 'Outage Wire', body: articleBody(100 + n) },
        }),
      ),
    );
    expect(during.map((res) => res.status)).toEqual(Array(10).fill(202));
    const { rows: waiting } = await stack.db.query('SELECT count(*)::int AS n FROM outbox');
    expect(waiting[0].n).toBeGreaterThanOrEqual(10);

    await new Promise((resolve) => setTimeout(resolve, 3_000)); // the outage itself: Redis stays down a few seconds
    await redis.start();

    for (const res of during) {
      const article = await waitForArticle(stack, res.body.id, 60_000);
      expect(article.claims.length).toBeGreaterThan(0);
    }
    await waitFor(
      async () => (await stack.request('GET', '/health', { as: null })).status === 200,
      'health back to 200',
    );
  });
});

describe('work whose jobs vanished with Redis data is recovered', () => {
  let stack: Stack;

  beforeAll(async () => {
    stack = await startStack({ worker: false, env: { STALLED_SWEEP_SECONDS: '1', STALLED_AFTER_SECONDS: '1' } });
  });
  afterAll(async () => {
    await stack?.stop();
  });

  it('re-sends pending articles whose messages left the outbox but never ran', async () => {
    const posted = await Promise.all(
      Array.from({ length: 5 }, (_, n) =>
        stack.request('POST', '/v1/articles', {
          as: 'intake',
          body: { outlet: 'Lost Wire', body: articleBody(500 + n) },
        }),
      ),
    );
    // As if the relay had handed these to a Redis that then restarted without persistence.
    const { rowCount } = await stack.db.query(`DELETE FROM outbox WHERE topic = 'article.submitted'`);
    expect(rowCount).toBe(5);

    await stack.startWorker();
    for (const res of posted) {
      const article = await waitForArticle(stack, res.body.id, 30_000);
      expect(article.claims.length).toBeGreaterThan(0);
    }
  });
});
