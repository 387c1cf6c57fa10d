import type { EntityManager } from 'typeorm';
import { queryPrepared } from '@factdesk/persistence';
import { blockingWords, CheckWorthiness, figuresAgree, MatchCandidate } from '@factdesk/matching';

export interface MatchSubject {
  id: string;
  sourceId: string | null;
}

const likeWord = (word: string) => `%${word.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;

/**
 * The claims of the same source whose text is at least `low` similar (pg_trgm `similarity`), best first. The trigram
 * index of `claim_match_keys` finds the rows holding two of the claim's four longest words (`blockingWords`; one word
 * when the claim has only one); similarity is computed on those alone. A claim said again keeps most of its words;
 * one that shares at most one of those four with this one is not looked at. Claims merged away or discarded since
 * they were listed are skipped. Runs in the transaction `beginMatching` prepared.
 */
export async function findCandidates(
  manager: EntityManager,
  subject: MatchSubject,
  text: string,
  low: number,
): Promise<MatchCandidate[]> {
  if (!subject.sourceId) return [];
  const words = blockingWords(text);
  const holds = (index: number) => `k.match_text LIKE $${index + 5}`;
  const pairs = words.flatMap((_, first) =>
    words.slice(first + 1).map((__, offset) => `(${holds(first)} AND ${holds(first + offset + 1)})`),
  );
  const holdsWords = pairs.length > 0 ? pairs.join(' OR ') : words.length > 0 ? holds(0) : 'true';
  const rows: { id: string; status: string; similarity: number; match_text: string }[] = await queryPrepared(
    manager,
    `WITH blocked AS MATERIALIZED (
       SELECT k.claim_id, k.match_text FROM claim_match_keys k WHERE k.source_id = $2 AND (${holdsWords}) AND k.claim_id <> $3
     ), scored AS (
       SELECT claim_id, match_text, similarity(match_text, $1) AS similarity FROM blocked
     )
     SELECT c.id, c.review_status AS status, s.similarity, s.match_text
     FROM scored s JOIN claims c ON c.id = s.claim_id
     WHERE s.similarity >= $4 AND c.review_status NOT IN ('merged', 'discarded')
     ORDER BY s.similarity DESC, c.created_at, c.id LIMIT 10`,
    [text, subject.sourceId, subject.id, low, ...words.map(likeWord)],
  );
  return rows.map((row) => ({
    claimId: row.id,
    similarity: row.similarity,
    sameSource: true,
    sameFigures: figuresAgree(text, row.match_text),
    status: row.status,
  }));
}

/**
 * Serialises matching within each of the sources (taken in id order, so two transactions locking several never
 * deadlock), so two copies of a claim arriving together cannot both become new; and, for this transaction only, keeps
 * the planner on the trigram index (it prices a LIKE on a long text like an equality and would rather compare every
 * row) and has it plan the candidate search once per connection, not on every claim (the plan is the same whatever
 * the words: index scans of the source's partition). Must be its own statement, before the search: a statement sees
 * what was committed when it started, so one that waited for a lock inside would miss what its holder wrote.
 */
export async function beginMatching(manager: EntityManager, sourceIds: (string | null)[]): Promise<void> {
  const keys = [...new Set(sourceIds.filter((id): id is string => id !== null))].sort();
  await queryPrepared(
    manager,
    `SELECT set_config('enable_seqscan', 'off', true), set_config('plan_cache_mode', 'force_generic_plan', true),
            (SELECT count(pg_advisory_xact_lock(hashtextextended('match:' || id, 0))) FROM unnest($1::text[]) AS id)`,
    [keys],
  );
}

/**
 * The matching columns of a claim that stands for itself from now on (triaged as new, or split out), for the
 * transition that places it to set in the same row update (`TransitionRequest.also`).
 */
export const standingColumns = (
  text: string,
  worthiness: CheckWorthiness,
  suggestion: { claimId: string; similarity: number } | null,
) => ({
  matchText: text,
  checkWorthiness: worthiness.score,
  worthinessFeatures: worthiness.features,
  reach: 1,
  possibleDuplicateOf: suggestion?.claimId ?? null,
  duplicateSimilarity: suggestion?.similarity ?? null,
});

export interface Listing {
  claim: MatchSubject;
  text: string;
}

/**
 * Lists claims that stand for themselves (see `standingColumns`): each one's first appearance (its own article) and
 * its match key, so later claims of its source are compared with it.
 */
export async function listAsNew(manager: EntityManager, listings: Listing[]): Promise<void> {
  if (listings.length === 0) return;
  await queryPrepared(
    manager,
    `WITH listed AS (
       SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::text[]) AS l(claim_id, source_id, match_text)
     ), appearance AS (
       INSERT INTO claim_appearances (claim_id, origin_claim_id, article_id, outlet, url, start_offset, end_offset, published_at, similarity)
       SELECT c.id, c.id, c.article_id, a.outlet, coalesce(a.url, c.article_url), c.start_offset, c.end_offset, a.published_at, 1
       FROM listed l JOIN claims c ON c.id = l.claim_id LEFT JOIN articles a ON a.id = c.article_id
       ON CONFLICT (origin_claim_id) DO UPDATE SET claim_id = EXCLUDED.claim_id, similarity = 1
     ), unlisted AS (
       DELETE FROM claim_match_keys WHERE claim_id = ANY($1::uuid[]) AND source_id = ANY($2::uuid[])
     )
     INSERT INTO claim_match_keys (source_id, claim_id, match_text) SELECT source_id, claim_id, match_text FROM listed WHERE source_id IS NOT NULL`,
    [
      listings.map((listing) => listing.claim.id),
      listings.map((listing) => listing.claim.sourceId),
      listings.map((listing) => listing.text),
    ],
  );
}

/**
 * Records that the claim `originId` (as extracted from its article) is an appearance of `claimId`; an origin already
 * recorded moves to `claimId`. Returns the claim's reach (its appearance count) afterwards.
 */
export async function recordAppearance(
  manager: EntityManager,
  claimId: string,
  originId: string,
  similarity: number,
): Promise<number> {
  await queryPrepared(
    manager,
    `INSERT INTO claim_appearances (claim_id, origin_claim_id, article_id, outlet, url, start_offset, end_offset, published_at, similarity)
     SELECT $1, c.id, c.article_id, a.outlet, coalesce(a.url, c.article_url), c.start_offset, c.end_offset, a.published_at, $3
     FROM claims c LEFT JOIN articles a ON a.id = c.article_id WHERE c.id = $2
     ON CONFLICT (origin_claim_id) DO UPDATE SET claim_id = EXCLUDED.claim_id, similarity = EXCLUDED.similarity`,
    [claimId, originId, Math.min(1, Math.max(0, similarity))],
  );
  return recountReach(manager, claimId);
}

/** Keeps `claims.reach` equal to the claim's appearance count (at least 1: a claim entered by hand has none). */
export async function recountReach(manager: EntityManager, claimId: string): Promise<number> {
  const [row]: { reach: number }[] = await queryPrepared(
    manager,
    `UPDATE claims SET reach = greatest(1, (SELECT count(*) FROM claim_appearances WHERE claim_id = $1)) WHERE id = $1 RETURNING reach`,
    [claimId],
  );
  return row?.reach ?? 1;
}

export interface MatchColumns {
  checkWorthiness?: number;
  worthinessFeatures?: unknown;
  possibleDuplicateOf?: string | null;
  duplicateSimilarity?: number | null;
  priorityDelta?: number;
}

/** The matching columns of a claim (not its review state, which only `ClaimTransitions` writes). */
export async function writeMatchColumns(manager: EntityManager, claimId: string, columns: MatchColumns): Promise<void> {
  const has = (key: keyof MatchColumns) => key in columns;
  await queryPrepared(
    manager,
    `UPDATE claims SET
       check_worthiness = CASE WHEN $2 THEN $3 ELSE check_worthiness END,
       worthiness_features = CASE WHEN $2 THEN $4::jsonb ELSE worthiness_features END,
       possible_duplicate_of = CASE WHEN $5 THEN $6::uuid ELSE possible_duplicate_of END,
       duplicate_similarity = CASE WHEN $5 THEN $7 ELSE duplicate_similarity END,
       priority = least(100, greatest(0, priority + $8))
     WHERE id = $1`,
    [
      claimId,
      has('checkWorthiness'),
      columns.checkWorthiness ?? null,
      JSON.stringify(columns.worthinessFeatures ?? null),
      has('possibleDuplicateOf'),
      columns.possibleDuplicateOf ?? null,
      columns.duplicateSimilarity ?? null,
      columns.priorityDelta ?? 0,
    ],
  );
}
