import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Actor, REFUSAL_HTTP_STATUS, ReviewEventName, TransitionRefusal, TransitionSuccess, transition } from '@factdesk/review';
import { ClaimEntity, EvidenceEntity, queryPrepared } from '@factdesk/persistence';
import { APP_CONFIG, AppConfig, Caller, DomainError, notFound } from '@factdesk/platform';
import { OutboxMessage, outboxArrays, outboxInsert, outboxMessages } from '@factdesk/queue';

export const SYSTEM_ACTOR: Actor = { id: 'system', role: 'system' };
export const actorOf = (caller: Caller): Actor => ({ id: caller.keyId, role: caller.role });

export interface TransitionRequest {
  claimId: string;
  event: ReviewEventName;
  actor: Actor;
  payload?: Record<string, unknown>;
  /** Optimistic concurrency: refuse when the claim has moved past the version the caller saw. */
  expectedVersion?: number;
  /**
   * Columns the caller's operation sets along with the transition, in the same row update (triage sets priority, due
   * time and the matching columns). `possibleDuplicateOf` and `duplicateSimilarity` are set, to null too, when given.
   */
  also?: Partial<Pick<ClaimEntity, AlsoColumn>>;
  /** Extra audit detail stored with the event. */
  audit?: Record<string, unknown>;
  /** Messages the caller's operation announces, written with the state (a split claim's SLA timer). */
  messages?: OutboxMessage[];
}

type AlsoColumn = 'priority' | 'dueAt' | 'mergedIntoId' | 'matchText' | 'checkWorthiness' | 'worthinessFeatures' | 'reach'
  | 'possibleDuplicateOf' | 'duplicateSimilarity';

const staleVersion = (claim: ClaimEntity, expected: number) =>
  new DomainError('stale_version', `claim is at version ${claim.version}, not ${expected}; reload it`, {
    currentVersion: claim.version,
    status: claim.status,
  });

/** State, audit event and outbox messages in one statement; `version = $2` makes a moved-on claim write nothing. */
const WRITE_TRANSITION = `
  WITH updated AS (
    UPDATE claims SET review_status = $3, assignee_id = $4, last_reviewer_id = $5, lease_expires_at = $6,
      version = version + 1, verdict = coalesce($7::jsonb, verdict), hold_reason = $8, resume_at = $9,
      status_note = CASE WHEN $10 THEN $11 ELSE status_note END,
      priority = coalesce($12, priority), due_at = coalesce($13, due_at), merged_into_id = $19, updated_at = now(),
      match_text = coalesce($20, match_text), check_worthiness = coalesce($21, check_worthiness),
      worthiness_features = coalesce($22::jsonb, worthiness_features), reach = coalesce($23, reach),
      possible_duplicate_of = CASE WHEN $24 THEN $25::uuid ELSE possible_duplicate_of END,
      duplicate_similarity = CASE WHEN $24 THEN $26 ELSE duplicate_similarity END
    WHERE id = $1 AND version = $2 RETURNING id
  ), event AS (
    INSERT INTO review_events (claim_id, event, from_status, to_status, actor_id, actor_role, payload)
    SELECT id, $14, $15, $3, $16, $17, $18::jsonb FROM updated
  ), messages AS (
    ${outboxInsert(27, 'WHERE EXISTS (SELECT 1 FROM updated)')}
  )
  SELECT count(*)::int AS written FROM updated`;

/** `also`'s matching columns as WRITE_TRANSITION's parameters $20..$26. */
const alsoMatchColumns = (also: NonNullable<TransitionRequest['also']>): unknown[] => [
  also.matchText ?? null, also.checkWorthiness ?? null, also.worthinessFeatures ? JSON.stringify(also.worthinessFeatures) : null,
  also.reach ?? null, 'possibleDuplicateOf' in also, also.possibleDuplicateOf ?? null, also.duplicateSimilarity ?? null,
];

/** The machine says how each refusal reads over HTTP; the desk's error codes carry that status. */
const ERROR_CODE_BY_STATUS = { 400: 'invalid_input', 403: 'forbidden', 409: 'transition_refused' } as const;

