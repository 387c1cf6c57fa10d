import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { ClaimEntity, ReviewEventEntity } from '@factdesk/persistence';
import { actorOfCaller, Caller, DomainError, notFound, recordAudit } from '@factdesk/platform';
import { PeopleService } from '../people/people.service';
import { actorOf, ClaimTransitions } from './claim-transitions';

export type BulkAction =
  | { action: 'assign'; assigneeId: string }
  | { action: 'priority'; priority: number }
  | { action: 'discard'; reason: string };

export interface BulkResult {
  id: string;
  ok: boolean;
  status?: string;
  version?: number;
  error?: { statusCode: number; message: string; details?: unknown };
}

/**
 * Editor actions over many claims. Each claim is its own transaction, so one refusal does not undo the others,
 * and each outcome is reported.
 */
@Injectable()
export class BulkService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly transitions: ClaimTransitions,
    private readonly people: PeopleService,
  ) {}

  async apply(ids: string[], action: BulkAction, caller: Caller): Promise<BulkResult[]> {
    if (action.action === 'assign') await this.people.assertAssignable(action.assigneeId, 'assigneeId');
    const results: BulkResult[] = [];
    for (const id of [...new Set(ids)]) {
      try {
        const claim = await this.dataSource.transaction((manager) => this.applyOne(manager, id, action, caller));
        results.push({ id, ok: true, status: claim.status, version: claim.version });
      } catch (error) {
        if (!(error instanceof DomainError)) throw error;
        results.push({
          id,
          ok: false,
          error: { statusCode: error.status, message: error.message, details: error.details },
        });
      }
    }
    await this.audit(action, results, caller);
    return results;
  }

  /**
   * One audit row per call, listing the claims it changed and the ones refused. Each claim's own change is audited
   * in its transaction (review_events); this row is written after them, since the call spans many transactions.
   */
  private async audit(action: BulkAction, results: BulkResult[], caller: Caller): Promise<void> {
    const claimIds = results.filter((result) => result.ok).map((result) => result.id);
    if (claimIds.length === 0) return;
    const { action: name, ...parameters } = action;
    await this.dataSource.transaction((manager) =>
      recordAudit(manager, {
        actor: actorOfCaller(caller),
        action: `claims.bulk_${name}`,
        targetType: 'claim',
        targetId: null,
        details: {
          ...parameters,
          claimIds,
          refused: results.filter((result) => !result.ok).map((result) => result.id),
        },
      }),
    );
  }

  private async applyOne(manager: EntityManager, id: string, action: BulkAction, caller: Caller): Promise<ClaimEntity> {
    const actor = actorOf(caller);
    switch (action.action) {
      case 'assign':
        return this.transitions.apply(manager, {
          claimId: id,
          event: 'reassign',
          actor,
          payload: { assigneeId: action.assigneeId },
        });
      case 'discard':
        return this.transitions.apply(manager, {
          claimId: id,
          event: 'discard',
          actor,
          payload: { reason: action.reason },
        });
      case 'priority': {
        const claim = await manager.findOne(ClaimEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
        if (!claim) throw notFound('claim', id);
        await manager.update(ClaimEntity, { id }, { priority: action.priority, version: claim.version + 1 });
        await manager.insert(ReviewEventEntity, {
          claimId: id,
          event: 'priority_changed',
          from: claim.status,
          to: claim.status,
          actorId: caller.keyId,
          actorRole: caller.role,
          payload: { from: claim.priority, to: action.priority },
        });
        return manager.merge(ClaimEntity, claim, { priority: action.priority, version: claim.version + 1 });
      }
    }
  }
}
