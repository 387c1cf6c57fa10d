import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { matchText } from '@factdesk/matching';
import { bind, ClaimEntity, ReviewEventEntity } from '@factdesk/persistence';
import { APP_CONFIG, AppConfig, Caller, DomainError, notFound } from '@factdesk/platform';
import { Actor, ClaimStatus, ReviewEventName, transition } from '@factdesk/review';
import { actorOf, ClaimTransitions, refusalError } from '../review/claim-transitions';
import { reachChange, riskOfSource, scoreClaim } from '../triage/claim-scoring';
import { slaSchedule } from '../triage/sla';
import { listAsNew, matchSubject, recountReach, standingColumns, writeMatchColumns } from './appearances';
import { auditMergeEvent } from './merge-audit';
import { speakersOf } from './speakers';

/** Review events that move appearances, evidence and history between claims, besides the claim's state. */
export const MERGE_EVENTS = ['merge', 'confirm_duplicate', 'reject_duplicate', 'split'] as const;
export type MergeEvent = (typeof MERGE_EVENTS)[number];
export const isMergeEvent = (event: string): event is MergeEvent => (MERGE_EVENTS as readonly string[]).includes(event);

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** A suggestion chain is followed this far to the claim that still stands for itself. */
const MAX_MERGE_HOPS = 8;

interface MergeRequest {
  claim: ClaimEntity;
  payload: Record<string, unknown>;
  expectedVersion: number;
  actor: Actor;
}

/**
 * Merging and splitting claims: the state change goes through `ClaimTransitions` like every other, and in the same
 * transaction the merged claim's appearances, evidence and merged claims move to the claim it joins, which gets its
 * own audit event. History stays with the claim it happened to (the audit log is append-only); a claim's history
 * includes the events of the claims merged into it.
 */