/** The machine's refusal as the desk's error, for a claim in `status`. */
export const refusalError = (result: TransitionRefusal, status: string): DomainError =>
  new DomainError(ERROR_CODE_BY_STATUS[REFUSAL_HTTP_STATUS[result.code]], result.reason, { code: result.code, status, ...(result.details ? { details: result.details } : {}) });

/**
 * The one way a claim's review state changes: lock the row, ask the pure machine, write the new state with
 * version + 1, append the audit event and any timer to the outbox, all in the caller's transaction.
 */
@Injectable()
export class ClaimTransitions {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  /**
   * `known`: the claim as the caller already read it (locked in this transaction, or not: then the version check in
   * the write refuses it if it moved on meanwhile, as a stale version). Without it the row is read under lock.
   */
  async apply(manager: EntityManager, request: TransitionRequest, now = new Date(), known?: ClaimEntity): Promise<ClaimEntity> {
    const claim = known ?? await manager.findOne(ClaimEntity, { where: { id: request.claimId }, lock: { mode: 'pessimistic_write' } });
    if (!claim) throw notFound('claim', request.claimId);
    if (request.expectedVersion !== undefined && claim.version !== request.expectedVersion) {
      throw staleVersion(claim, request.expectedVersion);
    }
    const evidenceCount = request.event === 'submit' ? await manager.count(EvidenceEntity, { where: { claimId: claim.id } }) : 0;
    const result = transition(
      { status: claim.status as never, assigneeId: claim.assigneeId, lastReviewerId: claim.lastReviewerId, evidenceCount },
      request.event,
      request.actor,
      request.payload ?? {},
      now,
    );
    if (!result.ok) {
      throw refusalError(result, claim.status);
    }

    const leaseExpiresAt = this.leaseFor(result, now);
    const changes: Partial<ClaimEntity> = {
      status: result.to,
      assigneeId: result.assigneeId,
      lastReviewerId: result.lastReviewerId,
      leaseExpiresAt,
      version: claim.version + 1,
      // A merged claim points at the claim it became part of: the merge payload's, or the one the caller matched.
      mergedIntoId: result.to === 'merged' ? (request.also?.mergedIntoId ?? (result.normalisedPayload.into as string)) : null,
      ...(result.verdict ? { verdict: { ...result.verdict } } : {}),
      ...(result.to === 'on_hold' ? { holdReason: result.holdReason ?? null, resumeAt: result.resumeAt ? new Date(result.resumeAt) : null } : { holdReason: null, resumeAt: null }),
      ...(result.note !== undefined ? { statusNote: result.note ?? null } : {}),
      ...request.also,
    };
    if (result.to !== 'merged') changes.mergedIntoId = null;
    const messages = [...(leaseExpiresAt ? [outboxMessages.leaseStarted(claim.id, leaseExpiresAt)] : []), ...(request.messages ?? [])];
    const [{ written }]: { written: number }[] = await queryPrepared(manager, WRITE_TRANSITION, [
      claim.id, claim.version, changes.status, changes.assigneeId, changes.lastReviewerId, leaseExpiresAt,
      changes.verdict ? JSON.stringify(changes.verdict) : null, changes.holdReason, changes.resumeAt,
      'statusNote' in changes, changes.statusNote ?? null, request.also?.priority ?? null, request.also?.dueAt ?? null,
      request.event, claim.status, request.actor.role === 'system' ? null : request.actor.id, request.actor.role,
      JSON.stringify({ ...result.normalisedPayload, ...request.audit }), changes.mergedIntoId,
      ...alsoMatchColumns(request.also ?? {}),
      ...outboxArrays(messages),
    ]);
    if (written === 0) {
      throw new DomainError('stale_version', 'the claim changed while this transition was being written; reload it', { status: claim.status });
    }
    return manager.merge(ClaimEntity, claim, changes as ClaimEntity);
  }

  /** A claim going into review with a holder gets a lease from now; nothing else has one. */
  leaseFor(result: TransitionSuccess, now: Date): Date | null {
    return result.to === 'in_review' && result.assigneeId ? new Date(now.getTime() + this.config.REVIEW_LEASE_SECONDS * 1000) : null;
  }
}
