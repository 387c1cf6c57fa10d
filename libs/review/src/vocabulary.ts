export const CLAIM_STATUSES = [
  'new',
  'queued',
  'in_review',
  'awaiting_approval',
  'approved',
  'on_hold',
  'escalated',
  'returned',
  'discarded',
  'reopened',
  'merged',
] as const;
export type ClaimStatus = (typeof CLAIM_STATUSES)[number];

/** Closed for work: only `reopen` (from approved) and `split` (from merged) leave one of them. */
export const FINAL_STATUSES: readonly ClaimStatus[] = ['approved', 'discarded', 'merged'];

/** The desk's decision on the claim is in: a published verdict, or not check-worthy. */
export const DECIDED_STATUSES: readonly ClaimStatus[] = ['approved', 'discarded'];

/** Triaged and not closed: the claims the desk is working on, each with an SLA due time. */
export const ON_DESK_STATUSES: readonly ClaimStatus[] = CLAIM_STATUSES.filter(
  (status) => status !== 'new' && !FINAL_STATUSES.includes(status),
);

export const REVIEW_EVENTS = [
  'triage',
  'claim',
  'release',
  'start',
  'hold',
  'resume',
  'escalate',
  'submit',
  'approve',
  'return',
  'discard',
  'reopen',
  'reassign',
  'lease_expired',
  'match',
  'merge',
  'confirm_duplicate',
  'reject_duplicate',
  'split',
] as const;
export type ReviewEventName = (typeof REVIEW_EVENTS)[number];

/** `system` is the pipeline's own actor (triage, lease sweeper); no API key carries it. */
export const ACTOR_ROLES = ['intake', 'reviewer', 'editor', 'admin', 'system'] as const;
export type ActorRole = (typeof ACTOR_ROLES)[number];

export interface Actor {
  id: string;
  role: ActorRole;
}

/** What the machine needs to know about a claim; the caller reads it under the row lock. */
export interface ClaimSnapshot {
  status: ClaimStatus;
  /** Who holds the claim (in review, on hold, escalated, awaiting approval) or has it in their list (returned, reopened). */
  assigneeId: string | null;
  /** Who last took the claim into `in_review`: where `return` and `reopen` send it back. */
  lastReviewerId: string | null;
  evidenceCount: number;
  /** Who fired the `submit` of the verdict awaiting approval; the desk reads it for events with a second-approver rule. */
  submittedBy?: string | null;
}
