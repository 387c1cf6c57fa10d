/** The shapes of the API answers the desk reads (see /docs for the full documents). */
export type Role = 'intake' | 'reviewer' | 'editor' | 'admin';

export interface Session {
  keyId: string;
  name: string;
  role: Role;
  expiresAt: string | null;
}

export interface PersonRef {
  id: string;
  name: string;
  role: Role;
}

export interface Verdict {
  attributionVerdict: string;
  attributionNote: string;
  claimRating: string;
  ratingNote: string;
}

export interface ClaimListItem {
  id: string;
  status: string;
  version: number;
  attributionVerdict: string | null;
  claimRating: string | null;
  source: { id: string; name: string; type: string } | null;
  via: { id: string; name: string; type: string } | null;
  content: string;
  priority: number;
  dueAt: string | null;
  overdue: boolean;
  leaseExpiresAt: string | null;
  assignee: PersonRef | null;
  possibleDuplicateOf: string | null;
  article: { id: string; outlet: string; headline: string | null; url: string | null } | null;
  createdAt: string;
  decidedAt: string | null;
}

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

export interface Evidence {
  id: string;
  kind: string;
  url: string | null;
  title: string | null;
  note: string | null;
  addedBy: string;
  addedByName?: string;
  createdAt: string;
}

export interface HistoryEvent {
  event: string;
  from: string | null;
  to: string | null;
  actor: string | null;
  actorName?: string | null;
  role: string;
  at: string;
  payload: Record<string, unknown> | null;
}

export interface ClaimDetail {
  id: string;
  articleId: string | null;
  source: string;
  sourceType: string;
  via: string | null;
  cue: string;
  quote: string;
  content: string;
  start: number | null;
  end: number | null;
  status: string;
  priority: number;
  version: number;
  assigneeId: string | null;
  lastReviewerId: string | null;
  leaseExpiresAt: string | null;
  dueAt: string | null;
  verdict: Verdict | null;
  holdReason: string | null;
  statusNote: string | null;
  sourceId: string | null;
  viaSourceId: string | null;
  possibleDuplicateOf: string | null;
  duplicateSimilarity: number | null;
  article: { id: string; outlet: string; url: string | null; headline: string | null } | null;
  appearances: { id: string; articleId: string; outlet: string; url: string | null; similarity: number | null }[];
  evidence: Evidence[];
  history: HistoryEvent[];
}

export interface Article {
  id: string;
  outlet: string;
  url: string | null;
  headline: string | null;
  body?: string;
  status?: string;
  ingestStatus?: string;
  claims?: ClaimDetail[];
  createdAt: string;
  progress?: { claimsByStatus: Record<string, number>; claims: number; decided: number; decidedShare: number | null };
}

export interface SourceCounts {
  claims: number;
  approved: number;
  attribution: Record<string, number>;
  rating: Record<string, number>;
  risk?: { risk: number; decided: number; note: string };
}

export interface SourceDetail {
  id: string;
  name: string;
  type: string;
  notes: string | null;
  aliases: { id: string; alias: string }[];
  record: { asSource: SourceCounts; asRelay: SourceCounts };
  claims: { id: string; content: string; status: string; source: string }[];
}

export interface SourceListItem {
  id: string;
  name: string;
  type: string;
  claimCount: number;
  relayCount: number;
  aliases: string[];
}

export interface MachineEvent {
  name: string;
  roles: Role[];
  from: string[];
  holderCheck: 'none' | 'holder' | 'assignee_if_any';
  secondApprover: boolean;
  description: string;
  payload: { properties?: Record<string, JsonSchema>; required?: string[] };
}

export interface JsonSchema {
  type?: string;
  enum?: string[];
  default?: unknown;
  maxLength?: number;
  format?: string;
  anyOf?: JsonSchema[];
}

export interface Machine {
  rolesPassingHolderChecks: Role[];
  events: MachineEvent[];
  actions: { name: string; roles: Role[]; from: string[]; holderCheck: MachineEvent['holderCheck'] }[];
  policy: { requireSecondApprover: boolean };
  verdict: { attributionVerdicts: string[]; claimRatings: string[] };
}

export interface SourceFigure {
  id: string;
  name: string;
  type: string;
  claims: number;
  decided: number;
  problems: number;
  problemShare: number | null;
}

export interface Stats {
  asOf: string;
  claimsByStatus: Record<string, number>;
  decided: { total: number; byAttributionVerdict: Record<string, number>; byClaimRating: Record<string, number> };
  series: { start: string; articles: number; claims: number; approved: number }[];
  intakeToApproved: { approvals: number; p50Seconds: number | null; p90Seconds: number | null };
  openByPriority: Record<string, number>;
  overdue: { count: number; oldest: { claimId: string; dueAt: string; overdueSeconds: number } | null };
  topSources: { byClaims: SourceFigure[]; byProblemShare: SourceFigure[] };
  topRelays: { byClaims: SourceFigure[]; byProblemShare: SourceFigure[] };
}
