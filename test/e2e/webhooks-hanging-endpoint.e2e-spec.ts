import { formatMs, percentile } from '../../bench/latency';
import { queueClaims, reviewerKeys, runReviewLoad } from '../../bench/review-load';
import { WEBHOOK_EVENT_TYPES } from '../../libs/desk/src/webhooks/webhook-events';
import { type Stack, startStack } from '../support/stack';
import { waitFor } from '../support/wait-for';
import { subscribe, WebhookReceiver } from '../support/webhook-receiver';

const REVIEWERS = 4;
const ROUNDS = 50;

/**
 * An endpoint that never answers must not slow the desk: 200 transitions (holds, after review/next) run without and
 * then with such an endpoint subscribed to every type. The figures are printed, not asserted (a shared box makes
 * timings noisy); what is asserted is that every transition succeeded and every delivery attempt ended as a timeout.
 */
describe('webhooks: an endpoint that never answers', () => {
  let stack: Stack;
  const receiver = new WebhookReceiver();

  beforeAll(async () => {
    await receiver.start();
    receiver.answer = () => 'hang';
    stack = await startStack({
      env: {
        WEBHOOK_ALLOW_PRIVATE: 'true',
        WEBHOOK_TIMEOUT_MS: '1000',
        WEBHOOK_ATTEMPTS: '2',
        WEBHOOK_BACKOFF_MS: '100',
        WEBHOOK_DISPATCH_MS: '50',
      },
    });
    await queueClaims(stack, 2 * REVIEWERS * (ROUNDS + 1) + 10);
  });
  afterAll(async () => {
    await stack?.stop();
    await receiver.stop();
  });

  it('leaves transitions as they were, and logs every attempt as a timeout', async () => {
    const without = await runReviewLoad(stack, await reviewerKeys(stack, REVIEWERS), { rounds: ROUNDS, thinkMs: 0 });
    const hook = await subscribe(stack, receiver, [...WEBHOOK_EVENT_TYPES]);
    const withHanging = await runReviewLoad(stack, await reviewerKeys(stack, REVIEWERS), {
      rounds: ROUNDS,
      thinkMs: 0,
    });
    expect(without.transitionLatency).toHaveLength(REVIEWERS * ROUNDS);
    expect(withHanging.transitionLatency).toHaveLength(REVIEWERS * ROUNDS);
    expect(without.empty + withHanging.empty).toBe(0);

    const deliveries = await waitFor(
      async () => {
        const { rows } = await stack.db.query(
          `SELECT count(*)::int AS n, count(*) FILTER (WHERE status = 'failed' AND attempts = 2)::int AS failed
           FROM webhook_deliveries WHERE subscription_id = $1`,
          [hook.id],
        );
        const [{ n, failed }] = rows;
        return n >= 2 * REVIEWERS * ROUNDS && n === failed ? n : null;
      },
      'every delivery to end after two timeouts',
      120_000,
      500,
    );
    const { rows: outcomes } = await stack.db.query(
      `SELECT outcome, count(*)::int AS n FROM webhook_attempts WHERE subscription_id = $1 GROUP BY outcome`,
      [hook.id],
    );
    expect(outcomes).toEqual([{ outcome: 'timeout', n: 2 * deliveries }]);

    const p99 = (samples: number[]) => formatMs(percentile(samples, 99));
    console.log(
      `transition p99 without an endpoint ${p99(without.transitionLatency)}, with one that never answers ` +
        `${p99(withHanging.transitionLatency)} (${REVIEWERS * ROUNDS} transitions each; ${deliveries} deliveries, ` +
        `${2 * deliveries} attempts, each cut at 1 s)`,
    );
  });
});
