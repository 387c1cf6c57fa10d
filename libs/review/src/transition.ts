import { z } from 'zod';
import { EVENT_RULES, EventRule } from './machine';
import { PAYLOAD_SCHEMAS, Verdict } from './payloads';
import { Actor, ClaimSnapshot, ClaimStatus, REVIEW_EVENTS, ReviewEventName } from './vocabulary';

export type RefusalCode =
  'unknown_event' | 'forbidden_role' | 'invalid_state' | 'not_holder' | 'invalid_payload' | 'missing_evidence';

/** How an API answers each refusal. */
export const REFUSAL_HTTP_STATUS: Record<RefusalCode, 400 | 403 | 409> = {
  unknown_event: 409,
  forbidden_role: 403,
  invalid_state: 409,
  not_holder: 409,
  invalid_payload: 400,
  missing_evidence: 409,
};

export interface PayloadIssue {
  field: string;
  message: string;
}

export interface TransitionRefusal {
  ok: false;
  code: RefusalCode;
  /** Human readable, always names the event (except for an unknown one, which it quotes). */
  reason: string;
  /** `PayloadIssue[]` for `invalid_payload`. */
  details?: unknown;
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

const refuse = (code: RefusalCode, reason: string, details?: unknown): TransitionRefusal =>
  details === undefined ? { ok: false, code, reason } : { ok: false, code, reason, details };

const isEditor = (actor: Actor) => actor.role === 'editor' || actor.role === 'admin';
const isKnownEvent = (event: string): event is ReviewEventName => (REVIEW_EVENTS as readonly string[]).includes(event);

function holderRefusal(
  name: ReviewEventName,
  rule: EventRule,
  snapshot: ClaimSnapshot,
  actor: Actor,
): TransitionRefusal | null {
  if (isEditor(actor) || rule.holderCheck === 'none' || snapshot.assigneeId === actor.id) return null;
  if (rule.holderCheck === 'assignee_if_any' && snapshot.assigneeId === null) return null;
  const whose =
    snapshot.assigneeId === null ? `nobody is assigned; take it with 'claim'` : 'it is assigned to someone else';
  return refuse('not_holder', `event '${name}' is for the claim's assignee or an editor; ${whose}`);
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
 * state and holder or a refusal with a reason. Pure: the caller supplies the clock and persists the result.
 * Checks run in this order: event, role, state, holder, payload, evidence.
 */
export function transition(
  snapshot: ClaimSnapshot,
  event: string,
  actor: Actor,
  payload: unknown,
  now: Date,
): TransitionResult {
  if (!isKnownEvent(event)) {
    return refuse('unknown_event', `unknown event '${event}'; events are ${REVIEW_EVENTS.join(', ')}`);
  }
  const rule = EVENT_RULES[event];
  if (!rule.roles.includes(actor.role)) {
    return refuse('forbidden_role', `event '${event}' needs role ${rule.roles.join(' or ')}; caller is ${actor.role}`);
  }
  if (!rule.from.includes(snapshot.status)) {
    return refuse(
      'invalid_state',
      `event '${event}' is not allowed from '${snapshot.status}'; it applies to ${rule.from.join(', ')}`,
    );
  }
  const notHolder = holderRefusal(event, rule, snapshot, actor);
  if (notHolder) return notHolder;

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
