import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import {
  Actor,
  ClaimStatus,
  DECIDED_STATUSES,
  REFUSAL_HTTP_STATUS,
  ReviewEventName,
  TransitionRefusal,
  TransitionSuccess,
  transition,
} from '@factdesk/review';
import { ClaimEntity } from '@factdesk/persistence';
import { APP_CONFIG, AppConfig, Caller, DomainError, notFound } from '@factdesk/platform';
import { OutboxMessage, outboxMessages } from '@factdesk/queue';
import { assertLeaseRoom, snapshotFacts } from './review-facts';
import { type TransitionRow, writeTransitions } from './transition-statement';

export const SYSTEM_ACTOR: Actor = { id: 'system', role: 'system' };
export const actorOf = (caller: Caller): Actor => ({ id: caller.keyId, role: caller.role });
/** Who holds the claim and where it stands, as the machine's action checks read it. */
export const snapshotOf = (claim: ClaimEntity) => ({
  status: claim.status as ClaimStatus,
  assigneeId: claim.assigneeId,
});

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

type AlsoColumn =
  | 'priority'
  | 'dueAt'
  | 'mergedIntoId'
  | 'matchText'
  | 'checkWorthiness'
  | 'worthinessFeatures'
  | 'reach'
  | 'possibleDuplicateOf'
  | 'duplicateSimilarity';

const staleVersion = (claim: ClaimEntity, expected: number) =>
  new DomainError('stale_version', `claim is at version ${claim.version}, not ${expected}; reload it`, {
    currentVersion: claim.version,
    status: claim.status,
  });

/** When the desk decided the claim: kept while it stays in a decided status, cleared when it leaves one. */
function decidedAt(claim: ClaimEntity, to: ClaimStatus, now: Date): Date | null {
  if (!DECIDED_STATUSES.includes(to)) return null;
  return claim.status === to && claim.decidedAt ? claim.decidedAt : now;
}

/** A transition the machine allowed, ready to write. */
interface PreparedTransition {
  claim: ClaimEntity;
  changes: Partial<ClaimEntity>;
  row: TransitionRow;
  messages: OutboxMessage[];
}

/** The machine says how each refusal reads over HTTP; the desk's error codes carry that status. */
const ERROR_CODE_BY_STATUS = { 400: 'invalid_input', 403: 'forbidden', 409: 'transition_refused' } as const;

