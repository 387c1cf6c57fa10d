import { z } from 'zod';
import { EVENT_RULES, EventRule } from './machine';
import { PAYLOAD_SCHEMAS, Verdict } from './payloads';
import { Actor, ClaimSnapshot, ClaimStatus, REVIEW_EVENTS, ReviewEventName } from './vocabulary';

export type RefusalCode = 'unknown_event' | 'forbidden_role' | 'invalid_state' | 'not_holder' | 'invalid_payload' | 'missing_evidence';

export interface TransitionRefusal {
  ok: false;
  code: RefusalCode;
  reason: string;
  details?: unknown;
}

export interface TransitionSuccess {
  ok: true;
  to: ClaimStatus;
  assigneeId: string | null;
  lastReviewerId: string | null;
  verdict?: Verdict;
  holdReason?: string;
  resumeAt?: string;
  /** The note or reason that goes with return, discard, reopen, release, approve or reassign. */
  note?: string | null;
  /** The validated payload, as stored in the audit log. */
  normalisedPayload: Record<string, unknown>;
}

export type TransitionResult = TransitionSuccess | TransitionRefusal;

const EDITORS = new Set(['editor', 'admin']);

const refuse = (code: RefusalCode, reason: string, details?: unknown): TransitionRefusal => ({ ok: false, code, reason, details });

function nextAssignee(rule: EventRule, snapshot: ClaimSnapshot, actor: Actor, payload: Record<string, unknown>): string | null {
  switch (rule.assignee) {
    case 'actor':
      return actor.id;
    case 'keep':
      return snapshot.assigneeId;
    case 'none':
      return null;
    case 'payload':
      return payload.assigneeId as string;
    case 'last_reviewer':
      return snapshot.lastReviewerId ?? snapshot.assigneeId;
    case 'by_payload_target':
      return payload.target === 'last_reviewer' ? snapshot.lastReviewerId : null;
  }
}

function issues(error: z.ZodError): { field: string; errors: string[] }[] {
  return error.issues.map((issue) => ({ field: issue.path.join('.') || '(payload)', errors: [issue.message] }));
}

/**
 * The review machine: given a claim's state, an event, who fires it and with what, either the next state and
 * holder or a refusal with a reason. Pure: the caller persists the result and supplies the clock.
 */
export function transition(
  snapshot: ClaimSnapshot,
  event: string,
  actor: Actor,
  payload: Record<string, unknown>,
  now: Date,
): TransitionResult {
  if (!(REVIEW_EVENTS as readonly string[]).includes(event)) {
    return refuse('unknown_event', `unknown event '${event}'; events are ${REVIEW_EVENTS.join(', ')}`);
  }
  const name = event as ReviewEventName;
  const rule = EVENT_RULES[name];
  if (!rule.roles.includes(actor.role)) {
    return refuse('forbidden_role', `event '${name}' needs role ${rule.roles.join(' or ')}; caller is ${actor.role}`);
  }
  if (!rule.from.includes(snapshot.status)) {
    return refuse('invalid_state', `event '${name}' is not allowed from '${snapshot.status}'; it applies to ${rule.from.join(', ')}`);
  }
  if (rule.holderOnly && snapshot.assigneeId && snapshot.assigneeId !== actor.id && !EDITORS.has(actor.role)) {
    return refuse('not_holder', `event '${name}' is for the reviewer holding this claim, or an editor`);
  }
  const parsed = PAYLOAD_SCHEMAS[rule.payload].safeParse(payload ?? {});
  if (!parsed.success) {
    return refuse('invalid_payload', `event '${name}' payload is invalid: ${parsed.error.issues.map((i) => `${i.path.join('.') || 'payload'} ${i.message}`).join('; ')}`, issues(parsed.error));
  }
  const valid = parsed.data as Record<string, unknown>;
  if (name === 'hold' && typeof valid.resumeAt === 'string' && Date.parse(valid.resumeAt) <= now.getTime()) {
    return refuse('invalid_payload', `event 'hold' payload is invalid: resumeAt must be in the future`, [{ field: 'resumeAt', errors: ['must be in the future'] }]);
  }
  if (rule.requiresEvidence && snapshot.evidenceCount < 1) {
    return refuse('missing_evidence', `event '${name}' needs at least one evidence item on the claim`);
  }

  const assigneeId = nextAssignee(rule, snapshot, actor, valid);
  const to = rule.to === 'held_or_queued' ? (assigneeId ? 'in_review' : 'queued') : rule.to;
  const note = (valid.note ?? valid.reason) as string | undefined;
  return {
    ok: true,
    to,
    assigneeId,
    lastReviewerId: assigneeId ?? snapshot.lastReviewerId,
    ...(name === 'submit' ? { verdict: valid as Verdict } : {}),
    ...(name === 'hold' ? { holdReason: valid.reason as string, resumeAt: valid.resumeAt as string | undefined } : {}),
    ...(name !== 'hold' && name !== 'escalate' && note !== undefined ? { note } : {}),
    normalisedPayload: valid,
  };
}
