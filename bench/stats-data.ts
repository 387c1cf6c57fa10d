import type { Pool } from 'pg';

/**
 * A year of a busy desk (up to 6 days ago, so every audit step is in the past), generated in SQL (generate_series, one INSERT per table): CLAIMS claims from articles of 40
 * outlets, 50,000 sources quoted with a heavy head, a relay on every third claim, 20 reviewers and 5 editors, and each
 * claim's audit events along its path (about 5 per claim). Pseudo-random but deterministic (hashes of the row number).
 * Audit rows are written with tx 0, as history from before the event log (the stamper skips them); the worker's first
 * stats run rebuilds the rollups from these tables.
 */
export interface StatsDataSize {
  claims: number;
}

/** A number in [0, 1) from the row number n and a salt: the same every run. */
const unit = (n: string, salt: number) => `((hashint8((${n})::bigint * ${salt}) & 2147483647)::float8 / 2147483648)`;

/** Each final status and the audit path that leads there: step, event, from, to, who fires it. */
const PATHS = `(VALUES
  ('approved', 1, 'triage', 'new', 'queued', 'system'), ('approved', 2, 'claim', 'queued', 'in_review', 'reviewer'),
  ('approved', 3, 'evidence_added', 'in_review', 'in_review', 'reviewer'),
  ('approved', 4, 'lease_extended', 'in_review', 'in_review', 'reviewer'),
  ('approved', 5, 'evidence_added', 'in_review', 'in_review', 'reviewer'),
  ('approved', 6, 'submit', 'in_review', 'awaiting_approval', 'reviewer'),
  ('approved', 7, 'approve', 'awaiting_approval', 'approved', 'editor'),
  ('awaiting_approval', 1, 'triage', 'new', 'queued', 'system'),
  ('awaiting_approval', 2, 'claim', 'queued', 'in_review', 'reviewer'),
  ('awaiting_approval', 3, 'evidence_added', 'in_review', 'in_review', 'reviewer'),
  ('awaiting_approval', 6, 'submit', 'in_review', 'awaiting_approval', 'reviewer'),
  ('in_review', 1, 'triage', 'new', 'queued', 'system'), ('in_review', 2, 'claim', 'queued', 'in_review', 'reviewer'),
  ('in_review', 3, 'evidence_added', 'in_review', 'in_review', 'reviewer'),
  ('queued', 1, 'triage', 'new', 'queued', 'system'),
  ('merged', 1, 'match', 'new', 'merged', 'system'),
  ('discarded', 1, 'triage', 'new', 'queued', 'system'), ('discarded', 7, 'discard', 'queued', 'discarded', 'editor'),
  ('on_hold', 1, 'triage', 'new', 'queued', 'system'), ('on_hold', 2, 'claim', 'queued', 'in_review', 'reviewer'),
  ('on_hold', 6, 'hold', 'in_review', 'on_hold', 'reviewer'),
  ('returned', 1, 'triage', 'new', 'queued', 'system'), ('returned', 2, 'claim', 'queued', 'in_review', 'reviewer'),
  ('returned', 3, 'evidence_added', 'in_review', 'in_review', 'reviewer'),
  ('returned', 6, 'submit', 'in_review', 'awaiting_approval', 'reviewer'),
  ('returned', 7, 'return', 'awaiting_approval', 'returned', 'editor')
) AS path(status, step, event, from_status, to_status, role)`;

/** The status a claim ends in, by its row number: 60 % approved, the rest spread over the open and final states. */
const STATUS_OF = (n: string) => `(CASE
  WHEN (${n}) % 100 < 60 THEN 'approved' WHEN (${n}) % 100 < 68 THEN 'awaiting_approval'
  WHEN (${n}) % 100 < 76 THEN 'in_review' WHEN (${n}) % 100 < 92 THEN 'queued' WHEN (${n}) % 100 < 95 THEN 'merged'
  WHEN (${n}) % 100 < 97 THEN 'discarded' WHEN (${n}) % 100 < 98 THEN 'on_hold' ELSE 'returned' END)`;

const VERDICT_OF = (n: string) => `jsonb_build_object(
  'attributionVerdict', (ARRAY['confirmed', 'confirmed', 'confirmed', 'misattributed', 'distorted', 'unverifiable'])[1 + (${n}) % 6],
  'claimRating', (ARRAY['true', 'mostly_true', 'mixed', 'misleading', 'false', 'unproven'])[1 + (${n}) % 7 % 6],
  'attributionNote', 'checked', 'ratingNote', 'checked')`;

