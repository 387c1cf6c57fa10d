import { PrivateRedis } from '../support/private-redis';
import { freePort } from '../support/processes';
import { approveWith, fire, queuedClaims, take } from '../support/review';
import { type Stack, startStack } from '../support/stack';
import { waitFor } from '../support/wait-for';
import { subscribe, WebhookReceiver } from '../support/webhook-receiver';

describe('webhooks survive a Redis outage (deliveries start in the outbox)', () => {
  let redis: PrivateRedis;
  let stack: Stack;
  const receiver = new WebhookReceiver();

  beforeAll(async () => {
    await receiver.start();
    redis = new PrivateRedis(await freePort());
    await redis.start();
    stack = await startStack({
      redisUrl: redis.url,
      env: { WEBHOOK_ALLOW_PRIVATE: 'true', WEBHOOK_DISPATCH_MS: '50', WEBHOOK_BACKOFF_MS: '200' },
    });
  });
  afterAll(async () => {
    await stack?.stop();
    await redis?.stop();
    redis?.remove();
    await receiver.stop();
  });

  it('delivers a claim approved while Redis was down once Redis is back', async () => {
    const hook = await subscribe(stack, receiver, ['claim.approved']);
    const [warmUp, claimId] = await queuedClaims(stack, 2, 'outage');
    await approveWith(stack, warmUp);
    await waitFor(async () => receiver.received.length === 1, 'the approval before the outage');

    const taken = await take(stack, 'reviewer', claimId);
    await stack.request('POST', `/v1/claims/${claimId}/evidence`, {
      as: 'reviewer',
      body: { kind: 'note', note: 'Checked against the original statement.' },
    });
    const submitted = await fire(stack, 'reviewer', claimId, 'submit', taken.body.version, {
      attributionVerdict: 'confirmed',
      attributionNote: 'On the record.',
      claimRating: 'true',
      ratingNote: 'Matches the published figures.',
    });
    expect(submitted.status).toBe(200);

    await redis.stop();
    const approved = await fire(stack, 'editor', claimId, 'approve', submitted.body.version);
    expect(approved.status).toBe(200);
    // The dispatcher works on PostgreSQL alone: the delivery waits in the outbox for Redis.
    await waitFor(async () => {
      const { rows } = await stack.db.query(
        `SELECT count(*)::int AS n FROM outbox o JOIN webhook_deliveries d ON d.id = (o.payload->>'deliveryId')::uuid
         WHERE o.topic = 'webhook.delivery' AND d.subscription_id = $1`,
        [hook.id],
      );
      return rows[0].n === 1;
    }, 'the delivery waiting in the outbox');
    expect(receiver.received).toHaveLength(1);

    await redis.start();
    await waitFor(
      async () => receiver.ofType('claim.approved').some((request) => request.data.claimId === claimId),
      'the approval after the outage',
      60_000,
    );
    const delivered = receiver.received.filter((request) => request.data.claimId === claimId);
    expect(delivered).toHaveLength(1);
    expect(delivered[0].verified).toEqual([true]);
  });
});
