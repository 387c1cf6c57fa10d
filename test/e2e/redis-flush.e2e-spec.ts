import { articleBody } from '../support/articles';
import { misplacedWork, placementCounts } from '../support/desk-invariants';
import { queuedClaims, take } from '../support/review';
import { deleteRedisKeys, type Stack, startStack, TEST_REDIS } from '../support/stack';
import { waitFor } from '../support/wait-for';

const ARTICLES = 80;

// Redis holds queues, timers and caches only: PostgreSQL is the record. Deleting every key of the desk's prefix
// mid-run (queued, active and delayed jobs, lease timers, stream tokens) must lose nothing.
describe('flushing the desk’s Redis keys mid-run loses nothing', () => {
  let stack: Stack;

  beforeAll(async () => {
    stack = await startStack({
      env: { STALLED_SWEEP_SECONDS: '1', STALLED_AFTER_SECONDS: '1', REVIEW_LEASE_SECONDS: '3' },
    });
  });
  afterAll(async () => {
    await stack?.stop();
  });

  it('rebuilds the lost jobs and timers from PostgreSQL', async () => {
    const [leased] = await queuedClaims(stack, 1, 'flush');
    expect((await take(stack, 'reviewer', leased)).status).toBe(200);
    const posted = await Promise.all(
      Array.from({ length: ARTICLES }, (_, n) =>
        stack.request('POST', '/v1/articles', {
          as: 'intake',
          body: { outlet: 'Flush Wire', body: articleBody(4000 + n) },
        }),
      ),
    );
    expect(posted.every((res) => res.status === 202)).toBe(true);

    await deleteRedisKeys(TEST_REDIS, stack.env.REDIS_PREFIX!);
    const midway = await placementCounts(stack.db);
    // the flush landed with work still in Redis: articles waiting or claims unplaced, and the lease timer pending
    expect(midway.articlesPending + midway.claimsUnplaced + midway.outbox).toBeGreaterThan(0);

    await waitFor(
      async () => {
        const counts = await placementCounts(stack.db);
        return counts.articlesPending === 0 && counts.claimsUnplaced === 0 && counts.outbox === 0;
      },
      'every article extracted and every claim placed after the flush',
      90_000,
      250,
    );
    const misplaced = await misplacedWork(stack.db);
    expect(misplaced.claimCount).toBeGreaterThan(ARTICLES);
    expect({ articles: misplaced.articles, claims: misplaced.claims }).toEqual({ articles: [], claims: [] });

    // The lease timer went with the flush; the sweep applies the overdue lease from the row.
    await waitFor(async () => {
      const { rows } = await stack.db.query(
        `SELECT c.review_status, (SELECT count(*) FROM review_events e WHERE e.claim_id = c.id AND e.event = 'lease_expired')::int AS expired
         FROM claims c WHERE c.id = $1`,
        [leased],
      );
      return rows[0].review_status === 'queued' && rows[0].expired === 1;
    }, 'the flushed lease expired from PostgreSQL');
  });
});