export async function loadStatsData(db: Pool, { claims }: StatsDataSize): Promise<void> {
  const articles = Math.ceil(claims / 3);
  const client = await db.connect();
  try {
    await client.query('SET synchronous_commit = off');
    await client.query(`INSERT INTO api_keys (name, role, key_hash, key_prefix)
      SELECT CASE WHEN n <= 20 THEN 'Reviewer ' || n ELSE 'Editor ' || (n - 20) END,
             CASE WHEN n <= 20 THEN 'reviewer' ELSE 'editor' END, md5('stats bench key ' || n), 'fdk_bench'
      FROM generate_series(1, 25) AS n`);
    await client.query(`INSERT INTO sources (id, name, normalised_name, type)
      SELECT md5('source ' || n)::uuid, CASE WHEN n <= 40 THEN 'Outlet ' || n ELSE 'Source ' || n END,
             CASE WHEN n <= 40 THEN 'outlet ' || n ELSE 'source ' || n END,
             CASE WHEN n <= 40 THEN 'media' ELSE (ARRAY['person', 'organization', 'anonymous', 'document'])[1 + n % 4] END
      FROM generate_series(1, 50000) AS n`);
    await client.query(
      `INSERT INTO articles (id, outlet, body, content_hash, ingest_status, claim_count, created_at, extracted_at)
       SELECT md5('article ' || n)::uuid, 'Outlet ' || (1 + n % 40), 'Body of article ' || n, md5('article ' || n),
              'extracted', 3, t, t + interval '5 seconds'
       FROM generate_series(1, $1::int) AS n, LATERAL (SELECT now() - interval '6 days' - ${unit('n', 11)} * interval '359 days' AS t) x`,
      [articles],
    );
    await client.query(
      `INSERT INTO claims (id, article_id, source_id, via_source_id, source_name, source_type, content, review_status,
                           priority, created_at, due_at, sla_breached_at, verdict, merged_into_id, assignee_id, decided_at)
       SELECT md5('claim ' || n)::uuid, a.id, s.id, CASE WHEN n % 3 = 0 THEN md5('source ' || (1 + n % 40))::uuid END,
              'Source', 'person', 'Claim ' || n, st.status, (n * 37) % 100, a.created_at + interval '10 seconds',
              a.created_at + interval '1 day',
              CASE WHEN st.status NOT IN ('approved', 'discarded', 'merged') AND a.created_at < now() - interval '1 day'
                   THEN a.created_at + interval '1 day' END,
              CASE WHEN st.status IN ('approved', 'awaiting_approval', 'returned') THEN ${VERDICT_OF('n')} END,
              CASE WHEN st.status = 'merged' THEN md5('claim ' || (n - 1))::uuid END,
              CASE WHEN st.status IN ('in_review', 'on_hold', 'awaiting_approval', 'returned')
                   THEN (SELECT id FROM api_keys WHERE name = 'Reviewer ' || (1 + n % 20)) END,
              -- a decided claim must carry decided_at; the decision's own time is set from its event below
              CASE WHEN st.status IN ('approved', 'discarded') THEN a.created_at END
       FROM generate_series(1, $1::int) AS n
       JOIN articles a ON a.id = md5('article ' || (1 + (n - 1) / 3))::uuid
       CROSS JOIN LATERAL (SELECT ${STATUS_OF('n')} AS status) st
       CROSS JOIN LATERAL (SELECT md5('source ' || (41 + floor(49960 * ${unit('n', 13)} ^ 3)::int))::uuid AS id) s`,
      [claims],
    );
    // Step k of a claim's path happens at created + cumulative waits: triage a minute, the queue 10 min to 2 days,
    // review 5 min to 5 h, approval 10 min to a day; so intake to approval spreads from under an hour to several days.
    await client.query(
      `INSERT INTO review_events (claim_id, event, from_status, to_status, actor_id, actor_role, payload, created_at, tx, seq)
       SELECT c.id, path.event, path.from_status, path.to_status,
              CASE path.role WHEN 'reviewer' THEN r.id WHEN 'editor' THEN e.id END, path.role,
              CASE WHEN path.event = 'submit' THEN ${VERDICT_OF('g.n')} ELSE '{}' END,
              c.created_at + interval '1 minute'
                + CASE WHEN path.step >= 2 THEN (600 + ${unit('g.n', 17)} * 172800) * interval '1 second' ELSE '0' END
                + CASE WHEN path.step >= 3 THEN (path.step - 2) * interval '1 minute' ELSE '0' END
                + CASE WHEN path.step >= 6 THEN (300 + ${unit('g.n', 19)} * 18000) * interval '1 second' ELSE '0' END
                + CASE WHEN path.step >= 7 THEN (600 + ${unit('g.n', 23)} * 86400) * interval '1 second' ELSE '0' END,
              '0', 0
       FROM generate_series(1, $1::int) AS g(n)
       JOIN claims c ON c.id = md5('claim ' || g.n)::uuid
       JOIN ${PATHS} ON path.status = c.review_status
       LEFT JOIN api_keys r ON r.name = 'Reviewer ' || (1 + g.n % 20)
       LEFT JOIN api_keys e ON e.name = 'Editor ' || (1 + g.n % 5)`,
      [claims],
    );
    await client.query(
      `UPDATE claims c SET decided_at = decision.at
       FROM (SELECT claim_id, max(created_at) AS at FROM review_events WHERE to_status IN ('approved', 'discarded')
             GROUP BY claim_id) decision
       WHERE decision.claim_id = c.id`,
    );
    await client.query('ANALYZE');
  } finally {
    client.release();
  }
}