/** The machine's refusal as the desk's error, for a claim in `status`. */
export const refusalError = (result: TransitionRefusal, status: string): DomainError =>
  new DomainError(ERROR_CODE_BY_STATUS[REFUSAL_HTTP_STATUS[result.code]], result.reason, {
    code: result.code,
    status,
    ...(result.details ? { details: result.details } : {}),
  });

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
  async apply(
    manager: EntityManager,
    request: TransitionRequest,
    now = new Date(),
    known?: ClaimEntity,
  ): Promise<ClaimEntity> {
    const claim =
      known ??
      (await manager.findOne(ClaimEntity, { where: { id: request.claimId }, lock: { mode: 'pessimistic_write' } }));
    if (!claim) throw notFound('claim', request.claimId);
    const [written] = await this.write(manager, [await this.prepare(manager, claim, request, now)]);
    if (!written) {
      throw new DomainError('stale_version', 'the claim changed while this transition was being written; reload it', {
        status: claim.status,
      });
    }
    return written;
  }

  /**
   * Transitions of several claims the caller has read, in one statement (triage places a batch this way). Each result
   * is the claim after its transition, or null when it moved on meanwhile and nothing was written for it. A transition
   * the machine refuses throws before anything is written.
   */
  async applyAll(
    manager: EntityManager,
    requests: { request: TransitionRequest; claim: ClaimEntity }[],
    now = new Date(),
  ): Promise<(ClaimEntity | null)[]> {
    const prepared: PreparedTransition[] = [];
    for (const { request, claim } of requests) prepared.push(await this.prepare(manager, claim, request, now));
    return this.write(manager, prepared);
  }

  private async prepare(
    manager: EntityManager,
    claim: ClaimEntity,
    request: TransitionRequest,
    now: Date,
  ): Promise<PreparedTransition> {
    if (request.expectedVersion !== undefined && claim.version !== request.expectedVersion) {
      throw staleVersion(claim, request.expectedVersion);
    }
    const result = transition(
      {
        ...snapshotOf(claim),
        lastReviewerId: claim.lastReviewerId,
        ...(await snapshotFacts(manager, claim.id, request.event)),
      },
      request.event,
      request.actor,
      request.payload ?? {},
      now,
      { requireSecondApprover: this.config.REQUIRE_SECOND_APPROVER },
    );
    if (!result.ok) {
      throw refusalError(result, claim.status);
    }
    await this.checkNewHolder(manager, claim, result);

    const leaseExpiresAt = this.leaseFor(result, now);
    const also = request.also ?? {};
    const changes: Partial<ClaimEntity> = {
      status: result.to,
      assigneeId: result.assigneeId,
      lastReviewerId: result.lastReviewerId,
      leaseExpiresAt,
      version: claim.version + 1,
      ...(result.verdict ? { verdict: { ...result.verdict } } : {}),
      ...(result.to === 'on_hold'
        ? { holdReason: result.holdReason ?? null, resumeAt: result.resumeAt ? new Date(result.resumeAt) : null }
        : { holdReason: null, resumeAt: null }),
      ...(result.note !== undefined ? { statusNote: result.note ?? null } : {}),
      ...also,
      decidedAt: decidedAt(claim, result.to, now),
      // A merged claim points at the claim it became part of: the merge payload's, or the one the caller matched.
      mergedIntoId: result.to === 'merged' ? (also.mergedIntoId ?? (result.normalisedPayload.into as string)) : null,
    };
    const row: TransitionRow = {
      id: claim.id,
      version: claim.version,
      status: result.to,
      assigneeId: result.assigneeId,
      lastReviewerId: result.lastReviewerId,
      leaseExpiresAt,
      verdict: changes.verdict ? JSON.stringify(changes.verdict) : null,
      holdReason: changes.holdReason ?? null,
      resumeAt: changes.resumeAt ?? null,
      setNote: 'statusNote' in changes,
      note: changes.statusNote ?? null,
      priority: also.priority ?? null,
      dueAt: also.dueAt ?? null,
      event: request.event,
      fromStatus: claim.status,
      actorId: request.actor.role === 'system' ? null : request.actor.id,
      actorRole: request.actor.role,
      payload: JSON.stringify({ ...result.normalisedPayload, ...request.audit }),
      mergedIntoId: changes.mergedIntoId ?? null,
      matchText: also.matchText ?? null,
      checkWorthiness: also.checkWorthiness ?? null,
      worthinessFeatures: also.worthinessFeatures ? JSON.stringify(also.worthinessFeatures) : null,
      reach: also.reach ?? null,
      setDuplicate: 'possibleDuplicateOf' in also,
      duplicateOf: also.possibleDuplicateOf ?? null,
      duplicateSimilarity: also.duplicateSimilarity ?? null,
      decidedAt: changes.decidedAt ?? null,
    };
    const messages = [
      ...(leaseExpiresAt ? [outboxMessages.leaseStarted(claim.id, leaseExpiresAt)] : []),
      ...(request.messages ?? []),
    ];
    return { claim, changes, row, messages };
  }

  private async write(manager: EntityManager, prepared: PreparedTransition[]): Promise<(ClaimEntity | null)[]> {
    if (prepared.length === 0) return [];
    const messages = prepared.flatMap(({ claim, messages: owned }) =>
      owned.map((message) => ({ owner: claim.id, message })),
    );
    const written = await writeTransitions(
      manager,
      prepared.map(({ row }) => row),
      messages,
    );
    return prepared.map(({ claim, changes }) =>
      written.has(claim.id) ? manager.merge(ClaimEntity, claim, changes as ClaimEntity) : null,
    );
  }

  /** The cap on leases, when the claim comes into review for someone who did not already have it there. */
  private async checkNewHolder(manager: EntityManager, claim: ClaimEntity, result: TransitionSuccess): Promise<void> {
    if (!result.assigneeId) return;
    const keepsLease = claim.status === 'in_review' && claim.assigneeId === result.assigneeId;
    if (result.to === 'in_review' && !keepsLease) {
      await assertLeaseRoom(manager, result.assigneeId, this.config.REVIEW_MAX_LEASES);
    }
  }

  /** A claim going into review with a holder gets a lease from now; nothing else has one. */
  leaseFor(result: TransitionSuccess, now: Date): Date | null {
    return result.to === 'in_review' && result.assigneeId
      ? new Date(now.getTime() + this.config.REVIEW_LEASE_SECONDS * 1000)
      : null;
  }
}
