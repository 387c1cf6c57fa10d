export const CLAIM_STATUSES = [
  'new', 'queued', 'in_review', 'awaiting_approval', 'approved', 'on_hold', 'escalated', 'returned', 'discarded', 'reopened',
] as const;
export type ClaimStatus = (typeof CLAIM_STATUSES)[number];

/** Closed for work: nothing but `reopen` (from approved) leaves them. */
export const FINAL_STATUSES: readonly ClaimStatus[] = ['approved', 'discarded'];

export const REVIEW_EVENTS = [
  'triage', 'claim', 'release', 'start', 'hold', 'resume', 'escalate', 'submit', 'approve', 'return', 'discard', 'reopen',
  'reassign', 'lease_expired',
] as const;
export type ReviewEventName = (typeof REVIEW_EVENTS)[number];

export const ACTOR_ROLES = ['intake', 'reviewer', 'editor', 'admin', 'system'] as const;
export type ActorRole = (typeof ACTOR_ROLES)[number];

export interface Actor {
  id: string;
  role: ActorRole;
}

export interface ClaimSnapshot {
  status: ClaimStatus;
  assigneeId: string | null;
  lastReviewerId: string | null;
  evidenceCount: number;
}
