import type { Pool } from 'pg';
import { misplacedWork } from '../support/desk-invariants';

export interface ChaosVerdict {
  articles: number;
  claims: number;
  /** Accepted articles with no row, or whose claims were not all stored and placed. */
  lost: number;
  /** Articles filed twice for one Idempotency-Key, claims stored or placed twice. */
  duplicated: number;
  /** Claims whose audit trail does not lead from `new` to their state, event by event. */
  brokenTrails: number;
  /** The audit trails of a few broken ones, for the report. */
  brokenSamples: string[];
}

async function trailsOf(db: Pool, claimIds: string[]): Promise<string[]> {
  const { rows } = await db.query(
    `SELECT c.id, c.review_status, string_agg(e.event || ':' || coalesce(e.from_status, '-') || '>' || e.to_status, ' ' ORDER BY e.seq) AS trail
     FROM claims c LEFT JOIN review_events e ON e.claim_id = c.id WHERE c.id = ANY($1) GROUP BY c.id, c.review_status`,
    [claimIds],
  );
  return rows.map((row) => `${row.id} (${row.review_status}): ${row.trail}`);
}

/** Checks a finished chaos run against PostgreSQL alone. */
export async function judge(db: Pool, accepted: Set<string>): Promise<ChaosVerdict> {
  const { rows: stored } = await db.query('SELECT id::text FROM articles');
  const ids = new Set(stored.map((row) => row.id as string));
  const missing = [...accepted].filter((id) => !ids.has(id)).length;
  const misplaced = await misplacedWork(db);
  const lostClaims = misplaced.articles.filter((a) => a.stored < a.claim_count || a.stored === 0).length;
  const doubledClaims =
    misplaced.articles.filter((a) => a.stored > a.claim_count || a.distinct_spans < a.stored).length +
    misplaced.claims.filter((c) => c.placements > 1 || c.appearances > 1).length;
  const unplaced = misplaced.claims.filter((c) => c.placements === 0 || c.appearances === 0).length;
  // every transition is in the audit log: each status change starts where the previous one ended, the first from
  // `new`, and the last ends in the claim's current state. Notes that change no status (evidence, conflicts) are left
  // out: a conflict note records the other claim's status without locking it, so it may name one just left.
  const { rows: trails } = await db.query(
    `WITH trail AS (
       SELECT claim_id, from_status, to_status,
              lag(to_status) OVER (PARTITION BY claim_id ORDER BY seq) AS previous,
              row_number() OVER (PARTITION BY claim_id ORDER BY seq DESC) AS from_end
       FROM review_events WHERE from_status IS DISTINCT FROM to_status)
     SELECT DISTINCT c.id FROM claims c
     LEFT JOIN trail t ON t.claim_id = c.id
     WHERE (t.claim_id IS NULL AND c.review_status <> 'new')
        OR (t.previous IS NULL AND t.from_status IS DISTINCT FROM 'new' AND t.claim_id IS NOT NULL)
        OR (t.previous IS NOT NULL AND t.from_status IS DISTINCT FROM t.previous)
        OR (t.from_end = 1 AND t.to_status <> c.review_status)`,
  );
  return {
    articles: ids.size,
    claims: misplaced.claimCount,
    lost: missing + lostClaims + unplaced,
    duplicated: Math.max(0, ids.size - accepted.size) + doubledClaims,
    brokenTrails: trails.length,
    brokenSamples: await trailsOf(
      db,
      trails.slice(0, 3).map((row) => row.id as string),
    ),
  };
}
