import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ReviewEventName } from '@factdesk/review';
import { ClaimEntity, ReviewEventEntity } from '@factdesk/persistence';
import { APP_CONFIG, AppConfig, Caller, DomainError, notFound } from '@factdesk/platform';
import { enqueueInOutbox, outboxMessages } from '@factdesk/queue';
import { actorOf, ClaimTransitions, SYSTEM_ACTOR } from './claim-transitions';

export type TimerOutcome = 'applied' | 'stale' | 'missing';

@Injectable()
export class ReviewService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly transitions: ClaimTransitions,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * Hands the caller their own list first (claims returned, reassigned or reopened to them), then the best open claim
   * (queued, or reopened to the queue; highest priority, then oldest), under a lease. SKIP LOCKED lets concurrent
   * reviewers each take a different row without waiting on one another.
   */
  async next(caller: Caller): Promise<ClaimEntity | null> {
    return this.dataSource.transaction(async (manager) => {
      const [own]: { id: string }[] = await manager.query(
        `SELECT id FROM claims WHERE assignee_id = $1 AND review_status IN ('returned', 'reopened')
         ORDER BY priority DESC, created_at, id LIMIT 1 FOR UPDATE SKIP LOCKED`,
        [caller.keyId],
      );
      const [candidate]: { id: string }[] = own ? [own] : await manager.query(
        `SELECT id FROM claims WHERE assignee_id IS NULL AND review_status IN ('queued', 'reopened')
         ORDER BY priority DESC, created_at, id LIMIT 1 FOR UPDATE SKIP LOCKED`,
      );
      if (!candidate) return null;
      return this.transitions.apply(manager, { claimId: candidate.id, event: 'claim', actor: actorOf(caller) });
    });
  }

  async fire(claimId: string, event: ReviewEventName, payload: Record<string, unknown>, expectedVersion: number, caller: Caller): Promise<ClaimEntity> {
    return this.dataSource.transaction((manager) =>
      this.transitions.apply(manager, { claimId, event, payload, expectedVersion, actor: actorOf(caller) }),
    );
  }

  /** Renews the holder's lease from now; the old expiry timer finds a later lease and does nothing. */
  async extendLease(claimId: string, caller: Caller): Promise<ClaimEntity> {
    return this.dataSource.transaction(async (manager) => {
      const claim = await manager.findOne(ClaimEntity, { where: { id: claimId }, lock: { mode: 'pessimistic_write' } });
      if (!claim) throw notFound('claim', claimId);
      if (claim.status !== 'in_review' || claim.assigneeId !== caller.keyId) {
        throw new DomainError('transition_refused', 'only the reviewer holding a claim in review can extend its lease', {
          status: claim.status,
        });
      }
      const leaseExpiresAt = new Date(Date.now() + this.config.REVIEW_LEASE_SECONDS * 1000);
      await manager.update(ClaimEntity, { id: claimId }, { leaseExpiresAt });
      await manager.insert(ReviewEventEntity, {
        claimId, event: 'lease_extended', from: claim.status, to: claim.status,
        actorId: caller.keyId, actorRole: caller.role, payload: { leaseExpiresAt: leaseExpiresAt.toISOString() },
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
      if (claim.status !== 'in_review' || current === undefined || current !== leaseExpiresAt.getTime() || current > now.getTime()) {
        return 'stale';
      }
      await this.transitions.apply(manager, { claimId, event: 'lease_expired', actor: SYSTEM_ACTOR, audit: { expiredLease: leaseExpiresAt.toISOString() } }, now);
      return 'applied';
    });
  }

  /** Timer job at the claim's due time: marks it overdue once and records claim.sla_breached. */
  async breachSla(claimId: string, now = new Date()): Promise<TimerOutcome> {
    return this.dataSource.transaction(async (manager) => {
      const claim = await manager.findOne(ClaimEntity, { where: { id: claimId }, lock: { mode: 'pessimistic_write' } });
      if (!claim) return 'missing';
      const open = !['approved', 'discarded'].includes(claim.status);
      if (!open || !claim.dueAt || claim.slaBreachedAt || claim.dueAt.getTime() > now.getTime()) return 'stale';
      await manager.update(ClaimEntity, { id: claimId }, { slaBreachedAt: now });
      await manager.insert(ReviewEventEntity, {
        claimId, event: 'claim.sla_breached', from: claim.status, to: claim.status,
        actorId: null, actorRole: 'system', payload: { dueAt: claim.dueAt.toISOString() },
      });
      return 'applied';
    });
  }
}
