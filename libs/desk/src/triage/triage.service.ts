import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ClaimEntity } from '@factdesk/persistence';
import { APP_CONFIG, AppConfig } from '@factdesk/platform';
import { enqueueInOutbox, outboxMessages } from '@factdesk/queue';
import { ClaimTransitions, SYSTEM_ACTOR } from '../review/claim-transitions';
import { triagePriority } from './priority';

export type TriageOutcome = { status: 'queued'; priority: number } | { status: 'already_triaged' | 'missing' };

const HIGH_PRIORITY = 70;
const NORMAL_PRIORITY = 40;

@Injectable()
export class TriageService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly transitions: ClaimTransitions,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Places a new claim in the human verification queue once, with a priority and an SLA due time. */
  async triageClaim(claimId: string, now = new Date()): Promise<TriageOutcome> {
    return this.dataSource.transaction(async (manager) => {
      const claim = await manager.findOne(ClaimEntity, { where: { id: claimId }, lock: { mode: 'pessimistic_write' } });
      if (!claim) return { status: 'missing' };
      if (claim.status !== 'new') return { status: 'already_triaged' };

      const priority = triagePriority(claim);
      const dueAt = new Date(now.getTime() + this.slaHours(priority.score) * 3_600_000);
      await this.transitions.apply(manager, {
        claimId,
        event: 'triage',
        actor: SYSTEM_ACTOR,
        also: { priority: priority.score, dueAt },
        audit: { priority: priority.score, reasons: priority.reasons, dueAt: dueAt.toISOString() },
      }, now, claim);
      await enqueueInOutbox(manager, [outboxMessages.slaScheduled(claimId, dueAt)]);
      return { status: 'queued', priority: priority.score };
    });
  }

  private slaHours(priority: number): number {
    if (priority >= HIGH_PRIORITY) return this.config.SLA_HOURS_HIGH;
    if (priority >= NORMAL_PRIORITY) return this.config.SLA_HOURS_NORMAL;
    return this.config.SLA_HOURS_LOW;
  }
}