@Injectable()
export class ClaimMergeService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly transitions: ClaimTransitions,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async fire(
    claimId: string,
    event: MergeEvent,
    payload: Record<string, unknown>,
    expectedVersion: number,
    caller: Caller,
  ): Promise<ClaimEntity> {
    return this.dataSource.transaction(async (manager) => {
      await this.lockPair(manager, claimId, event, payload);
      const claim = await this.lockClaim(manager, claimId);
      const request = { claim, payload, expectedVersion, actor: actorOf(caller) };
      // Role, state and payload are refused before the other claim is looked at, as for every event.
      const allowed = transition(
        { ...claim, status: claim.status as ClaimStatus, evidenceCount: 0 },
        event,
        request.actor,
        payload,
        new Date(),
      );
      if (!allowed.ok) throw refusalError(allowed, claim.status);
      const before = { ...claim };
      const result = await this.fireChecked(manager, event, request);
      await auditMergeEvent(manager, caller, event, before, result);
      return result;
    });
  }

  private fireChecked(manager: EntityManager, event: MergeEvent, request: MergeRequest): Promise<ClaimEntity> {
    switch (event) {
      case 'merge':
        return this.merge(manager, request);
      case 'confirm_duplicate':
        return this.confirmDuplicate(manager, request);
      case 'reject_duplicate':
        return this.rejectDuplicate(manager, request);
      case 'split':
        return this.split(manager, request);
    }
  }

  private async merge(manager: EntityManager, request: MergeRequest): Promise<ClaimEntity> {
    const into = request.payload.into as string;
    if (into === request.claim.id)
      throw new DomainError('invalid_input', 'a claim cannot be merged into itself', { field: 'into' });
    const target = await this.standingClaim(manager, into, { follow: false, refuseApproved: true });
    return this.mergeInto(manager, request, 'merge', target, {});
  }

  private async confirmDuplicate(manager: EntityManager, request: MergeRequest): Promise<ClaimEntity> {
    const suggested = this.suggestionOf(request.claim);
    const target = await this.standingClaim(manager, suggested, { follow: true, refuseApproved: true });
    return this.mergeInto(manager, request, 'confirm_duplicate', target, {
      similarity: request.claim.duplicateSimilarity,
    });
  }

  private async rejectDuplicate(manager: EntityManager, request: MergeRequest): Promise<ClaimEntity> {
    const rejected = this.suggestionOf(request.claim);
    const claim = await this.apply(manager, request, 'reject_duplicate', {
      rejected,
      similarity: request.claim.duplicateSimilarity,
    });
    await writeMatchColumns(manager, claim.id, { possibleDuplicateOf: null, duplicateSimilarity: null });
    return { ...claim, possibleDuplicateOf: null, duplicateSimilarity: null };
  }

  /** The appearance goes back to being its own claim, queued with its own priority and SLA. */
  private async split(manager: EntityManager, request: MergeRequest): Promise<ClaimEntity> {
    const canonicalId = request.claim.mergedIntoId;
    const now = new Date();
    const { priority, worthiness } = scoreClaim(request.claim, await riskOfSource(manager, request.claim.sourceId), 1);
    const { dueAt, timer } = slaSchedule(this.config, priority.score, now);
    const text = request.claim.matchText ?? matchText(request.claim.content);
    const claim = await this.transitions.apply(
      manager,
      {
        claimId: request.claim.id,
        event: 'split',
        payload: request.payload,
        expectedVersion: request.expectedVersion,
        actor: request.actor,
        also: { priority: priority.score, dueAt, ...standingColumns(text, worthiness, null) },
        messages: [timer],
        audit: { from: canonicalId, priority: priority.score, reasons: priority.reasons, dueAt: dueAt.toISOString() },
      },
      now,
      request.claim,
    );
    const [speakerId] = await speakersOf(this.dataSource, [claim]);
    await listAsNew(manager, [{ claim: matchSubject(claim, speakerId), text }]);
    if (canonicalId) {
      const canonical = await this.lockClaim(manager, canonicalId);
      await this.updateReach(manager, canonical);
      await this.auditOther(manager, canonical, 'split_out', request.actor, { claim: claim.id });
    }
    return claim;
  }

  private async mergeInto(
    manager: EntityManager,
    request: MergeRequest,
    event: 'merge' | 'confirm_duplicate',
    target: ClaimEntity,
    audit: Record<string, unknown>,
  ): Promise<ClaimEntity> {
    const claim = await this.apply(manager, request, event, { into: target.id, ...audit }, target.id);
    const moved = await this.moveInto(manager, claim.id, target.id);
    await writeMatchColumns(manager, claim.id, { possibleDuplicateOf: null, duplicateSimilarity: null });
    await this.updateReach(manager, target);
    await this.auditOther(manager, target, 'merged_in', request.actor, { claim: claim.id, event, ...moved });
    return { ...claim, possibleDuplicateOf: null, duplicateSimilarity: null };
  }

  /** Appearances, evidence, claims merged earlier and suggestions pointing at `fromId` now belong to `intoId`. */
  private async moveInto(
    manager: EntityManager,
    fromId: string,
    intoId: string,
  ): Promise<{ appearances: number; evidence: number }> {
    const moving = { from: fromId, into: intoId };
    const [, appearances]: [unknown, number] = await manager.query(
      ...bind(`UPDATE claim_appearances SET claim_id = :into WHERE claim_id = :from`, moving),
    );
    const [, evidence]: [unknown, number] = await manager.query(
      ...bind(`UPDATE evidence SET claim_id = :into WHERE claim_id = :from`, moving),
    );
    await manager.query(
      ...bind(`UPDATE claims SET merged_into_id = :into WHERE merged_into_id = :from AND id <> :from`, moving),
    );
    await manager.query(
      ...bind(
        `UPDATE claims SET possible_duplicate_of = CASE WHEN id = :into THEN NULL ELSE :into::uuid END,
           duplicate_similarity = CASE WHEN id = :into THEN NULL ELSE duplicate_similarity END
         WHERE possible_duplicate_of = :from`,
        moving,
      ),
    );
    return { appearances, evidence };
  }

  private async updateReach(manager: EntityManager, claim: ClaimEntity): Promise<void> {
    const reach = await recountReach(manager, claim.id);
    const change = reachChange(claim, reach, await riskOfSource(manager, claim.sourceId));
    await writeMatchColumns(manager, claim.id, {
      checkWorthiness: change.worthiness.score,
      worthinessFeatures: change.worthiness.features,
      priorityDelta: change.priorityDelta,
    });
  }

  private apply(
    manager: EntityManager,
    request: MergeRequest,
    event: ReviewEventName,
    audit: Record<string, unknown> = {},
    mergedIntoId?: string,
  ): Promise<ClaimEntity> {
    return this.transitions.apply(
      manager,
      {
        claimId: request.claim.id,
        event,
        payload: request.payload,
        expectedVersion: request.expectedVersion,
        actor: request.actor,
        audit,
        ...(mergedIntoId ? { also: { mergedIntoId } } : {}),
      },
      new Date(),
      request.claim,
    );
  }

  /** The other side of a merge or split gets its own audit event; its review state does not change. */
  private async auditOther(
    manager: EntityManager,
    claim: ClaimEntity,
    event: string,
    actor: Actor,
    payload: Record<string, unknown>,
  ): Promise<void> {
    await manager.insert(ReviewEventEntity, {
      claimId: claim.id,
      event,
      from: claim.status,
      to: claim.status,
      actorId: actor.id,
      actorRole: actor.role,
      payload,
    });
  }

  private suggestionOf(claim: ClaimEntity): string {
    if (!claim.possibleDuplicateOf) {
      throw new DomainError('transition_refused', 'the claim has no duplicate suggestion to confirm or reject', {
        status: claim.status,
      });
    }
    return claim.possibleDuplicateOf;
  }

  /**
   * The claim to merge into, locked: `id`, or when `follow` and it has itself been merged since, the claim it joined.
   * A discarded claim takes nothing in. With `refuseApproved`, neither does an approved one: its verdict would cover a
   * claim nobody reviewed against it (other figures, say); an editor reopens it first.
   */
  private async standingClaim(
    manager: EntityManager,
    id: string,
    { follow, refuseApproved }: { follow: boolean; refuseApproved: boolean },
  ): Promise<ClaimEntity> {
    let target = await this.lockClaim(manager, id);
    for (let hop = 0; follow && target.status === 'merged' && target.mergedIntoId && hop < MAX_MERGE_HOPS; hop += 1) {
      target = await this.lockClaim(manager, target.mergedIntoId);
    }
    if (refuseApproved && target.status === 'approved') {
      throw new DomainError(
        'transition_refused',
        `claim ${target.id} is approved: reopen it (event reopen) before merging into it, so its verdict is reviewed with the merged claim`,
        { into: target.id, status: target.status },
      );
    }
    if (target.status === 'merged' || target.status === 'discarded') {
      throw new DomainError(
        'transition_refused',
        `claim ${target.id} is ${target.status}; merge into a claim that stands for itself`,
        {
          into: target.id,
          status: target.status,
          ...(target.mergedIntoId ? { mergedInto: target.mergedIntoId } : {}),
        },
      );
    }
    return target;
  }

  /** Both claims an event touches, locked in id order, so opposite merges racing each other wait instead of deadlocking. */
  private async lockPair(
    manager: EntityManager,
    claimId: string,
    event: MergeEvent,
    payload: Record<string, unknown>,
  ): Promise<void> {
    const [seen]: { merged_into_id: string | null; possible_duplicate_of: string | null }[] = await manager.query(
      ...bind(`SELECT merged_into_id, possible_duplicate_of FROM claims WHERE id = :claim`, { claim: claimId }),
    );
    const other =
      event === 'merge' ? payload.into : event === 'split' ? seen?.merged_into_id : seen?.possible_duplicate_of;
    const ids = [claimId, ...(typeof other === 'string' && UUID.test(other) ? [other] : [])];
    await manager.query(...bind(`SELECT id FROM claims WHERE id = ANY(:ids::uuid[]) ORDER BY id FOR UPDATE`, { ids }));
  }

  private async lockClaim(manager: EntityManager, id: string): Promise<ClaimEntity> {
    const claim = await manager.findOne(ClaimEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!claim) throw notFound('claim', id);
    return claim;
  }
}
