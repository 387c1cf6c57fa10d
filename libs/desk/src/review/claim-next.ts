import { Actor, EVENT_RULES, TransitionSuccess, transition } from '@factdesk/review';
import { ClaimEntity } from '@factdesk/persistence';
import { outboxArrays, outboxMessages } from '@factdesk/queue';
import { refusalError } from './claim-transitions';

/** The statuses `claim` may take a claim from: the machine's list, not a copy of it. */
export const CLAIMABLE_STATUSES: readonly string[] = EVENT_RULES.claim.from;

/**
 * Stands for the claim's id in the lease timer until the statement knows which claim it took, so the message's job
 * id and payload keep the shape `outboxMessages.leaseStarted` gives them. Not a uuid any claim can have.
 */
const CLAIM_ID_SLOT = '{claim-id}';

/** Status names are the machine's own constants, never input; written as literals so the planner can match them. */
const sqlList = (values: readonly string[]): string =>
  values
    .map((value) => {
      if (!/^[a-z_]+$/.test(value)) throw new Error(`not a status name: ${value}`);
      return `'${value}'`;
    })
    .join(', ');

/**
 * claim-next in one statement, no explicit transaction: the caller's own list first, else the best unassigned claim,
 * each under FOR UPDATE SKIP LOCKED so concurrent reviewers take different rows; then the machine's answer written
 * with version + 1, the audit event and the lease timer, as `ClaimTransitions.apply` writes them. The pool branch runs
 * only when the own list is empty. A row a committed writer changed after the statement began is re-checked against
 * the WHERE before it is locked, so a claim someone else just took is skipped, not taken twice.
 *
 * The status list is a literal so that the partial indexes `claims_own_next_idx` and `claims_next_idx`, whose
 * predicates are this list, serve it with an index scan in ORDER BY order (no sort) in a cached generic plan too.
 * `columns`: the claim columns to return, named rather than `*` so a prepared plan survives a column being added.
 */
export function claimNextSql(columns: readonly string[]): string {
  const claimable = `review_status IN (${sqlList(CLAIMABLE_STATUSES)})`;
  return `
  WITH own AS (
    SELECT id, review_status FROM claims WHERE assignee_id = $1 AND ${claimable}
    ORDER BY priority DESC, created_at, id LIMIT 1 FOR UPDATE SKIP LOCKED
  ), pool AS (
    SELECT id, review_status FROM claims WHERE assignee_id IS NULL AND ${claimable} AND NOT EXISTS (SELECT 1 FROM own)
    ORDER BY priority DESC, created_at, id LIMIT 1 FOR UPDATE SKIP LOCKED
  ), picked AS (
    SELECT id, review_status FROM own UNION ALL SELECT id, review_status FROM pool
  ), taken AS (
    UPDATE claims SET review_status = $2, assignee_id = $3, last_reviewer_id = $4, lease_expires_at = $5,
      version = version + 1, hold_reason = NULL, resume_at = NULL, updated_at = now()
    FROM picked WHERE claims.id = picked.id
    RETURNING ${columns.map((column) => `claims.${column}`).join(', ')}, picked.review_status AS claimed_from
  ), event AS (
    INSERT INTO review_events (claim_id, event, from_status, to_status, actor_id, actor_role, payload)
    SELECT id, 'claim', claimed_from, review_status, $6, $7, $8::jsonb FROM taken
  ), timer AS (
    INSERT INTO outbox (topic, job_id, payload, run_at)
    SELECT message.topic, replace(message.job_id, $9, taken.id::text), replace(message.payload, $9, taken.id::text)::jsonb,
      message.run_at
    FROM taken, unnest($10::text[], $11::text[], $12::text[], $13::timestamptz[]) AS message(topic, job_id, payload, run_at)
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

/** Parameters of `claimNextSql`; the machine's `claim` never puts a claim on hold, so hold fields are cleared. */
export function claimNextParams(actor: Actor, decision: TransitionSuccess, leaseExpiresAt: Date | null): unknown[] {
  const timers = leaseExpiresAt ? [outboxMessages.leaseStarted(CLAIM_ID_SLOT, leaseExpiresAt)] : [];
  return [
    actor.id,
    decision.to,
    decision.assigneeId,
    decision.lastReviewerId,
    leaseExpiresAt,
    actor.id,
    actor.role,
    JSON.stringify(decision.normalisedPayload),
    CLAIM_ID_SLOT,
    ...outboxArrays(timers),
  ];
}
