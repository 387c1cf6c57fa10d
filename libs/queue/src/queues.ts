import type { JobsOptions } from 'bullmq';

/** Every queue, its job names and payloads: the contract between producers (via the outbox) and processors. */
export const QUEUES = {
  extract: { name: 'extract', jobs: { extractArticle: 'extract-article' } },
  verification: { name: 'verification', jobs: { triageClaim: 'triage-claim' } },
  reviewTimers: { name: 'review-timers', jobs: { leaseExpired: 'lease-expired', slaDue: 'sla-due' } },
  webhooks: { name: 'webhooks', jobs: { deliver: 'deliver' } },
} as const;

export type QueueName = (typeof QUEUES)[keyof typeof QUEUES]['name'];

export interface ExtractArticlePayload {
  articleId: string;
}

export interface TriageClaimPayload {
  claimId: string;
}

export interface LeaseTimerPayload {
  claimId: string;
  /** The lease this timer was set for; a renewed lease makes it a no-op. */
  leaseExpiresAt: string;
}

export interface SlaTimerPayload {
  /** Every open claim due by this instant is overdue when the timer fires. */
  dueBy: string;
}

export interface WebhookDeliveryPayload {
  deliveryId: string;
}

/** Outbox topics map one-to-one onto a queue and job name. */
export const OUTBOX_TOPICS = {
  'article.submitted': { queue: QUEUES.extract.name, job: QUEUES.extract.jobs.extractArticle },
  'claim.extracted': { queue: QUEUES.verification.name, job: QUEUES.verification.jobs.triageClaim },
  'claim.lease_started': { queue: QUEUES.reviewTimers.name, job: QUEUES.reviewTimers.jobs.leaseExpired },
  'claim.sla_scheduled': { queue: QUEUES.reviewTimers.name, job: QUEUES.reviewTimers.jobs.slaDue },
  'webhook.delivery': { queue: QUEUES.webhooks.name, job: QUEUES.webhooks.jobs.deliver },
} as const;

export type OutboxTopic = keyof typeof OUTBOX_TOPICS;

/** Deterministic job ids: adding the same work twice is a no-op in BullMQ (which refuses ':' in custom ids). */
export const jobIds = {
  extract: (articleId: string) => `extract-${articleId}`,
  verify: (claimId: string) => `verify-${claimId}`,
  lease: (claimId: string, expiresAt: Date) => `lease-${claimId}-${expiresAt.getTime()}`,
  slaDue: (dueBy: Date) => `sla-due-${dueBy.getTime()}`,
  /** One delivery of a log event to an endpoint, whatever runs the dispatcher how often. */
  webhook: (subscriptionId: string, position: number) => `webhook-${subscriptionId}-${position}`,
  webhookPing: (deliveryId: string) => `webhook-ping-${deliveryId}`,
  /** Each replay is a job of its own: the earlier job's id is still taken (BullMQ keeps finished jobs a while). */
  webhookReplay: (deliveryId: string, replay: number) => `webhook-replay-${deliveryId}-${replay}`,
};

/**
 * Jobs here take milliseconds, so a worker that dies is noticed quickly: its lock lapses after 15 s (BullMQ renews
 * it halfway for a live worker) and the stalled-job check runs every 5 s, handing the job to another worker.
 */
export const WORKER_OPTIONS = { lockDuration: 15_000, stalledInterval: 5_000, maxStalledCount: 3 } as const;

/** Retention and retries in one place. Completed jobs stay a day so a replayed add with the same id is dropped. */
export const DEFAULT_JOB_OPTIONS: JobsOptions = {
  attempts: 5,
  backoff: { type: 'exponential', delay: 1_000 },
  removeOnComplete: { age: 24 * 3600, count: 100_000 },
  removeOnFail: { age: 7 * 24 * 3600 },
};

/** A delivery attempt may wait for its endpoint up to WEBHOOK_TIMEOUT_MS (10 s): its lock outlasts that. */
export const WEBHOOK_WORKER_OPTIONS = { ...WORKER_OPTIONS, lockDuration: 60_000 } as const;

/**
 * Delivery retries: `attempts` in all, the n-th retry `backoffMs * 2^(n-1)` after the attempt before it (BullMQ's
 * exponential backoff, which `webhookRetryDelay` mirrors so the delivery log can say when the next one comes).
 */
export const webhookJobOptions = (attempts: number, backoffMs: number): JobsOptions => ({
  ...DEFAULT_JOB_OPTIONS,
  attempts,
  backoff: { type: 'exponential', delay: backoffMs },
});

export const webhookRetryDelay = (attemptsMade: number, backoffMs: number): number =>
  Math.round(2 ** (attemptsMade - 1) * backoffMs);
