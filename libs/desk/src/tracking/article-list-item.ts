import { type PersonRef } from '../people/person';
import { type KeyedRow } from './list-cursor';

export interface VerificationProgress {
  /** The article's claims by their own status (`merged` ones are verified as the claim they joined). */
  claimsByStatus: Record<string, number>;
  claims: number;
  /** Approved or discarded, directly or through the claim they were merged into. */
  decided: number;
  /** decided / claims, 0-1; null for an article without claims. */
  decidedShare: number | null;
}

export interface ArticleListItem {
  id: string;
  outlet: string;
  url: string | null;
  headline: string | null;
  language: string | null;
  publishedAt: string | null;
  ingestStatus: string;
  error: string | null;
  claimCount: number | null;
  createdAt: string;
  submittedBy: PersonRef | null;
  progress: VerificationProgress;
}

export interface ArticlePage {
  items: ArticleListItem[];
  nextCursor: string | null;
}

export interface ArticleListRow extends KeyedRow {
  id: string;
  outlet: string;
  url: string | null;
  headline: string | null;
  language: string | null;
  published_at: Date | null;
  ingest_status: string;
  ingest_error: string | null;
  claim_count: number | null;
  created_at: Date;
  submitted_by: string | null;
  submitter_name: string | null;
  submitter_role: string | null;
}

export interface ProgressRow {
  article_id: string;
  status: string;
  claims: number;
  decided: number;
}

/** The progress rows of many articles, one summary per article (every listed article has one, claims or not). */
export function progressByArticle(articleIds: string[], rows: ProgressRow[]): Map<string, VerificationProgress> {
  const progress = new Map<string, VerificationProgress>(
    articleIds.map((id) => [id, { claimsByStatus: {}, claims: 0, decided: 0, decidedShare: null }]),
  );
  for (const row of rows) {
    const entry = progress.get(row.article_id);
    if (!entry) continue;
    entry.claimsByStatus[row.status] = row.claims;
    entry.claims += row.claims;
    entry.decided += row.decided;
  }
  for (const entry of progress.values()) entry.decidedShare = entry.claims ? entry.decided / entry.claims : null;
  return progress;
}

export const toArticleListItem = (row: ArticleListRow, progress: VerificationProgress): ArticleListItem => ({
  id: row.id,
  outlet: row.outlet,
  url: row.url,
  headline: row.headline,
  language: row.language,
  publishedAt: row.published_at ? row.published_at.toISOString() : null,
  ingestStatus: row.ingest_status,
  error: row.ingest_error,
  claimCount: row.claim_count,
  createdAt: row.created_at.toISOString(),
  submittedBy: row.submitted_by
    ? { id: row.submitted_by, name: row.submitter_name as string, role: row.submitter_role as string }
    : null,
  progress,
});
