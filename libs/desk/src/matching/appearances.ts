import type { EntityManager } from 'typeorm';
import { bind, type ClaimEntity, queryPrepared } from '@factdesk/persistence';
import {
  blockingTerms,
  type CheckWorthiness,
  claimTerms,
  compareClaims,
  decideMatch,
  describesSpeaker,
  distinctiveFigures,
  figureRelation,
  type MatchCandidate,
  type MatchDecision,
  type MatchThresholds,
  matchTerms,
} from '@factdesk/matching';

/**
 * A claim being matched: its id, the speaker (match key, see `speakersOf`) it is matched under, and whether that
 * speaker is only described (`describesSpeaker`), so its claims are compared with other speakers' too.
 */
export interface MatchSubject {
  id: string;
  speakerId: string | null;
  describedSpeaker: boolean;
}

/** A claim as matching reads it, under the speaker (`speakersOf`) it is matched under. */
export const matchSubject = (
  claim: Pick<ClaimEntity, 'id' | 'source' | 'sourceType' | 'via'>,
  speakerId: string | null,
): MatchSubject => ({
  id: claim.id,
  speakerId,
  describedSpeaker: describesSpeaker({ name: claim.source, type: claim.sourceType, via: claim.via }),
});

/** A candidate with the texts the decision read, for the conflict it may become. */
export interface DeskCandidate extends MatchCandidate {
  text: string;
  memberTexts: string[];
}

const CANDIDATES = 20;
/** The closest blocked claims read from the claims table, for CANDIDATES of them that are still open. */
const SCANNED = 3 * CANDIDATES;

/**
 * Where a search looks: a table of match keys (as `k`), its terms expression, how the index holds a term, and which
 * keys it reads. A speaker's own claims: the speaker's index, whose terms are prefixed by it (see
 * `factdesk_speaker_terms` in the migrations). Other speakers' claims: by plain terms, in the described speakers' own
 * table (every claim reads it), or, for a described speaker's claim, across every speaker's keys. Both tables are one
 * relation each, not partitions, so a search is one index probe per combination of terms.
 *
 * How many words, and how many terms together: among the speaker's own claims, two of its six longest words and two
 * longest figures; among the described speakers' keys, two of four; across every speaker's keys, whose lists hold
 * the whole desk, three of five: a rewrite close enough to join across speakers (`MATCH_RULES.described`) keeps three
 * of them, and a pair of common words listed hundreds of claims to recheck (matching p99 17.5 ms at 100k claims with
 * two of four, 11.6 ms with three of five; bench:matching, docs/BENCHMARKS.md).
 */
interface KeyScope {
  table: string;
  column: string;
  key: (term: string) => string;
  where: string;
  params: Record<string, string>;
  /** Whether the key of a claim that joined another stands for that one (see `searchKeys`). */
  rewordings: boolean;
  /** How many of the claim's longest words it is looked up by (`blocking`), and how many of those terms a key holds. */
  words: number;
  together: number;
}

const ownSpeaker = (speakerId: string): KeyScope => ({
  table: 'claim_match_keys',
  column: 'factdesk_speaker_terms(k.source_id, k.terms)',
  key: (term) => `${speakerId.slice(0, 8)}:${term}`,
  where: 'k.source_id = :speaker',
  params: { speaker: speakerId },
  rewordings: true,
  words: 6,
  together: 2,
});
const describedSpeakers: KeyScope = {
  table: 'described_match_keys',
  column: 'k.terms',
  key: (term) => term,
  where: 'true',
  params: {},
  // A described claim that joined a named speaker's was that speaker: another named speaker's claim in the same words
  // is not the same claim.
  rewordings: false,
  words: 4,
  together: 2,
};
const otherSpeakers = (speakerId: string): KeyScope => ({
  ...describedSpeakers,
  table: 'claim_match_keys',
  where: 'k.source_id <> :speaker',
  params: { speaker: speakerId },
  rewordings: true,
  words: 5,
  together: 3,
});

/** The terms to look a claim up by (`blockingTerms`: words and two figures) and the figures looked up alone. */
function blocking(text: string, words: number): [terms: string[], alone: string[]] {
  const terms = blockingTerms(text, words, 2);
  return [terms, distinctiveFigures(text).filter((term) => terms.includes(term))];
}

/**
 * Every combination of `index.together` of the terms (or all there are), and each of the `alone` terms by itself
 * (`distinctiveFigures`), as index conditions: the GIN index finds the rows holding all terms of one by walking the
 * shortest of their lists, so a common word costs little, and a distinctive figure's list is short. As many
 * statement texts as there are counts of terms and of figures alone, each prepared once.
 */
