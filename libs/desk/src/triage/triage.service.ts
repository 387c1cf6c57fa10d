import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ClaimEntity, ReviewEventEntity } from '@factdesk/persistence';
import { triagePriority } from './priority';

export type TriageOutcome = { status: 'queued'; priority: number } | { status: 'already_triaged' | 'missing' };

@Injectable()
export class TriageService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Places a new claim in the human verification queue once: the claim row is locked and checked for 'new'. */
  async triageClaim(claimId: string): Promise<TriageOutcome> {
    return this.dataSource.transaction(async (manager) => {
      const claim = await manager.findOne(ClaimEntity, { where: { id: claimId }, lock: { mode: 'pessimistic_write' } });
      if (!claim) return { status: 'missing' };
      if (claim.status !== 'new') return { status: 'already_triaged' };

      const priority = triagePriority(claim);
      await manager.update(ClaimEntity, { id: claimId, version: claim.version }, {
        status: 'queued',
        priority: priority.score,
        version: claim.version + 1,
      });
      await manager.insert(ReviewEventEntity, {
        claimId,
        event: 'triage',
        from: 'new',
        to: 'queued',
        actorId: null,
        actorRole: 'system',
        payload: { priority: priority.score, reasons: priority.reasons },
      });
      return { status: 'queued', priority: priority.score };
    });
  }
}
