import { type z } from 'zod';
import { authorise, refuse, type TransitionRefusal } from './guards';
import { EVENT_RULES, type EventRule } from './machine';
import { PAYLOAD_SCHEMAS, type Verdict } from './payloads';
import { type Actor, type ClaimSnapshot, type ClaimStatus, REVIEW_EVENTS, type ReviewEventName } from './vocabulary';

/** What a desk decides for itself; the machine's rules say where each setting applies. */
export interface ReviewPolicy {
  /** Four eyes: an event with `secondApprover` (approve) is refused to the verdict's authors. */
  requireSecondApprover: boolean;
}
export const DEFAULT_REVIEW_POLICY: ReviewPolicy = { requireSecondApprover: true };

export interface PayloadIssue {
  field: string;
  message: string;
}

export interface TransitionSuccess {
  ok: true;
  to: ClaimStatus;
  assigneeId: string | null;
  lastReviewerId: string | null;
  /** Set by `submit`. */
  verdict?: Verdict;
  /** Set by `hold`; `resumeAt` is an ISO instant (`toISOString()`) when given. */
  holdReason?: string;
  resumeAt?: string;
  /** The note or reason given with any other event (release, escalate, approve, return, discard, reopen, reassign). */
  note?: string;
  /** The validated payload with defaults applied, for the audit log. */
  normalisedPayload: Record<string, unknown>;
}

export type TransitionResult = TransitionSuccess | TransitionRefusal;

const isKnownEvent = (event: string): event is ReviewEventName => (REVIEW_EVENTS as readonly string[]).includes(event);

/** The verdict's authors: who submitted it, and the reviewer of record who worked on it. */
function secondApproverRefusal(
  name: ReviewEventName,
  rule: EventRule,
  snapshot: ClaimSnapshot,
  actor: Actor,
  policy: ReviewPolicy,
): TransitionRefusal | null {
  if (!rule.secondApprover || !policy.requireSecondApprover) return null;
  const role =
    snapshot.submittedBy === actor.id ? 'submitted' : snapshot.lastReviewerId === actor.id ? 'reviewed' : null;
  if (!role) return null;
  return refuse(
    'needs_second_approver',
    `event '${name}' needs a second person: the caller ${role} this verdict, so another editor must approve it`,
  );
}

function payloadRefusal(name: ReviewEventName, issues: PayloadIssue[]): TransitionRefusal {
  const listed = issues.map((issue) => `${issue.field} ${issue.message}`).join('; ');
  return refuse('invalid_payload', `event '${name}' payload is invalid: ${listed}`, issues);
}

const zodIssues = (error: z.ZodError): PayloadIssue[] =>
  error.issues.map((issue) => ({ field: issue.path.join('.') || 'payload', message: issue.message }));

/** Checks that need the clock or the snapshot, after the schema has passed. */
function contextIssues(
  name: ReviewEventName,
  payload: Record<string, unknown>,
  snapshot: ClaimSnapshot,
  now: Date,
): PayloadIssue[] {
  if (name === 'hold' && typeof payload.resumeAt === 'string' && Date.parse(payload.resumeAt) <= now.getTime()) {
    return [{ field: 'resumeAt', message: 'must be in the future' }];
  }
  if (name === 'reassign' && payload.assigneeId === snapshot.assigneeId) {
    return [{ field: 'assigneeId', message: 'already has the claim; name another reviewer' }];
  }
  return [];
}

function nextAssignee(
  rule: EventRule,
  snapshot: ClaimSnapshot,
  actor: Actor,
  payload: Record<string, unknown>,
): string | null {
  const reviewerOfRecord = snapshot.assigneeId ?? snapshot.lastReviewerId;
  switch (rule.assignee) {
    case 'actor':
      return actor.id;
    case 'keep':
      return snapshot.assigneeId;
    case 'none':
      return null;
    case 'payload':
      return payload.assigneeId as string;
    case 'reviewer_of_record':
      return reviewerOfRecord;
    case 'reviewer_or_queue':
      return payload.target === 'queue' ? null : reviewerOfRecord;
  }
}

/**
 * The review machine: given a claim's snapshot, an event, who fires it and with what payload, either the claim's next
 * state and holder or a refusal with a reason. Pure: the caller supplies the clock and the desk's policy, and persists
 * the result. Checks run in this order: event, role, state, holder, second approver, payload, evidence.
 */
export function transition(
  snapshot: ClaimSnapshot,
  event: string,
  actor: Actor,
  payload: unknown,
  now: Date,
  policy: ReviewPolicy = DEFAULT_REVIEW_POLICY,
): TransitionResult {
  if (!isKnownEvent(event)) {
    return refuse('unknown_event', `unknown event '${event}'; events are ${REVIEW_EVENTS.join(', ')}`);
  }
  const rule = EVENT_RULES[event];
  const refused =
    authorise(`event '${event}'`, rule, snapshot, actor) ?? secondApproverRefusal(event, rule, snapshot, actor, policy);
  if (refused) return refused;

  const parsed = PAYLOAD_SCHEMAS[rule.payload].safeParse(payload ?? {});
  if (!parsed.success) return payloadRefusal(event, zodIssues(parsed.error));
  const valid: Record<string, unknown> = parsed.data;
  const issues = contextIssues(event, valid, snapshot, now);
  if (issues.length > 0) return payloadRefusal(event, issues);
  if (rule.requiresEvidence && snapshot.evidenceCount < 1) {
    return refuse('missing_evidence', `event '${event}' needs at least one evidence item on the claim; it has none`);
  }

  const assigneeId = nextAssignee(rule, snapshot, actor, valid);
  if (rule.assignee === 'reviewer_or_queue' && valid.target === 'reviewer' && assigneeId === null) {
    return refuse(
      'invalid_state',
      `event '${event}' cannot go back to a reviewer: the claim has none; use target 'queue'`,
    );
  }
  const to =
    rule.to === 'unchanged'
      ? snapshot.status
      : typeof rule.to === 'string'
        ? rule.to
        : assigneeId
          ? rule.to.withReviewer
          : rule.to.toQueue;
  const note = (valid.note ?? valid.reason) as string | undefined;
  return {
    ok: true,
    to,
    assigneeId,
    lastReviewerId: to === 'in_review' ? assigneeId : snapshot.lastReviewerId,
    ...(event === 'submit' ? { verdict: valid as Verdict } : {}),
    ...(event === 'hold'
      ? { holdReason: valid.reason as string, ...(valid.resumeAt ? { resumeAt: valid.resumeAt as string } : {}) }
      : {}),
    ...(event !== 'hold' && note !== undefined ? { note } : {}),
    normalisedPayload: valid,
  };
}
