import { ArticleEntity, ClaimEntity, EvidenceEntity, ReviewEventEntity } from '@factdesk/persistence';
import { ClaimView, toClaimView } from './claim-view';

export interface HistoryEntry {
  event: string;
  from: string | null;
  to: string;
  actor: string | null;
  role: string;
  at: string;
  payload: object;
}

export interface EvidenceView {
  id: string;
  kind: string;
  url: string | null;
  title: string | null;
  note: string;
  addedBy: string;
  createdAt: string;
}

export interface ArticleContext {
  id: string;
  outlet: string;
  url: string | null;
  headline: string | null;
  /** The paragraph holding the claim, and where the claim sits in it, for highlighting. */
  paragraph: string;
  highlightStart: number;
  highlightEnd: number;
}

export interface ClaimDetail extends ClaimView {
  article: ArticleContext | null;
  articleUrl: string | null;
  note: string | null;
  evidence: EvidenceView[];
  history: HistoryEntry[];
}

export const toHistoryEntry = (event: ReviewEventEntity): HistoryEntry => ({
  event: event.event,
  from: event.from,
  to: event.to,
  actor: event.actorId,
  role: event.actorRole,
  at: event.at.toISOString(),
  payload: event.payload,
});

export const toEvidenceView = (evidence: EvidenceEntity): EvidenceView => ({
  id: evidence.id,
  kind: evidence.kind,
  url: evidence.url,
  title: evidence.title,
  note: evidence.note,
  addedBy: evidence.addedBy,
  createdAt: evidence.createdAt.toISOString(),
});

function articleContext(article: ArticleEntity, claim: ClaimEntity): ArticleContext {
  const start = claim.start ?? 0;
  const end = claim.end ?? start;
  const paragraphStart = article.body.lastIndexOf('\n', Math.max(0, start - 1)) + 1;
  const newline = article.body.indexOf('\n', end);
  const paragraphEnd = newline === -1 ? article.body.length : newline;
  return {
    id: article.id,
    outlet: article.outlet,
    url: article.url,
    headline: article.headline,
    paragraph: article.body.slice(paragraphStart, paragraphEnd),
    highlightStart: start - paragraphStart,
    highlightEnd: end - paragraphStart,
  };
}

export function toClaimDetail(claim: ClaimEntity, article: ArticleEntity | null, evidence: EvidenceEntity[], history: ReviewEventEntity[]): ClaimDetail {
  return {
    ...toClaimView(claim),
    article: article ? articleContext(article, claim) : null,
    articleUrl: claim.articleUrl ?? article?.url ?? null,
    note: claim.note,
    evidence: evidence.map(toEvidenceView),
    history: history.map(toHistoryEntry),
  };
}