function termConditions(
  index: KeyScope,
  terms: string[],
  alone: string[],
): { condition: string; params: Record<string, string[]> } {
  const keyed = terms.map(index.key);
  const sets = [
    ...combinations(keyed, Math.min(index.together, keyed.length)),
    ...alone.filter((term) => keyed.length > 1 || term !== terms[0]).map((term) => [index.key(term)]),
  ];
  return {
    condition: sets.map((_, at) => `${index.column} @> :terms${at}::text[]`).join(' OR '),
    params: Object.fromEntries(sets.map((set, at) => [`terms${at}`, set])),
  };
}

/** Every choice of `size` of the items, in their order. */
function combinations<T>(items: T[], size: number): T[][] {
  if (size === 0) return [[]];
  return items.flatMap((first, at) => combinations(items.slice(at + 1), size - 1).map((rest) => [first, ...rest]));
}

interface KeyRow {
  id: string;
  status: string;
  similarity: number;
  match_text: string;
  members: string[];
}

/**
 * The claims matching `scope` that hold `scope.together` of the claim's rarest terms (`blocking`: its longest words
 * and two longest figures; all there are when it has fewer), closest first by pg_trgm `similarity`, each with the
 * match texts of the claims with figures already joined to it. A claim said again keeps some of its rare words or its
 * figures; one that keeps fewer of them is not looked at. A key of a claim that joined another (a rewording,
 * see `listRewording`, or a claim an editor merged) stands for the claim it joined, compared in its own words: the
 * closest of a claim's wordings counts. Claims discarded, or merged away without a claim to stand for, are skipped.
 */
async function searchKeys(
  manager: EntityManager,
  subject: MatchSubject,
  text: string,
  scope: KeyScope,
): Promise<KeyRow[]> {
  const lookup = termConditions(scope, ...blocking(text, scope.words));
  return queryPrepared<KeyRow>(
    manager,
    ...bind(
      `WITH blocked AS MATERIALIZED (
         SELECT k.claim_id, k.match_text FROM ${scope.table} k
         WHERE (${lookup.condition}) AND ${scope.where} AND k.claim_id <> :claim
       ), closest AS (
         SELECT claim_id, match_text, similarity(match_text, :text) AS similarity FROM blocked
         ORDER BY similarity DESC LIMIT :scan
       )
       SELECT c.id, c.review_status AS status, s.similarity, s.match_text,
              ARRAY(SELECT m.match_text FROM claims m WHERE m.merged_into_id = c.id AND m.match_text ~ '[0-9]') AS members
       FROM closest s
       -- One primary-key read per row kept (two for a rewording's key: its claim, then the claim it joined): the
       -- generic plan's estimate of a search across speakers is thousands of rows, for which it would rather
       -- merge-join the whole claims table (90 ms at 100k claims).
       JOIN LATERAL (
         SELECT t.id, t.review_status, t.created_at
         FROM claims own JOIN claims t ON t.id = CASE WHEN :rewordings THEN coalesce(own.merged_into_id, own.id) ELSE own.id END
         WHERE own.id = s.claim_id OFFSET 0
       ) c ON true
       WHERE c.review_status NOT IN ('merged', 'discarded')
       ORDER BY s.similarity DESC, c.created_at, c.id LIMIT :limit`,
      {
        text,
        claim: subject.id,
        limit: CANDIDATES,
        scan: SCANNED,
        rewordings: scope.rewordings,
        ...scope.params,
        ...lookup.params,
      },
    ),
  );
}

/** A claim found by `searchKeys`, compared with the new one (`text`). */
function candidateOf(text: string, speaker: 'same' | 'described'): (row: KeyRow) => DeskCandidate {
  const figures = claimTerms(text).figures;
  return (row) => ({
    claimId: row.id,
    similarity: row.similarity,
    comparison: compareClaims(text, row.match_text),
    memberFigures: row.members.map((member) => figureRelation(figures, claimTerms(member).figures)),
    speaker,
    status: row.status,
    text: row.match_text,
    memberTexts: row.members,
  });
}

/** What the new claim is to the claims on the desk (`decideMatch`), with the candidates the decision read. */
export interface DeskMatch {
  decision: MatchDecision;
  candidates: DeskCandidate[];
}

