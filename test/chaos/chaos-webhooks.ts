import type { Pool } from 'pg';
import type { WebhookReceiver } from '../support/webhook-receiver';

export interface WebhookVerdict {
  /** Log events of the types the endpoint takes, from PostgreSQL: what it must receive at least once. */
  events: number;
  /** Of those, received by the endpoint under no `webhook-id` of theirs. */
  missing: number;
  /** Requests the endpoint got: more than `events` when an attempt was repeated (a worker killed after sending). */
  requests: number;
  /** Requests whose signature failed, or whose `webhook-id`, log position and type are not one owed event's delivery. */
  wrong: number;
}

/**
 * The log read back from its own tables, independently of the dispatcher: each stamped batch holds the events of
 * both tables between its two (tx, seq) cursors, numbered from its first position. A review event's type is read from
 * its name and statuses the way the live feed types it (an approval is a status change into `approved`, not a note on
 * a claim that stays approved); an event is owed to the endpoint when it takes that type and was written after the
 * endpoint existed.
 */
const EXPECTED_POSITIONS = `
  WITH hook AS (SELECT events, created_at FROM webhook_subscriptions WHERE id = $1),
  events AS (
    SELECT tx, seq, created_at,
           CASE WHEN event = 'triage' THEN 'claim.queued'
                WHEN event = 'claim.sla_breached' THEN 'claim.sla_breached'
                WHEN event IN ('match', 'merge', 'confirm_duplicate') AND to_status = 'merged' THEN 'claim.merged'
                WHEN to_status = 'approved' AND from_status IS DISTINCT FROM 'approved' THEN 'claim.approved'
                ELSE 'claim.transitioned' END AS type
    FROM review_events
    UNION ALL
    SELECT tx, seq, created_at, type FROM domain_events
  ), positioned AS (
    SELECT b.first_position + row_number() OVER (PARTITION BY b.first_position ORDER BY e.tx, e.seq) - 1 AS position,
           e.type, e.created_at
    FROM event_log b
    JOIN events e ON (e.tx, e.seq) > (b.after_tx, b.after_seq) AND (e.tx, e.seq) <= (b.through_tx, b.through_seq)
  )
  SELECT position::text, type FROM positioned, hook WHERE type = ANY(hook.events)
    -- compared in milliseconds, as the dispatcher compares them (JavaScript dates)
    AND date_trunc('milliseconds', positioned.created_at) >= date_trunc('milliseconds', hook.created_at)`;

/** Events written but not stamped yet, endpoints' deliveries not finished, outbox rows not relayed. */
export async function webhooksInFlight(db: Pool): Promise<number> {
  const { rows } = await db.query(
    `WITH last AS (SELECT through_tx, through_seq FROM event_log ORDER BY last_position DESC LIMIT 1)
     SELECT (SELECT count(*) FROM review_events r, last WHERE (r.tx, r.seq) > (last.through_tx, last.through_seq))
          + (SELECT count(*) FROM domain_events d, last WHERE (d.tx, d.seq) > (last.through_tx, last.through_seq))
          + (SELECT count(*) FROM webhook_deliveries WHERE status = 'pending')
          + (SELECT count(*) FROM outbox)
          + (SELECT count(*) FROM event_consumers WHERE name = 'webhooks'
               AND position < (SELECT coalesce(max(last_position), 0) FROM event_log)) AS n`,
  );
  return Number(rows[0].n);
}

/**
 * Every event the endpoint takes was received at least once, signed, as its type, under the `webhook-id` of its
 * delivery; and nothing else was.
 */
export async function judgeWebhooks(
  db: Pool,
  subscriptionId: string,
  receiver: WebhookReceiver,
): Promise<WebhookVerdict> {
  const { rows: expected } = await db.query(EXPECTED_POSITIONS, [subscriptionId]);
  const { rows: deliveries } = await db.query(
    'SELECT id::text, position::text FROM webhook_deliveries WHERE subscription_id = $1',
    [subscriptionId],
  );
  const deliveryAt = new Map(deliveries.map((row) => [row.id as string, row.position as string]));
  const owed = new Map(expected.map((row) => [row.position as string, row.type as string]));
  const received = new Set<string>();
  let wrong = 0;
  for (const request of receiver.received) {
    const position = String(request.data.position);
    const right = request.verified[0] && deliveryAt.get(request.id) === position && owed.get(position) === request.type;
    if (right) received.add(position);
    else wrong++;
  }
  return {
    events: owed.size,
    missing: [...owed.keys()].filter((position) => !received.has(position)).length,
    requests: receiver.received.length,
    wrong,
  };
}
