import type { EntityManager } from 'typeorm';
import { bind, queryPrepared } from '@factdesk/persistence';
import type { PositionedRawEvent } from '../events/event-log.reader';
import type { RawEvent } from '../events/log-event';
import { type ClaimFacts, DECISION_EVENTS, type StatsFact } from './stats-deltas';
import { durationBinSql } from './stats-time';

/** Milliseconds from `earlier` to `later`, as a double (the bins are computed on it in SQL, see durationBinSql). */
export const msBetween = (later: string, earlier: string) =>
  `(extract(epoch FROM (${later}) - (${earlier}))::float8 * 1000)`;

export const HOUR_UTC = (column: string) => `date_trunc('hour', ${column}, 'UTC')`;

/** The last submitted verdict of the claim of review event `r` before it (only for events into or out of approved). */
export const VERDICT_AT_EVENT = `LEFT JOIN LATERAL (
    SELECT s.payload FROM review_events s
    WHERE 'approved' IN (r.to_status, r.from_status) AND s.claim_id = r.claim_id AND s.event = 'submit'
      AND s.created_at <= r.created_at
    ORDER BY s.created_at DESC LIMIT 1) verdict ON true`;

/** When the claim of decision `r` entered the state the decision left (its creation if no event shows it). */
export const ENTERED_BEFORE_EVENT = `LEFT JOIN LATERAL (
    SELECT p.created_at FROM review_events p
    WHERE r.event = ANY(:decisions::text[]) AND p.claim_id = r.claim_id AND p.to_status = r.from_status
      AND p.from_status IS DISTINCT FROM p.to_status AND p.created_at < r.created_at
    ORDER BY p.created_at DESC LIMIT 1) entered ON true`;

const REVIEW_FACTS = `
  SELECT e.n::int AS n, ${HOUR_UTC('r.created_at')} AS at_hour, ${HOUR_UTC('c.created_at')} AS created_hour, a.outlet,
    c.source_id, c.via_source_id, verdict.payload->>'attributionVerdict' AS attribution_verdict,
    verdict.payload->>'claimRating' AS claim_rating,
    ${durationBinSql(msBetween('r.created_at', 'c.created_at'))} AS since_intake_bin,
    ${durationBinSql(msBetween('r.created_at', 'coalesce(entered.created_at, c.created_at)'))} AS handling_bin
  FROM unnest(:txs::xid8[], :seqs::bigint[]) WITH ORDINALITY AS e(tx, seq, n)
  JOIN review_events r ON r.tx = e.tx AND r.seq = e.seq
  JOIN claims c ON c.id = r.claim_id
  LEFT JOIN articles a ON a.id = c.article_id
  ${VERDICT_AT_EVENT}
  ${ENTERED_BEFORE_EVENT}`;

const ARTICLE_FACTS = `SELECT id, ${HOUR_UTC('created_at')} AS submitted_hour, outlet FROM articles WHERE id = ANY(:ids::uuid[])`;

const NEW_CLAIM_FACTS = `
  SELECT c.id, c.article_id, ${HOUR_UTC('c.created_at')} AS created_hour, a.outlet, c.source_id, c.via_source_id
  FROM claims c LEFT JOIN articles a ON a.id = c.article_id
  WHERE c.article_id = ANY(:articleIds::uuid[]) OR c.id = ANY(:claimIds::uuid[])`;

interface ClaimFactRow {
  created_hour: Date;
  outlet: string | null;
  source_id: string | null;
  via_source_id: string | null;
}

const claimFacts = (row: ClaimFactRow): ClaimFacts => ({
  createdHour: row.created_hour,
  outlet: row.outlet,
  sourceId: row.source_id,
  viaId: row.via_source_id,
});

export interface SourceFold {
  into: string;
  folded: string[];
}

export interface EventFacts {
  facts: StatsFact[];
  /** Claims whose open-claim count may have changed: those of review events, and the claims they merged into. */
  touched: string[];
  folds: SourceFold[];
}

