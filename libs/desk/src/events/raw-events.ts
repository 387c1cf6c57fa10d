import type { DataSource, EntityManager } from 'typeorm';
import { bind, queryPrepared } from '@factdesk/persistence';
import type { RawEvent } from './log-event';

/** A place in the log's (tx, seq) order. */
export interface LogCursor {
  tx: string;
  seq: string;
}

export const LOG_START: LogCursor = { tx: '0', seq: '0' };

/**
 * The transaction id below which nothing can still commit into the log: the oldest transaction of this database in
 * flight (any transaction that gets an id later gets a higher one), or, with none, the next id to be handed out.
 * Transaction ids are shared by every database of the server, so ids that pg_stat_activity shows belong to another
 * database are passed over: a long transaction elsewhere cannot hold this log back. An id seen nowhere counts as ours,
 * so a race with pg_stat_activity can only hold events back a little longer, never let one through early.
 */
const HORIZON = `coalesce(
  (SELECT min(x) FROM pg_snapshot_xip(pg_current_snapshot()) AS x
   WHERE x::xid NOT IN (SELECT backend_xid FROM pg_stat_activity
                        WHERE backend_xid IS NOT NULL AND datname IS DISTINCT FROM current_database())),
  pg_snapshot_xmax(pg_current_snapshot()))`;

/** Both event tables in one shape; `where` is applied to each (it sees `tx`, `seq` and the CTEs of `prefix`). */
const eventsWhere = (where: string, limit = '', prefix = '') => `
  ${prefix}
  SELECT u.*, coalesce(a.outlet, u.domain_outlet) AS outlet, coalesce(c.article_id, u.domain_article_id) AS article_id
  FROM (
    (SELECT 'review' AS origin, tx::text AS tx, seq::text AS seq, event AS name, claim_id, NULL::uuid AS domain_article_id,
            NULL::text AS domain_outlet, from_status, to_status, actor_id, actor_role, payload, created_at, tx AS tx_order, seq AS seq_order
     FROM review_events WHERE ${where} ORDER BY tx_order, seq_order ${limit})
    UNION ALL
    (SELECT 'domain', tx::text, seq::text, type, claim_id, article_id, payload->>'outlet', NULL, NULL, NULL, NULL, payload,
            created_at, tx, seq
     FROM domain_events WHERE ${where} ORDER BY 14, 15 ${limit})
  ) u
  LEFT JOIN claims c ON c.id = u.claim_id
  LEFT JOIN articles a ON a.id = c.article_id
  ORDER BY u.tx_order, u.seq_order ${limit}`;

/** The next committed events after `after` that no transaction in flight can precede any more. */
const NEXT_FINAL_EVENTS = eventsWhere(
  `(tx, seq) > (:afterTx::xid8, :afterSeq::bigint) AND tx < (SELECT h FROM horizon)`,
  'LIMIT :limit',
  // Computed once for both tables: two readings of pg_stat_activity could differ, and the order must not.
  `WITH horizon AS MATERIALIZED (SELECT ${HORIZON} AS h)`,
);

/** Every event of a stamped range: all of them were final when it was stamped, so the range reads the same forever. */
const EVENTS_IN_RANGE = eventsWhere(
  `(tx, seq) > (:afterTx::xid8, :afterSeq::bigint) AND (tx, seq) <= (:throughTx::xid8, :throughSeq::bigint)`,
);

interface RawEventRow {
  origin: 'review' | 'domain';
  tx: string;
  seq: string;
  name: string;
  claim_id: string | null;
  article_id: string | null;
  outlet: string | null;
  from_status: string | null;
  to_status: string | null;
  actor_id: string | null;
  actor_role: string | null;
  payload: Record<string, unknown>;
  created_at: Date;
}

const toRawEvent = (row: RawEventRow): RawEvent => ({
  origin: row.origin,
  tx: row.tx,
  seq: row.seq,
  name: row.name,
  claimId: row.claim_id,
  articleId: row.article_id,
  outlet: row.outlet,
  from: row.from_status,
  to: row.to_status,
  actorId: row.actor_id,
  actorRole: row.actor_role,
  payload: row.payload,
  at: row.created_at,
});

export async function nextFinalEvents(
  target: DataSource | EntityManager,
  after: LogCursor,
  limit: number,
): Promise<RawEvent[]> {
  const rows = await queryPrepared<RawEventRow>(
    target,
    ...bind(NEXT_FINAL_EVENTS, { afterTx: after.tx, afterSeq: after.seq, limit }),
  );
  return rows.map(toRawEvent);
}

export async function eventsInRange(
  target: DataSource | EntityManager,
  after: LogCursor,
  through: LogCursor,
): Promise<RawEvent[]> {
  const rows = await queryPrepared<RawEventRow>(
    target,
    ...bind(EVENTS_IN_RANGE, {
      afterTx: after.tx,
      afterSeq: after.seq,
      throughTx: through.tx,
      throughSeq: through.seq,
    }),
  );
  return rows.map(toRawEvent);
}
