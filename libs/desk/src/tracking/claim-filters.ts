import { DomainError } from '@factdesk/platform';
import { ON_DESK_STATUSES } from '@factdesk/review';

export const CLAIM_SORTS = ['priority', 'created', 'due', 'decided'] as const;
export type ClaimSort = (typeof CLAIM_SORTS)[number];
export const SORT_ORDERS = ['asc', 'desc'] as const;
export type SortOrder = (typeof SORT_ORDERS)[number];

/** Each filter narrows the list; all given must hold. Values arrive checked by the HTTP layer (types, enums). */
export interface ClaimFilters {
  status?: string[];
  attributionVerdict?: string[];
  claimRating?: string[];
  sourceId?: string;
  viaId?: string;
  outlet?: string;
  articleId?: string;
  /** A key id, `me` (the caller) or `none` (unassigned). */
  assignee?: string;
  priorityMin?: number;
  priorityMax?: number;
  overdue?: boolean;
  suggestedDuplicate?: boolean;
  createdFrom?: Date;
  createdTo?: Date;
  decidedFrom?: Date;
  decidedTo?: Date;
  /** Web-search syntax over content, source and relay names and the article's headline. */
  q?: string;
}

export interface ClaimOrder {
  sort?: ClaimSort;
  order?: SortOrder;
}

/** The filters with `me` resolved and defaults applied: what a statement is built from and a cursor is bound to. */
export interface ResolvedClaimQuery {
  filters: ClaimFilters;
  sort: ClaimSort;
  order: SortOrder;
}

const DEFAULT_ORDER: Record<ClaimSort, SortOrder> = { priority: 'desc', created: 'desc', due: 'asc', decided: 'desc' };

/** Open work is read by priority (as review/next hands it out); everything else newest first. */
export function defaultSort(filters: ClaimFilters): ClaimSort {
  const onDesk = filters.status?.length && filters.status.every((status) => ON_DESK_STATUSES.includes(status as never));
  return onDesk || filters.overdue ? 'priority' : 'created';
}

const invalid = (field: string, problem: string): DomainError =>
  new DomainError('invalid_input', `${field} ${problem}`, [{ field, errors: [problem] }]);

function checkRange<T extends number | Date>(filters: ClaimFilters, from: keyof ClaimFilters, to: keyof ClaimFilters) {
  const low = filters[from] as T | undefined;
  const high = filters[to] as T | undefined;
  if (low !== undefined && high !== undefined && Number(low) > Number(high)) {
    throw invalid(from, `must not be after ${to}`);
  }
}

const sortedUnique = (values?: string[]) => (values?.length ? [...new Set(values)].sort() : undefined);

/**
 * Checks what one field alone cannot (ranges the right way round), resolves `assignee=me` to the caller's key and
 * applies the default sort. Arrays are sorted and deduplicated, so the same filters always give the same cursor
 * fingerprint.
 */
export function resolveClaimQuery(filters: ClaimFilters, order: ClaimOrder, callerKeyId: string): ResolvedClaimQuery {
  checkRange(filters, 'priorityMin', 'priorityMax');
  checkRange(filters, 'createdFrom', 'createdTo');
  checkRange(filters, 'decidedFrom', 'decidedTo');
  const q = filters.q?.trim();
  const resolved: ClaimFilters = {
    ...filters,
    status: sortedUnique(filters.status),
    attributionVerdict: sortedUnique(filters.attributionVerdict),
    claimRating: sortedUnique(filters.claimRating),
    assignee: filters.assignee === 'me' ? callerKeyId : filters.assignee,
    q: q || undefined,
  };
  const sort = order.sort ?? defaultSort(resolved);
  return { filters: resolved, sort, order: order.order ?? DEFAULT_ORDER[sort] };
}