/**
 * What the new claim is (`decideMatch`) among the claims it may be (see `searchKeys`): those of the same speaker, and
 * those where one of the two speakers is only described (`describesSpeaker`), which may be the other named. The
 * speaker's index keys every term by speaker, so a term's list holds that speaker's claims only; the described
 * speakers' table holds their claims alone, and only a described speaker's claim reads every speaker's (`KeyScope`).
 * Other speakers' claims are read only when none of the speaker's own is the same claim: a claim its speaker already
 * made joins that one, which any other speaker's claim in its words has joined too or is a rewording of, and the
 * search across every speaker's keys is the costliest step of matching (its tail is what bench:matching's p99 is).
 * The other speakers' claims are searched without their matching locks: two copies arriving together may both stay
 * new (a missed join), never worse. Runs in the transaction `beginMatching` prepared.
 */
export async function findMatch(
  manager: EntityManager,
  subject: MatchSubject,
  text: string,
  thresholds: MatchThresholds,
): Promise<DeskMatch> {
  if (!subject.speakerId || matchTerms(text).length === 0)
    return { decision: decideMatch([], thresholds), candidates: [] };
  const own = (await searchKeys(manager, subject, text, ownSpeaker(subject.speakerId))).map(candidateOf(text, 'same'));
  const ownDecision = decideMatch(own, thresholds);
  if (ownDecision.kind === 'appearance') return { decision: ownDecision, candidates: own };
  const others = subject.describedSpeaker ? otherSpeakers(subject.speakerId) : describedSpeakers;
  const ownIds = new Set(own.map((candidate) => candidate.claimId));
  // A described claim resolved to this very speaker since it was listed is its own speaker's: found above.
  const described = (await searchKeys(manager, subject, text, others))
    .filter((row) => !ownIds.has(row.id))
    .map(candidateOf(text, 'described'));
  const candidates = [...own, ...described];
  return { decision: decideMatch(candidates, thresholds), candidates };
}

/**
 * Serialises matching within each of the speakers (taken in id order, so two transactions locking several never
 * deadlock), so two copies of a claim arriving together cannot both become new; and, for this transaction only, keeps
 * the planner on the terms index (it would rather compare every row of a small desk) and has it plan the candidate
 * search once per connection, not on every claim (the plan is the same whatever the terms: an index scan), without
 * parallel workers (the generic plan's estimate is far above what a search reads, and starting workers took 40 ms for
 * a search that takes a fraction of one), nor JIT compilation (the same estimate makes a search across speakers look
 * costly enough to compile: 220 ms for a search of 7). Must be its own statement, before the search: a statement sees
 * what was committed when it started, so one that waited for a lock inside would miss what its holder wrote.
 */
