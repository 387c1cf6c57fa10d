import type { Pool } from 'pg';

/** What is still on its way: articles not extracted, claims not placed, outbox rows not relayed. */
export async function placementCounts(db: Pool) {
  const { rows } = await db.query(
    `SELECT (SELECT count(*) FROM articles WHERE ingest_status <> 'extracted')::int AS "articlesPending",
            (SELECT count(*) FROM claims WHERE review_status = 'new')::int AS "claimsUnplaced",
            (SELECT count(*) FROM outbox)::int AS "outbox"`,
  );
  return rows[0] as { articlesPending: number; claimsUnplaced: number; outbox: number };
}

/**
 * Every article has its claims exactly once (stored = its claim count, no span twice) and every claim was placed
 * exactly once: one triage or match event and one appearance. Returns the offenders, empty when all hold.
 */
export async function misplacedWork(db: Pool) {
  const { rows: articles } = await db.query(
    `SELECT a.id, a.claim_count, count(c.id)::int AS stored,
            count(DISTINCT (c.start_offset, c.end_offset, c.source_name))::int AS distinct_spans
     FROM articles a LEFT JOIN claims c ON c.article_id = a.id
     GROUP BY a.id, a.claim_count
     HAVING count(c.id) = 0 OR count(c.id) <> a.claim_count
         OR count(DISTINCT (c.start_offset, c.end_offset, c.source_name)) <> count(c.id)`,
  );
  const { rows: claims } = await db.query(
    `SELECT c.id,
            (SELECT count(*) FROM review_events e WHERE e.claim_id = c.id AND e.event IN ('triage', 'match'))::int
              AS placements,
            (SELECT count(*) FROM claim_appearances a WHERE a.origin_claim_id = c.id)::int AS appearances
     FROM claims c`,
  );
  return {
    articles: articles as Array<{ id: string; claim_count: number; stored: number; distinct_spans: number }>,
    claims: claims.filter((row) => row.placements !== 1 || row.appearances !== 1) as Array<{
      id: string;
      placements: number;
      appearances: number;
    }>,
    claimCount: claims.length,
  };
}
