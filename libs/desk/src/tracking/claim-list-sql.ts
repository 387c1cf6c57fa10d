import { DECIDED_STATUSES, ON_DESK_STATUSES } from '@factdesk/review';
import { statusLiterals } from '../claims/status-literals';
import { type ClaimFilters, type ClaimSort, type ResolvedClaimQuery, type SortOrder } from './claim-filters';
import { type KeyType, sortKeyText } from './list-cursor';

export interface NamedStatement {
  /** SQL with `:name` parameters, for `bind`. */
  text: string;
  params: Record<string, unknown>;
}

interface SortSpec {
  /** The sort's keys, compared as one tuple; the index with the same expressions serves it without a sort. */
  keys: { expression: string; type: KeyType }[];
  /** The user-facing order in which the tuple ascends. */
  ascending: SortOrder;
}

/**
 * Each sort is a tuple in one direction, so paging is one row comparison the index can seek to, and `asc` is the
 * exact reverse of `desc`. Priority descends by its negation (`claims_list_priority_idx`) so that, within a priority,
 * the oldest claim comes first, as review/next takes them. A missing due or decided time sorts last in the default
 * order (due soonest first, decided latest first).
 */
export const SORTS: Record<ClaimSort, SortSpec> = {
  priority: {
    keys: [
      { expression: '(-c.priority)', type: 'int' },
      { expression: 'c.created_at', type: 'timestamptz' },
      { expression: 'c.id', type: 'uuid' },
    ],
    ascending: 'desc',
  },
  created: {
    keys: [
      { expression: 'c.created_at', type: 'timestamptz' },
      { expression: 'c.id', type: 'uuid' },
    ],
    ascending: 'asc',
  },
  due: {
    keys: [
      { expression: `coalesce(c.due_at, 'infinity'::timestamptz)`, type: 'timestamptz' },
      { expression: 'c.id', type: 'uuid' },
    ],
    ascending: 'asc',
  },
  decided: {
    keys: [
      { expression: `coalesce(c.decided_at, '-infinity'::timestamptz)`, type: 'timestamptz' },
      { expression: 'c.id', type: 'uuid' },
    ],
    ascending: 'asc',
  },
};

const ON_DESK = `c.review_status IN (${statusLiterals(ON_DESK_STATUSES)})`;
/** Matches claims_list_due_idx's expression, and a claim without a due time is never overdue. */
const OVERDUE = `(coalesce(c.due_at, 'infinity'::timestamptz) < now() AND ${ON_DESK})`;

/** What a list row shows, from the claim and its source, relay, assignee and article (one row each, by key). */
const ITEM_COLUMNS = `
  c.id, c.review_status AS status, c.version, c.verdict->>'attributionVerdict' AS attribution_verdict,
  c.verdict->>'claimRating' AS claim_rating, c.source_id, coalesce(s.name, c.source_name) AS source_name,
  coalesce(s.type, c.source_type) AS source_type, c.via_source_id, coalesce(v.name, c.via) AS via_name, v.type AS via_type,
  c.cue, c.quote_type, c.content, c.priority, c.due_at, ${OVERDUE} AS overdue, c.lease_expires_at,
  c.assignee_id, k.name AS assignee_name, k.role AS assignee_role, c.reach, c.possible_duplicate_of,
  c.article_id, a.outlet, a.headline, coalesce(a.url, c.article_url) AS article_url, c.created_at, c.decided_at`;

const JOINS = `
  LEFT JOIN sources s ON s.id = c.source_id
  LEFT JOIN sources v ON v.id = c.via_source_id
  LEFT JOIN api_keys k ON k.id = c.assignee_id
  LEFT JOIN articles a ON a.id = c.article_id`;

type Condition = [sql: string, params?: Record<string, unknown>];

