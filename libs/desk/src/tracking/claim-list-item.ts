import { type PersonRef } from '../people/person';
import { type KeyedRow } from './list-cursor';

export interface SourceRef {
  /** The registry entry; null only for claims filed before the registry. */
  id: string | null;
  name: string;
  type: string | null;
}

export interface ArticleRef {
  id: string;
  outlet: string;
  headline: string | null;
  url: string | null;
}

/** What a list row shows without a second call. */
export interface ClaimListItem {
  id: string;
  status: string;
  version: number;
  attributionVerdict: string | null;
  claimRating: string | null;
  source: SourceRef;
  via: SourceRef | null;
  cue: string | null;
  quote: string | null;
  content: string;
  priority: number;
  dueAt: string | null;
  overdue: boolean;
  /** Until when the assignee holds a claim in review. */
  leaseExpiresAt: string | null;
  assignee: PersonRef | null;
  reach: number;
  possibleDuplicateOf: string | null;
  article: ArticleRef | null;
  createdAt: string;
  decidedAt: string | null;
}

export interface ClaimPage {
  items: ClaimListItem[];
  nextCursor: string | null;
}

/** A row of `claimListStatement`. */
export interface ClaimListRow extends KeyedRow {
  id: string;
  status: string;
  version: number;
  attribution_verdict: string | null;
  claim_rating: string | null;
  source_id: string | null;
  source_name: string;
  source_type: string | null;
  via_source_id: string | null;
  via_name: string | null;
  via_type: string | null;
  cue: string | null;
  quote_type: string | null;
  content: string;
  priority: number;
  due_at: Date | null;
  overdue: boolean;
  lease_expires_at: Date | null;
  assignee_id: string | null;
  assignee_name: string | null;
  assignee_role: string | null;
  reach: number;
  possible_duplicate_of: string | null;
  article_id: string | null;
  outlet: string | null;
  headline: string | null;
  article_url: string | null;
  created_at: Date;
  decided_at: Date | null;
}

const iso = (date: Date | null): string | null => (date ? date.toISOString() : null);

export function toClaimListItem(row: ClaimListRow): ClaimListItem {
  return {
    id: row.id,
    status: row.status,
    version: row.version,
    attributionVerdict: row.attribution_verdict,
    claimRating: row.claim_rating,
    source: { id: row.source_id, name: row.source_name, type: row.source_type },
    via: row.via_name === null ? null : { id: row.via_source_id, name: row.via_name, type: row.via_type },
    cue: row.cue,
    quote: row.quote_type,
    content: row.content,
    priority: row.priority,
    dueAt: iso(row.due_at),
    overdue: row.overdue,
    leaseExpiresAt: iso(row.lease_expires_at),
    assignee: row.assignee_id
      ? { id: row.assignee_id, name: row.assignee_name as string, role: row.assignee_role as string }
      : null,
    reach: row.reach,
    possibleDuplicateOf: row.possible_duplicate_of,
    article:
      row.article_id && row.outlet !== null
        ? { id: row.article_id, outlet: row.outlet, headline: row.headline, url: row.article_url }
        : null,
    createdAt: row.created_at.toISOString(),
    decidedAt: iso(row.decided_at),
  };
}
