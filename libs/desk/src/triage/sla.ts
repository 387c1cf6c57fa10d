import type { AppConfig } from '@factdesk/platform';
import { OutboxMessage, outboxMessages } from '@factdesk/queue';

const HIGH_PRIORITY = 70;
const NORMAL_PRIORITY = 40;

export interface SlaSchedule {
  dueAt: Date;
  /** The shared timer that marks the claim overdue: due times are rounded up to SLA_TIMER_STEP_SECONDS. */
  timer: OutboxMessage;
}

type SlaConfig = Pick<AppConfig, 'SLA_HOURS_HIGH' | 'SLA_HOURS_NORMAL' | 'SLA_HOURS_LOW' | 'SLA_TIMER_STEP_SECONDS'>;

/** When a claim queued now with this priority is due, and the timer that checks it. */
export function slaSchedule(config: SlaConfig, priority: number, now: Date): SlaSchedule {
  const hours =
    priority >= HIGH_PRIORITY
      ? config.SLA_HOURS_HIGH
      : priority >= NORMAL_PRIORITY
        ? config.SLA_HOURS_NORMAL
        : config.SLA_HOURS_LOW;
  const dueAt = new Date(now.getTime() + hours * 3_600_000);
  const step = config.SLA_TIMER_STEP_SECONDS * 1000;
  return { dueAt, timer: outboxMessages.slaScheduled(new Date(Math.ceil(dueAt.getTime() / step) * step)) };
}
