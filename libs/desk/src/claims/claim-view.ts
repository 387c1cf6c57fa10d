import { type ArticleEntity, type ClaimEntity } from '@factdesk/persistence';

export interface ClaimView {
  id: string;
  articleId: string | null;
  source: string;
  sourceType: string;
  via: string | null;
  cue: string | null;
  quote: string | null;
  content: string;
  start: number | null;
  end: number | null;
  sentence: number | null;
  confidence: number | null;
  status: string;
  priority: number;
  version: number;
  assigneeId: string | null;
  lastReviewerId: string | null;
  leaseExpiresAt: string | null;
  dueAt: string | null;
  slaBreachedAt: string | null;
  /** When the claim was approved or discarded; null while it is not. */
  decidedAt: string | null;
  verdict: object | null;
  holdReason: string | null;
  resumeAt: string | null;
  statusNote: string | null;
  sourceId: string | null;
  viaSourceId: string | null;
  /** 0..1, the transparent check-worthiness score (its features are in the claim's detail). */
  checkWorthiness: number | null;
  /** Articles carrying the claim. */
  reach: number;
  /** For a `merged` claim: the claim the desk verifies instead, with its status and, once approved, its verdict. */
  matchedClaim: MatchedClaim | null;
  /** A similar claim of the same source that a reviewer should confirm (`confirm_duplicate`) or reject. */
  possibleDuplicateOf: string | null;
  duplicateSimilarity: number | null;
  createdAt: string;
}

export interface MatchedClaim {
  id: string;
  status: string;
  verdict: object | null;
}

export interface ArticleView {
  id: string;
  outlet: string;
  url: string | null;
  headline: string | null;
  /** The text the claims' start and end offsets point into. */
  body: string;
  language: string | null;
  publishedAt: string | null;
  status: string;
  error: string | null;
  claimCount: number | null;
  createdAt: string;
  claims: ClaimView[];
}

const iso = (date: Date | null | undefined): string | null => (date ? date.toISOString() : null);

export function toClaimView(
  claim: ClaimEntity,
  matched?: Pick<ClaimEntity, 'id' | 'status' | 'verdict'> | null,
): ClaimView {
  return {
    id: claim.id,
    articleId: claim.articleId,
    source: claim.source,
    sourceType: claim.sourceType,
    via: claim.via,
    cue: claim.cue,
    quote: claim.quote,
    content: claim.content,
    start: claim.start,
    end: claim.end,
    sentence: claim.sentence,
    confidence: claim.confidence,
    status: claim.status,
    priority: claim.priority,
    version: claim.version,
    assigneeId: claim.assigneeId,
    lastReviewerId: claim.lastReviewerId,
    leaseExpiresAt: iso(claim.leaseExpiresAt),
    dueAt: iso(claim.dueAt),
    slaBreachedAt: iso(claim.slaBreachedAt),
    decidedAt: iso(claim.decidedAt),
    verdict: claim.verdict,
    holdReason: claim.holdReason,
    resumeAt: iso(claim.resumeAt),
    statusNote: claim.statusNote,
    sourceId: claim.sourceId,
    viaSourceId: claim.viaSourceId,
    checkWorthiness: claim.checkWorthiness,
    reach: claim.reach,
    matchedClaim: matched
      ? { id: matched.id, status: matched.status, verdict: matched.status === 'approved' ? matched.verdict : null }
      : null,
    possibleDuplicateOf: claim.possibleDuplicateOf,
    duplicateSimilarity: claim.duplicateSimilarity,
    createdAt: claim.createdAt.toISOString(),
  };
}

/** `matched`: the claims that the article's merged claims joined, by id. */
export function toArticleView(article: ArticleEntity, matched: Map<string, ClaimEntity> = new Map()): ArticleView {
  return {
    id: article.id,
    outlet: article.outlet,
    url: article.url,
    headline: article.headline,
    body: article.body,
    language: article.language,
    publishedAt: iso(article.publishedAt),
    status: article.status,
    error: article.ingestError,
    claimCount: article.claimCount,
    createdAt: article.createdAt.toISOString(),
    claims: (article.claims ?? []).map((claim) =>
      toClaimView(claim, claim.mergedIntoId ? matched.get(claim.mergedIntoId) : null),
    ),
  };
}
