import { type HolderCheck } from './machine';
import { type Actor, type ActorRole, type ClaimSnapshot, type ClaimStatus } from './vocabulary';

export type RefusalCode =
  | 'unknown_event'
  | 'forbidden_role'
  | 'invalid_state'
  | 'not_holder'
  | 'needs_second_approver'
  | 'invalid_payload'
  | 'missing_evidence';

/** How an API answers each refusal. */
export const REFUSAL_HTTP_STATUS: Record<RefusalCode, 400 | 403 | 409> = {
  unknown_event: 409,
  forbidden_role: 403,
  invalid_state: 409,
  not_holder: 409,
  needs_second_approver: 409,
  invalid_payload: 400,
  missing_evidence: 409,
};

export interface TransitionRefusal {
  ok: false;
  code: RefusalCode;
  /** Human readable, always names the event or action (except for an unknown event, which it quotes). */
  reason: string;
  /** `PayloadIssue[]` for `invalid_payload`. */
  details?: unknown;
}

export const refuse = (code: RefusalCode, reason: string, details?: unknown): TransitionRefusal =>
  details === undefined ? { ok: false, code, reason } : { ok: false, code, reason, details };

/** What every guarded operation declares: who may do it, from which states, and whose claim it must be. */
export interface GuardedRule {
  roles: readonly ActorRole[];
  from: readonly ClaimStatus[];
  holderCheck: HolderCheck;
}

/** The machine's data says so (`editorsAndAdminsPassHolderChecks`): they may act on anyone's claim. */
export const PASSES_HOLDER_CHECKS: readonly ActorRole[] = ['editor', 'admin'];

function holderRefusal(
  label: string,
  rule: GuardedRule,
  snapshot: Pick<ClaimSnapshot, 'assigneeId'>,
  actor: Actor,
): TransitionRefusal | null {
  if (PASSES_HOLDER_CHECKS.includes(actor.role) || rule.holderCheck === 'none') return null;
  if (snapshot.assigneeId === actor.id) return null;
  if (rule.holderCheck === 'assignee_if_any' && snapshot.assigneeId === null) return null;
  const whose =
    snapshot.assigneeId === null ? `nobody is assigned; take it with 'claim'` : 'it is assigned to someone else';
  return refuse('not_holder', `${label} is for the claim's assignee or an editor; ${whose}`);
}

/**
 * Role, state and holder checks, in that order, for an event (`label` "event 'submit'") or another guarded action
 * on a claim (`label` "action 'renew_lease'"): the first that fails, or null.
 */
export function authorise(
  label: string,
  rule: GuardedRule,
  snapshot: Pick<ClaimSnapshot, 'status' | 'assigneeId'>,
  actor: Actor,
): TransitionRefusal | null {
  if (!rule.roles.includes(actor.role)) {
    return refuse('forbidden_role', `${label} needs role ${rule.roles.join(' or ')}; caller is ${actor.role}`);
  }
  if (!rule.from.includes(snapshot.status)) {
    return refuse(
      'invalid_state',
      `${label} is not allowed from '${snapshot.status}'; it applies to ${rule.from.join(', ')}`,
    );
  }
  return holderRefusal(label, rule, snapshot, actor);
}
