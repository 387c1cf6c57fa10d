import type { SourceRisk } from '@factdesk/matching';
import type { SourceEventView } from './source-edit';
import type { TrackRecord } from './track-record';

export interface SourceListItem {
  id: string;
  name: string;
  type: string;
  /** Claims it made, merged appearances not counted twice. */
  claimCount: number;
  /** Claims it relayed (`via`). */
  relayCount: number;
  aliases: string[];
}

export interface SourcePage {
  sources: SourceListItem[];
  nextCursor: string | null;
}

export interface SourceAliasView {
  id: string;
  alias: string;
  aliasKey: string;
  createdBy: string | null;
  createdAt: string;
}

export interface SourceClaimView {
  id: string;
  content: string;
  /** The name as the article wrote it. */
  source: string;
  status: string;
  via: string | null;
  reach: number;
  checkWorthiness: number | null;
  verdict: { attributionVerdict: string | null; claimRating: string | null } | null;
  articleId: string | null;
  createdAt: string;
}

export interface SourceDetail {
  id: string;
  name: string;
  key: string;
  type: string;
  notes: string | null;
  createdAt: string;
  updatedAt: string;
  aliases: SourceAliasView[];
  record: {
    asSource: TrackRecord & { risk: SourceRisk };
    asRelay: TrackRecord;
    /** For an outlet or platform: its unnamed sources' claims ("sources cited by ..."), or null when it has none. */
    unnamedSources: UnnamedSourcesRecord | null;
  };
  claims: SourceClaimView[];
  relayed: SourceClaimView[];
  /** Editors' changes (renamed, retyped, notes_changed), oldest first. */
  history: SourceEventView[];
}

export type UnnamedSourcesRecord = TrackRecord & { sourceId: string; name: string; risk: SourceRisk };

export interface AliasAdded extends SourceAliasView {
  sourceId: string;
  /** Registry rows under the alias's key that became this source, with the claims that moved. */
  folded: { id: string; name: string; type: string }[];
  movedClaims: number;
  movedRelays: number;
}

export interface SourceClaimRow {
  id: string;
  content: string;
  source_name: string;
  review_status: string;
  via: string | null;
  reach: number;
  check_worthiness: number | null;
  attribution_verdict: string | null;
  claim_rating: string | null;
  has_verdict: boolean;
  article_id: string | null;
  created_at: Date;
}

export const toSourceClaimView = (row: SourceClaimRow): SourceClaimView => ({
  id: row.id,
  content: row.content,
  source: row.source_name,
  status: row.review_status,
  via: row.via,
  reach: row.reach,
  checkWorthiness: row.check_worthiness,
  verdict: row.has_verdict ? { attributionVerdict: row.attribution_verdict, claimRating: row.claim_rating } : null,
  articleId: row.article_id,
  createdAt: row.created_at.toISOString(),
});
