import {
  type ArticleEntity,
  type ClaimAppearanceEntity,
  type ClaimEntity,
  type EvidenceEntity,
  type ReviewEventEntity,
} from '@factdesk/persistence';
import { type ConflictView } from '../matching/claim-conflicts';
import { type PersonRef } from '../people/person';
import { type ClaimView, toClaimView } from './claim-view';

/** Names and roles of the keys that acted, by key id. */
export type People = Map<string, PersonRef>;

export interface HistoryEntry {
  /** The claim the event happened to: this claim, or one merged into it. */
  claimId: string;
  event: string;
  from: string | null;
  to: string;
  /** The API key that acted; null for the system. */
  actor: string | null;
  /** That key's name, so a reader sees who acted without a second call. */
  actorName: string | null;
  /** The role the actor acted in. */
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
  addedByName: string | null;
  addedByRole: string | null;
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

export interface AppearanceView {
  id: string;
  /** The claim as extracted from that article (this claim itself for its first appearance). */
  originClaimId: string;
  articleId: string | null;
  outlet: string | null;
  url: string | null;
  start: number | null;
  end: number | null;
  publishedAt: string | null;
  similarity: number;
  createdAt: string;
}

export interface ClaimDetail extends ClaimView {
  article: ArticleContext | null;
  /** Every article carrying the claim, first seen first. */
  appearances: AppearanceView[];
  /** How `checkWorthiness` was reached: each feature's value, weight and contribution. */
  worthinessFeatures: object | null;
  articleUrl: string | null;
  note: string | null;
  evidence: EvidenceView[];
  history: HistoryEntry[];
  /** Claims of the same speaker that say the same with other figures, linked for a reviewer to settle. */
  conflicts: ConflictView[];
}

export const toHistoryEntry = (event: ReviewEventEntity, people: People): HistoryEntry => ({
  claimId: event.claimId,
  event: event.event,
  from: event.from,
  to: event.to,
  actor: event.actorId,
  actorName: event.actorId ? (people.get(event.actorId)?.name ?? null) : null,
  role: event.actorRole,
  at: event.at.toISOString(),
  payload: event.payload,
});

export const toEvidenceView = (evidence: EvidenceEntity, people: People): EvidenceView => ({
  id: evidence.id,
  kind: evidence.kind,
  url: evidence.url,
  title: evidence.title,
  note: evidence.note,
  addedBy: evidence.addedBy,
  addedByName: people.get(evidence.addedBy)?.name ?? null,
  addedByRole: people.get(evidence.addedBy)?.role ?? null,
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

export const toAppearanceView = (appearance: ClaimAppearanceEntity): AppearanceView => ({
  id: appearance.id,
  originClaimId: appearance.originClaimId,
  articleId: appearance.articleId,
  outlet: appearance.outlet,
  url: appearance.url,
  start: appearance.start,
  end: appearance.end,
  publishedAt: appearance.publishedAt ? appearance.publishedAt.toISOString() : null,
  similarity: appearance.similarity,
  createdAt: appearance.createdAt.toISOString(),
});

export interface ClaimRecords {
  article: ArticleEntity | null;
  matched: ClaimEntity | null;
  appearances: ClaimAppearanceEntity[];
  evidence: EvidenceEntity[];
  history: ReviewEventEntity[];
  conflicts: ConflictView[];
  /** Who added the evidence and who acted in the history. */
  people: People;
}

export function toClaimDetail(
  claim: ClaimEntity,
  { article, matched, appearances, evidence, history, conflicts, people }: ClaimRecords,
): ClaimDetail {
  return {
    ...toClaimView(claim, matched),
    article: article ? articleContext(article, claim) : null,
    appearances: appearances.map(toAppearanceView),
    worthinessFeatures: claim.worthinessFeatures,
    articleUrl: claim.articleUrl ?? article?.url ?? null,
    note: claim.note,
    evidence: evidence.map((item) => toEvidenceView(item, people)),
    history: history.map((event) => toHistoryEntry(event, people)),
    conflicts,
  };
}