/** One condition per filter given; every value is a named parameter. */
function conditions(filters: ClaimFilters): Condition[] {
  const all: (Condition | false | undefined)[] = [
    !!filters.status && ['c.review_status = ANY(:status::text[])', { status: filters.status }],
    !!filters.attributionVerdict && [
      `c.verdict IS NOT NULL AND c.verdict->>'attributionVerdict' = ANY(:attributionVerdict::text[])`,
      { attributionVerdict: filters.attributionVerdict },
    ],
    !!filters.claimRating && [
      `c.verdict IS NOT NULL AND c.verdict->>'claimRating' = ANY(:claimRating::text[])`,
      { claimRating: filters.claimRating },
    ],
    !!filters.sourceId && ['c.source_id = :sourceId::uuid', { sourceId: filters.sourceId }],
    !!filters.viaId && ['c.via_source_id = :viaId::uuid', { viaId: filters.viaId }],
    !!filters.articleId && ['c.article_id = :articleId::uuid', { articleId: filters.articleId }],
    !!filters.outlet && [
      'c.article_id IN (SELECT id FROM articles WHERE factdesk_fold(outlet) = factdesk_fold(:outlet))',
      { outlet: filters.outlet },
    ],
    filters.assignee === 'none' && ['c.assignee_id IS NULL'],
    !!filters.assignee &&
      filters.assignee !== 'none' && ['c.assignee_id = :assignee::uuid', { assignee: filters.assignee }],
    // Written on the negation so the comparison is on claims_list_priority_idx's expression.
    filters.priorityMin !== undefined && ['(-c.priority) <= :negatedMin::int', { negatedMin: -filters.priorityMin }],
    filters.priorityMax !== undefined && ['(-c.priority) >= :negatedMax::int', { negatedMax: -filters.priorityMax }],
    filters.overdue === true && [OVERDUE],
    filters.overdue === false && [`NOT ${OVERDUE}`],
    filters.suggestedDuplicate === true && ['c.possible_duplicate_of IS NOT NULL'],
    filters.suggestedDuplicate === false && ['c.possible_duplicate_of IS NULL'],
    !!filters.createdFrom && ['c.created_at >= :createdFrom::timestamptz', { createdFrom: filters.createdFrom }],
    !!filters.createdTo && ['c.created_at < :createdTo::timestamptz', { createdTo: filters.createdTo }],
    !!filters.decidedFrom && [
      `coalesce(c.decided_at, '-infinity'::timestamptz) >= :decidedFrom::timestamptz`,
      { decidedFrom: filters.decidedFrom },
    ],
    !!filters.decidedTo && [
      `coalesce(c.decided_at, '-infinity'::timestamptz) < :decidedTo::timestamptz`,
      { decidedTo: filters.decidedTo },
    ],
    onlyDecided(filters) && ['c.decided_at IS NOT NULL'],
    !!filters.q && [
      `c.id IN (SELECT claim_id FROM claim_search WHERE document @@ websearch_to_tsquery('english', factdesk_fold(:q)))`,
      { q: filters.q },
    ],
  ];
  return all.filter((condition): condition is Condition => !!condition);
}

/**
 * Says out loud what the statuses or a decided range already imply (the check constraint ties decided_at to the
 * decided statuses), so the planner may use the partial index of decided claims.
 */
const onlyDecided = (filters: ClaimFilters): boolean =>
  !!filters.decidedFrom ||
  !!filters.decidedTo ||
  (!!filters.status?.length && filters.status.every((status) => DECIDED_STATUSES.includes(status as never)));

/**
 * The statement for a page of claims (`after`: the last page's keys; `limit`: rows to fetch) or, with neither, for the
 * whole list in the same order (the export). Key columns come back as `key_0`, `key_1` ... as text, for the cursor.
 */
export function claimListStatement(
  query: ResolvedClaimQuery,
  page: { after?: string[]; limit?: number } = {},
): NamedStatement {
  const spec = SORTS[query.sort];
  const ascending = query.order === spec.ascending;
  const found = conditions(query.filters);
  const params: Record<string, unknown> = {};
  for (const [, values] of found) Object.assign(params, values);
  const where = found.map(([sql]) => sql);
  if (page.after) {
    const placeholders = spec.keys.map(({ type }, index) => `:after${index}::${type}`);
    where.push(
      `(${spec.keys.map((key) => key.expression).join(', ')}) ${ascending ? '>' : '<'} (${placeholders.join(', ')})`,
    );
    page.after.forEach((value, index) => (params[`after${index}`] = value));
  }
  if (page.limit !== undefined) params.limit = page.limit;
  const orderBy = `ORDER BY ${spec.keys.map((key) => `${key.expression} ${ascending ? 'ASC' : 'DESC'}`).join(', ')}`;
  // The page is chosen from claims alone; sources, assignee and article are joined to its rows only, not to every
  // claim a sort must look at.
  const text = `
    SELECT ${ITEM_COLUMNS}, ${spec.keys.map((key, index) => `${sortKeyText(key.expression, key.type)} AS key_${index}`).join(', ')}
    FROM (
      SELECT c.* FROM claims c
      ${where.length ? `WHERE ${where.join('\n        AND ')}` : ''}
      ${orderBy}
      ${page.limit !== undefined ? 'LIMIT :limit' : ''}
    ) c ${JOINS}
    ${orderBy}`;
  return { text, params };
}

export const sortKeyTypes = (sort: ClaimSort): KeyType[] => SORTS[sort].keys.map((key) => key.type);