/** What the rollups need to know about each event, read in a few statements for the whole batch. */
export async function readFacts(manager: EntityManager, events: PositionedRawEvent[]): Promise<EventFacts> {
  const raws = events.map(({ raw }) => raw);
  const reviews = raws.filter((raw) => raw.origin === 'review');
  const ofType = (type: string) => raws.filter((raw) => raw.origin === 'domain' && raw.name === type);
  const articleIds = [...ofType('article.extracted'), ...ofType('article.failed')].map((raw) => raw.articleId ?? '');
  const extractedIds = ofType('article.extracted').map((raw) => raw.articleId ?? '');
  const createdIds = ofType('claim.created').map((raw) => raw.claimId ?? '');

  // One after the other: they share the transaction's connection.
  const reviewRows =
    reviews.length === 0
      ? []
      : await queryPrepared<ClaimFactRow & Record<string, unknown>>(
          manager,
          ...bind(REVIEW_FACTS, {
            txs: reviews.map((raw) => raw.tx),
            seqs: reviews.map((raw) => raw.seq),
            decisions: DECISION_EVENTS,
          }),
        );
  const articleRows =
    articleIds.length === 0
      ? []
      : await queryPrepared<{ id: string; submitted_hour: Date; outlet: string }>(
          manager,
          ...bind(ARTICLE_FACTS, { ids: articleIds }),
        );
  const claimRows =
    extractedIds.length + createdIds.length === 0
      ? []
      : await queryPrepared<ClaimFactRow & { id: string; article_id: string | null }>(
          manager,
          ...bind(NEW_CLAIM_FACTS, { articleIds: extractedIds, claimIds: createdIds }),
        );
  const reviewFacts = new Map(reviewRows.map((row) => [reviews[(row.n as number) - 1], row]));
  const articles = new Map(articleRows.map((row) => [row.id, row]));
  const claimsOf = groupBy(claimRows, (row) => row.article_id ?? row.id);

  const facts: StatsFact[] = [];
  for (const raw of raws) {
    const fact = toFact(raw, reviewFacts.get(raw), articles, claimsOf);
    if (fact) facts.push(fact);
  }
  return {
    facts,
    touched: [
      ...new Set(
        reviews.flatMap((raw) => [
          raw.claimId ?? '',
          ...(typeof raw.payload.into === 'string' ? [raw.payload.into] : []),
        ]),
      ),
    ].filter(Boolean),
    folds: ofType('source.folded').map((raw) => ({
      into: String(raw.payload.into),
      folded: (raw.payload.folded as string[]) ?? [],
    })),
  };
}

function toFact(
  raw: RawEvent,
  review: (ClaimFactRow & Record<string, unknown>) | undefined,
  articles: Map<string, { submitted_hour: Date; outlet: string }>,
  claimsOf: Map<string, ClaimFactRow[]>,
): StatsFact | null {
  if (raw.origin === 'review') {
    if (!review) throw new Error(`review event ${raw.tx}/${raw.seq} has no claim`);
    return {
      kind: 'review',
      event: raw.name,
      from: raw.from,
      to: raw.to ?? '',
      actorId: raw.actorId,
      atHour: review.at_hour as Date,
      claim: claimFacts(review),
      attributionVerdict: (review.attribution_verdict as string | null) ?? null,
      claimRating: (review.claim_rating as string | null) ?? null,
      sinceIntakeBin: review.since_intake_bin as number,
      handlingBin: review.handling_bin as number,
    };
  }
  if (raw.name === 'article.extracted' || raw.name === 'article.failed') {
    const article = articles.get(raw.articleId ?? '');
    if (!article) return null;
    const claims = raw.name === 'article.extracted' ? (claimsOf.get(raw.articleId ?? '') ?? []) : [];
    return {
      kind: 'article',
      outlet: article.outlet,
      submittedHour: article.submitted_hour,
      claims: claims.map(claimFacts),
    };
  }
  if (raw.name === 'claim.created') {
    const [claim] = claimsOf.get(raw.claimId ?? '') ?? [];
    return claim ? { kind: 'claim', claim: claimFacts(claim) } : null;
  }
  return null;
}

function groupBy<T>(rows: T[], keyOf: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) groups.set(keyOf(row), [...(groups.get(keyOf(row)) ?? []), row]);
  return groups;
}
