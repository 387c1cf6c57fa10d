import type { AppConfig } from '@factdesk/platform';
import { type OutboxMessage, outboxMessages } from '@factdesk/queue';

const HIGH_PRIORITY = 70;
const NORMAL_PRIORITY = 40;

export const PRIORITY_BANDS = ['high', 'normal', 'low'] as const;
export type PriorityBand = (typeof PRIORITY_BANDS)[number];

/** The band a priority falls in; each band has its own SLA (and the stats count open claims by band). */
export const priorityBand = (priority: number): PriorityBand =>
  priority >= HIGH_PRIORITY ? 'high' : priority >= NORMAL_PRIORITY ? 'normal' : 'low';

/** priorityBand in SQL, over the column `priority`. */
export const PRIORITY_BAND_SQL = `CASE WHEN priority >= ${HIGH_PRIORITY} THEN 'high' WHEN priority >= ${NORMAL_PRIORITY} THEN 'normal' ELSE 'low' END`;

const SLA_HOURS_KEY = { high: 'SLA_HOURS_HIGH', normal: 'SLA_HOURS_NORMAL', low: 'SLA_HOURS_LOW' } as const;

export interface SlaSchedule {
  dueAt: Date;
  /** The shared timer that marks the claim overdue: due times are rounded up to SLA_TIMER_STEP_SECONDS. */
  timer: OutboxMessage;
}

type SlaConfig = Pick<AppConfig, 'SLA_HOURS_HIGH' | 'SLA_HOURS_NORMAL' | 'SLA_HOURS_LOW' | 'SLA_TIMER_STEP_SECONDS'>;

/** When a claim queued now with this priority is due, and the timer that checks it. */
export function slaSchedule(config: SlaConfig, priority: number, now: Date): SlaSchedule {
  const hours = config[SLA_HOURS_KEY[priorityBand(priority)]];
  const dueAt = new Date(now.getTime() + hours * 3_600_000);
  const step = config.SLA_TIMER_STEP_SECONDS * 1000;
  return { dueAt, timer: outboxMessages.slaScheduled(new Date(Math.ceil(dueAt.getTime() / step) * step)) };
}
