import { DECIDED_STATUSES } from '@factdesk/review';
import { statusLiterals } from '../claims/status-literals';
import { type NamedStatement } from './claim-list-sql';
import { type KeyType, sortKeyText } from './list-cursor';

export interface ArticleFilters {
  outlet?: string;
  ingestStatus?: string[];
  publishedFrom?: Date;
  publishedTo?: Date;
  /** Web-search syntax over the headline and body. */
  q?: string;
}

/** The filters as a statement takes them: an intake key's list is narrowed to what it submitted. */
export interface ResolvedArticleQuery {
  filters: ArticleFilters;
  submittedBy?: string;
}

/** Newest first: intake sees its latest submissions on top, editors the latest arrivals. */
export const ARTICLE_KEYS: { expression: string; type: KeyType }[] = [
  { expression: 'a.created_at', type: 'timestamptz' },
  { expression: 'a.id', type: 'uuid' },
];

export function articleListStatement(
  query: ResolvedArticleQuery,
  page: { after?: string[]; limit: number },
): NamedStatement {
  const { filters } = query;
  const where: string[] = [];
  const params: Record<string, unknown> = { limit: page.limit };
  const add = (sql: string, values: Record<string, unknown> = {}) => {
    where.push(sql);
    Object.assign(params, values);
  };
  if (query.submittedBy) add('a.submitted_by = :submittedBy::uuid', { submittedBy: query.submittedBy });
  if (filters.outlet) add('factdesk_fold(a.outlet) = factdesk_fold(:outlet)', { outlet: filters.outlet });
  if (filters.ingestStatus) add('a.ingest_status = ANY(:ingestStatus::text[])', { ingestStatus: filters.ingestStatus });
  if (filters.publishedFrom) add('a.published_at >= :publishedFrom', { publishedFrom: filters.publishedFrom });
  if (filters.publishedTo) add('a.published_at < :publishedTo', { publishedTo: filters.publishedTo });
  if (filters.q) {
    add(
      `a.id IN (SELECT article_id FROM article_search WHERE document @@ websearch_to_tsquery('english', factdesk_fold(:q)))`,
      { q: filters.q },
    );
  }
  if (page.after) {
    add('(a.created_at, a.id) < (:afterCreated::timestamptz, :afterId::uuid)', {
      afterCreated: page.after[0],
      afterId: page.after[1],
    });
  }
  const text = `
    SELECT a.id, a.outlet, a.url, a.headline, a.language, a.published_at, a.ingest_status, a.ingest_error,
      a.claim_count, a.created_at, a.submitted_by, k.name AS submitter_name, k.role AS submitter_role,
      ${ARTICLE_KEYS.map((key, index) => `${sortKeyText(key.expression, key.type)} AS key_${index}`).join(', ')}
    FROM articles a LEFT JOIN api_keys k ON k.id = a.submitted_by
    ${where.length ? `WHERE ${where.join('\n      AND ')}` : ''}
    ORDER BY a.created_at DESC, a.id DESC
    LIMIT :limit`;
  return { text, params };
}

/**
 * Each article's claims by status; a claim merged into another counts as decided when that claim is, since the desk
 * verifies it there.
 */
export const ARTICLE_PROGRESS = `
  SELECT c.article_id, c.review_status AS status, count(*)::int AS claims,
    count(*) FILTER (WHERE coalesce(joined.review_status, c.review_status) IN (${statusLiterals(DECIDED_STATUSES)}))::int
      AS decided
  FROM claims c LEFT JOIN claims joined ON joined.id = c.merged_into_id
  WHERE c.article_id = ANY(:articleIds::uuid[])
  GROUP BY c.article_id, c.review_status`;
