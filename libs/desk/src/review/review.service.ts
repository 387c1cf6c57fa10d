import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { checkAction, ReviewEventName } from '@factdesk/review';
import { bind, ClaimEntity, queryPrepared, ReviewEventEntity } from '@factdesk/persistence';
import { APP_CONFIG, AppConfig, Caller, notFound } from '@factdesk/platform';
import { enqueueInOutbox, outboxMessages } from '@factdesk/queue';
import { claimFromRow } from '../claims/claim-row';
import { claimDecision, claimNextParams, claimNextSql } from './claim-next';
import { ClaimMergeService, isMergeEvent } from '../matching/claim-merge.service';
import { PeopleService } from '../people/people.service';
import { actorOf, ClaimTransitions, refusalError, snapshotOf, SYSTEM_ACTOR } from './claim-transitions';
import { leaseCapReached, leasesHeld } from './review-facts';

export type TimerOutcome = 'applied' | 'stale' | 'missing';

@Injectable()
export class ReviewService {
  /** Built on first use, from the entity's columns. */
  private claimNextSql?: string;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly transitions: ClaimTransitions,
    private readonly merges: ClaimMergeService,
    private readonly people: PeopleService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * Hands the caller their own list first (claims returned, reassigned or reopened to them), then the best open claim
   * (highest priority, then oldest), under a lease: one statement (claim-next.ts), so a request holds a connection for
   * one round trip and concurrent reviewers each take a different row without waiting on one another. A caller at
   * REVIEW_MAX_LEASES gets nothing from it, and a 409 saying why instead of the 204 of an empty queue.
   */
  async next(caller: Caller, now = new Date()): Promise<ClaimEntity | null> {
    const actor = actorOf(caller);
    const decision = claimDecision(actor, now);
    const metadata = this.dataSource.getMetadata(ClaimEntity);
    this.claimNextSql ??= claimNextSql(metadata.columns.map((column) => column.databaseName));
    const max = this.config.REVIEW_MAX_LEASES;
    const [row] = await queryPrepared<Record<string, unknown>>(
      this.dataSource,
      ...bind(this.claimNextSql, claimNextParams(actor, decision, this.transitions.leaseFor(decision, now), max)),
    );
    if (row) return claimFromRow(metadata, row);
    const held = await leasesHeld(this.dataSource.manager, actor.id);
    if (held >= max) throw leaseCapReached(held, max);
    return null;
  }

  async fire(
    claimId: string,
    event: ReviewEventName,
    payload: Record<string, unknown>,
    expectedVersion: number,
    caller: Caller,
  ): Promise<ClaimEntity> {
    if (isMergeEvent(event)) return this.merges.fire(claimId, event, payload, expectedVersion, caller);
    if (event === 'reassign' && typeof payload.assigneeId === 'string') {
      await this.people.assertAssignable(payload.assigneeId, 'payload.assigneeId');
    }
    return this.dataSource.transaction((manager) =>
      this.transitions.apply(manager, { claimId, event, payload, expectedVersion, actor: actorOf(caller) }),
    );
  }

  /**
   * Renews the lease from now, for the holder (an editor may renew it for them, as the machine's `renew_lease` rule
   * says); the old expiry timer finds a later lease and does nothing.
   */
  async extendLease(claimId: string, caller: Caller): Promise<ClaimEntity> {
    return this.dataSource.transaction(async (manager) => {
      const claim = await manager.findOne(ClaimEntity, { where: { id: claimId }, lock: { mode: 'pessimistic_write' } });
      if (!claim) throw notFound('claim', claimId);
      const refused = checkAction('renew_lease', snapshotOf(claim), actorOf(caller));
      if (refused) throw refusalError(refused, claim.status);
      const leaseExpiresAt = new Date(Date.now() + this.config.REVIEW_LEASE_SECONDS * 1000);
      await manager.update(ClaimEntity, { id: claimId }, { leaseExpiresAt });
      await manager.insert(ReviewEventEntity, {
        claimId,
        event: 'lease_extended',
        from: claim.status,
        to: claim.status,
        actorId: caller.keyId,
        actorRole: caller.role,
        payload: { leaseExpiresAt: leaseExpiresAt.toISOString() },
      });
      await enqueueInOutbox(manager, [outboxMessages.leaseStarted(claimId, leaseExpiresAt)]);
      return manager.merge(ClaimEntity, claim, { leaseExpiresAt });
    });
  }

  /** Timer job: returns an abandoned claim to the queue, unless the lease was renewed or the claim moved on. */
  async expireLease(claimId: string, leaseExpiresAt: Date, now = new Date()): Promise<TimerOutcome> {
    return this.dataSource.transaction(async (manager) => {
      const claim = await manager.findOne(ClaimEntity, { where: { id: claimId }, lock: { mode: 'pessimistic_write' } });
      if (!claim) return 'missing';
      const current = claim.leaseExpiresAt?.getTime();
      if (
        claim.status !== 'in_review' ||
        current === undefined ||
        current !== leaseExpiresAt.getTime() ||
        current > now.getTime()
      ) {
        return 'stale';
      }
      await this.transitions.apply(
        manager,
        { claimId, event: 'lease_expired', actor: SYSTEM_ACTOR, audit: { expiredLease: leaseExpiresAt.toISOString() } },
        now,
      );
      return 'applied';
    });
  }

  /**
   * Timer job at an SLA due instant: every open claim due by then (and not later than now) is marked overdue once,
   * with a claim.sla_breached event, in one statement. Claims being changed meanwhile are waited for, not skipped.
   */
  async breachSlasDueBy(dueBy: Date, now = new Date()): Promise<number> {
    const [{ breached }]: { breached: number }[] = await this.dataSource.query(
      ...bind(
        `WITH due AS (
         SELECT id, review_status, due_at FROM claims
         WHERE due_at <= least(:dueBy::timestamptz, :now::timestamptz) AND sla_breached_at IS NULL
           AND review_status NOT IN ('approved', 'discarded')
         ORDER BY id FOR UPDATE
       ), marked AS (
         UPDATE claims SET sla_breached_at = :now FROM due WHERE claims.id = due.id RETURNING claims.id, due.review_status, due.due_at
       ), events AS (
         INSERT INTO review_events (claim_id, event, from_status, to_status, actor_id, actor_role, payload)
         SELECT id, 'claim.sla_breached', review_status, review_status, NULL, 'system', jsonb_build_object('dueAt', due_at)
         FROM marked
       )
       SELECT count(*)::int AS breached FROM marked`,
        { dueBy, now },
      ),
    );
    return breached;
  }
}
