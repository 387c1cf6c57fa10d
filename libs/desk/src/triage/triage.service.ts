import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ClaimEntity } from '@factdesk/persistence';
import { APP_CONFIG, AppConfig, DomainError } from '@factdesk/platform';
import { outboxMessages } from '@factdesk/queue';
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

  /**
   * Places a new claim in the human verification queue once, with a priority and an SLA due time. No transaction
   * or lock: the transition is one statement that only applies to the version read here, so a duplicate run that
   * loses the race writes nothing.
   */
  async triageClaim(claimId: string, now = new Date()): Promise<TriageOutcome> {
    const manager = this.dataSource.manager;
    const claim = await manager.findOneBy(ClaimEntity, { id: claimId });
    if (!claim) return { status: 'missing' };
    if (claim.status !== 'new') return { status: 'already_triaged' };

    const priority = triagePriority(claim);
    const dueAt = new Date(now.getTime() + this.slaHours(priority.score) * 3_600_000);
    try {
      await this.transitions.apply(manager, {
        claimId,
        event: 'triage',
        actor: SYSTEM_ACTOR,
        also: { priority: priority.score, dueAt },
        audit: { priority: priority.score, reasons: priority.reasons, dueAt: dueAt.toISOString() },
        messages: [outboxMessages.slaScheduled(this.slaTimerFor(dueAt))],
      }, now, claim);
    } catch (error) {
      if (error instanceof DomainError && error.code === 'stale_version') return { status: 'already_triaged' };
      throw error;
    }
    return { status: 'queued', priority: priority.score };
  }

  private slaTimerFor(dueAt: Date): Date {
    const step = this.config.SLA_TIMER_STEP_SECONDS * 1000;
    return new Date(Math.ceil(dueAt.getTime() / step) * step);
  }

  private slaHours(priority: number): number {
    if (priority >= HIGH_PRIORITY) return this.config.SLA_HOURS_HIGH;
    if (priority >= NORMAL_PRIORITY) return this.config.SLA_HOURS_NORMAL;
    return this.config.SLA_HOURS_LOW;
  }
}