export async function beginMatching(manager: EntityManager, speakerIds: (string | null)[]): Promise<void> {
  const keys = [...new Set(speakerIds.filter((id): id is string => id !== null))].sort();
  await queryPrepared(
    manager,
    ...bind(
      `SELECT set_config('enable_seqscan', 'off', true), set_config('plan_cache_mode', 'force_generic_plan', true),
              set_config('max_parallel_workers_per_gather', '0', true), set_config('jit', 'off', true),
              (SELECT count(pg_advisory_xact_lock(hashtextextended('match:' || id, 0))) FROM unnest(:keys::text[]) AS id)`,
      { keys },
    ),
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
 * its match key under its speaker, so later claims of that speaker are compared with it, and for a described speaker
 * among the described speakers' keys, so every later claim is.
 */
export const listAsNew = (manager: EntityManager, listings: Listing[]) => listMatchKeys(manager, listings, true);

/**
 * Lists the match key of a claim that joined another as one of its appearances: later claims are compared with this
 * wording too, and one close to it joins the claim it joined (see `searchKeys`). Outlets reword a claim in many ways;
 * the wording a new one is closest to may be any of them, not the first. Under its own speaker only: a described
 * speaker's claim that joined a named one's was that speaker (see `describedSpeakers`).
 */
export const listRewording = (manager: EntityManager, { claim, text }: Listing) =>
  listMatchKeys(manager, [{ claim: { ...claim, describedSpeaker: false }, text }], false);

async function listMatchKeys(manager: EntityManager, listings: Listing[], standing: boolean): Promise<void> {
  if (listings.length === 0) return;
  await queryPrepared(
    manager,
    ...bind(
      `WITH listed AS (
         SELECT * FROM unnest(:claims::uuid[], :speakers::uuid[], :described::boolean[], :texts::text[], :terms::text[])
           AS l(claim_id, speaker_id, described_speaker, match_text, terms)
       ), appearance AS (
         INSERT INTO claim_appearances (claim_id, origin_claim_id, article_id, outlet, url, start_offset, end_offset, published_at, similarity)
         SELECT c.id, c.id, c.article_id, a.outlet, coalesce(a.url, c.article_url), c.start_offset, c.end_offset, a.published_at, 1
         FROM listed l JOIN claims c ON c.id = l.claim_id LEFT JOIN articles a ON a.id = c.article_id
         WHERE :standing
         ON CONFLICT (origin_claim_id) DO UPDATE SET claim_id = EXCLUDED.claim_id, similarity = 1
       ), unlisted AS (
         DELETE FROM claim_match_keys WHERE claim_id = ANY(:claims::uuid[])
       ), undescribed AS (
         DELETE FROM described_match_keys d USING listed l
         WHERE d.claim_id = l.claim_id AND NOT (l.described_speaker AND l.speaker_id IS NOT NULL)
       ), described AS (
         INSERT INTO described_match_keys (claim_id, match_text, terms)
         SELECT claim_id, match_text, string_to_array(terms, ' ') FROM listed WHERE described_speaker AND speaker_id IS NOT NULL
         ON CONFLICT (claim_id) DO UPDATE SET match_text = EXCLUDED.match_text, terms = EXCLUDED.terms
       )
       INSERT INTO claim_match_keys (source_id, claim_id, match_text, terms)
       SELECT speaker_id, claim_id, match_text, string_to_array(terms, ' ') FROM listed WHERE speaker_id IS NOT NULL`,
      {
        claims: listings.map((listing) => listing.claim.id),
        speakers: listings.map((listing) => listing.claim.speakerId),
        described: listings.map((listing) => listing.claim.describedSpeaker),
        texts: listings.map((listing) => listing.text),
        terms: listings.map((listing) => matchTerms(listing.text).join(' ')),
        standing,
      },
    ),
  );
}

/**
 * Records that the claim `originId` (as extracted from its article) is an appearance of `claimId`; an origin already
 * recorded moves to `claimId`. Returns the claim's reach afterwards.
 */
export async function recordAppearance(
  manager: EntityManager,
  claimId: string,
  originId: string,
  similarity: number,
): Promise<number> {
  await queryPrepared(
    manager,
    ...bind(
      `INSERT INTO claim_appearances (claim_id, origin_claim_id, article_id, outlet, url, start_offset, end_offset, published_at, similarity)
       SELECT :claim, c.id, c.article_id, a.outlet, coalesce(a.url, c.article_url), c.start_offset, c.end_offset, a.published_at, :similarity
       FROM claims c LEFT JOIN articles a ON a.id = c.article_id WHERE c.id = :origin
       ON CONFLICT (origin_claim_id) DO UPDATE SET claim_id = EXCLUDED.claim_id, similarity = EXCLUDED.similarity`,
      { claim: claimId, origin: originId, similarity: Math.min(1, Math.max(0, similarity)) },
    ),
  );
  return recountReach(manager, claimId);
}

/**
 * Keeps `claims.reach` equal to the number of articles carrying the claim: two appearances in one article (a headline
 * and its lead) count once; each claim entered by hand, which has no article, counts as one; at least 1.
 */
export async function recountReach(manager: EntityManager, claimId: string): Promise<number> {
  const [row] = await queryPrepared<{ reach: number }>(
    manager,
    ...bind(
      `UPDATE claims SET reach = greatest(1, (
         SELECT count(DISTINCT coalesce(article_id, origin_claim_id)) FROM claim_appearances WHERE claim_id = :claim
       )) WHERE id = :claim RETURNING reach`,
      { claim: claimId },
    ),
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
    ...bind(
      `UPDATE claims SET
         check_worthiness = CASE WHEN :setWorthiness THEN :worthiness ELSE check_worthiness END,
         worthiness_features = CASE WHEN :setWorthiness THEN :features::jsonb ELSE worthiness_features END,
         possible_duplicate_of = CASE WHEN :setDuplicate THEN :duplicateOf::uuid ELSE possible_duplicate_of END,
         duplicate_similarity = CASE WHEN :setDuplicate THEN :duplicateSimilarity ELSE duplicate_similarity END,
         priority = least(100, greatest(0, priority + :priorityDelta))
       WHERE id = :claim`,
      {
        claim: claimId,
        setWorthiness: has('checkWorthiness'),
        worthiness: columns.checkWorthiness ?? null,
        features: JSON.stringify(columns.worthinessFeatures ?? null),
        setDuplicate: has('possibleDuplicateOf'),
        duplicateOf: columns.possibleDuplicateOf ?? null,
        duplicateSimilarity: columns.duplicateSimilarity ?? null,
        priorityDelta: columns.priorityDelta ?? 0,
      },
    ),
  );
}
