import { type Actor, EVENT_RULES, type TransitionSuccess, transition } from '@factdesk/review';
import { outboxMessages, outboxParams } from '@factdesk/queue';
import { statusLiterals } from '../claims/status-literals';
import { refusalError } from './claim-transitions';

/** The statuses `claim` may take a claim from: the machine's list, not a copy of it. */
export const CLAIMABLE_STATUSES: readonly string[] = EVENT_RULES.claim.from;

/**
 * Stands for the claim's id in the lease timer until the statement knows which claim it took, so the message's job
 * id and payload keep the shape `outboxMessages.leaseStarted` gives them. Not a uuid any claim can have.
 */
const CLAIM_ID_SLOT = '{claim-id}';

/**
 * claim-next in one statement, no explicit transaction: nothing when the caller already holds `:maxLeases`
 * (REVIEW_MAX_LEASES) claims in review (`leases_held_under_lock` counts under the caller's lock; see its migration),
 * else the caller's own list first, else the best unassigned claim, each under FOR UPDATE SKIP LOCKED so concurrent
 * reviewers take different rows; then the machine's answer written
 * with version + 1, the audit event and the lease timer, as `ClaimTransitions.apply` writes them. The pool branch runs
 * only when the own list is empty. A row a committed writer changed after the statement began is re-checked against
 * the WHERE before it is locked, so a claim someone else just took is skipped, not taken twice.
 *
 * The status list is a literal so that the partial indexes `claims_own_next_idx` and `claims_next_idx`, whose
 * predicates are this list, serve it with an index scan in ORDER BY order (no sort) in a cached generic plan too.
 * `columns`: the claim columns to return, named rather than `*` so a prepared plan survives a column being added.
 */
export function claimNextSql(columns: readonly string[]): string {
  const claimable = `review_status IN (${statusLiterals(CLAIMABLE_STATUSES)})`;
  return `
  WITH room AS (
    SELECT leases_held_under_lock(:reviewerId) < :maxLeases AS free
  ), own AS (
    SELECT id, review_status FROM claims WHERE assignee_id = :reviewerId AND ${claimable} AND (SELECT free FROM room)
    ORDER BY priority DESC, created_at, id LIMIT 1 FOR UPDATE SKIP LOCKED
  ), pool AS (
    SELECT id, review_status FROM claims WHERE assignee_id IS NULL AND ${claimable} AND (SELECT free FROM room)
      AND NOT EXISTS (SELECT 1 FROM own)
    ORDER BY priority DESC, created_at, id LIMIT 1 FOR UPDATE SKIP LOCKED
  ), picked AS (
    SELECT id, review_status FROM own UNION ALL SELECT id, review_status FROM pool
  ), taken AS (
    UPDATE claims SET review_status = :status, assignee_id = :assigneeId, last_reviewer_id = :lastReviewerId,
      lease_expires_at = :leaseExpiresAt,
      version = version + 1, hold_reason = NULL, resume_at = NULL, updated_at = now()
    FROM picked WHERE claims.id = picked.id
    RETURNING ${columns.map((column) => `claims.${column}`).join(', ')}, picked.review_status AS claimed_from
  ), event AS (
    INSERT INTO review_events (claim_id, event, from_status, to_status, actor_id, actor_role, payload)
    SELECT id, 'claim', claimed_from, review_status, :actorId, :actorRole, :payload::jsonb FROM taken
  ), timer AS (
    INSERT INTO outbox (topic, job_id, payload, run_at)
    SELECT message.topic, replace(message.job_id, :claimIdSlot, taken.id::text),
      replace(message.payload, :claimIdSlot, taken.id::text)::jsonb, message.run_at
    FROM taken, unnest(:outboxTopics::text[], :outboxJobIds::text[], :outboxPayloads::text[], :outboxRunAts::timestamptz[])
      AS message(topic, job_id, payload, run_at)
    ON CONFLICT (job_id) DO NOTHING
  )
  SELECT * FROM taken`;
}

/**
 * The machine's answer to `claim` by this actor. Whatever row the statement picks (a claimable status, unassigned or
 * the actor's own) gets this same answer (claim-next.spec.ts holds the machine to that), so it is asked once, before
 * the statement, and a refusal (a role the machine does not let claim) stops here.
 */
export function claimDecision(actor: Actor, now: Date): TransitionSuccess {
  const snapshot = { status: EVENT_RULES.claim.from[0], assigneeId: null, lastReviewerId: null, evidenceCount: 0 };
  const decision = transition(snapshot, 'claim', actor, {}, now);
  if (!decision.ok) throw refusalError(decision, snapshot.status);
  return decision;
}

/**
 * Named parameters of `claimNextSql` (for `bind`); the machine's `claim` never puts a claim on hold, so hold fields
 * are cleared. The reviewer whose own list is read first is the actor.
 */
export function claimNextParams(
  actor: Actor,
  decision: TransitionSuccess,
  leaseExpiresAt: Date | null,
  maxLeases: number,
) {
  const timers = leaseExpiresAt ? [outboxMessages.leaseStarted(CLAIM_ID_SLOT, leaseExpiresAt)] : [];
  return {
    reviewerId: actor.id,
    status: decision.to,
    assigneeId: decision.assigneeId,
    lastReviewerId: decision.lastReviewerId,
    leaseExpiresAt,
    actorId: actor.id,
    actorRole: actor.role,
    payload: JSON.stringify(decision.normalisedPayload),
    claimIdSlot: CLAIM_ID_SLOT,
    ...outboxParams(timers),
    maxLeases,
  };
}
