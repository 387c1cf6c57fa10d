import type { EntityManager } from 'typeorm';
import { bind, queryPrepared } from '@factdesk/persistence';
import {
  type ExtractArticlePayload,
  jobIds,
  type OutboxTopic,
  type TriageClaimPayload,
  type WebhookDeliveryPayload,
} from './queues';

export interface OutboxMessage {
  topic: OutboxTopic;
  jobId: string;
  payload: Record<string, unknown>;
  runAt?: Date;
}

export const outboxMessages = {
  articleSubmitted: (payload: ExtractArticlePayload): OutboxMessage => ({
    topic: 'article.submitted',
    jobId: jobIds.extract(payload.articleId),
    payload: { ...payload },
  }),
  claimExtracted: (payload: TriageClaimPayload): OutboxMessage => ({
    topic: 'claim.extracted',
    jobId: jobIds.verify(payload.claimId),
    payload: { ...payload },
  }),
  leaseStarted: (claimId: string, leaseExpiresAt: Date): OutboxMessage => ({
    topic: 'claim.lease_started',
    jobId: jobIds.lease(claimId, leaseExpiresAt),
    payload: { claimId, leaseExpiresAt: leaseExpiresAt.toISOString() },
    runAt: leaseExpiresAt,
  }),
  /** One timer per due instant, shared by every claim due then (the outbox keeps one row per job id). */
  slaScheduled: (dueBy: Date): OutboxMessage => ({
    topic: 'claim.sla_scheduled',
    jobId: jobIds.slaDue(dueBy),
    payload: { dueBy: dueBy.toISOString() },
    runAt: dueBy,
  }),
  /** A delivery attempt series; `jobId` is the event's (jobIds.webhook), a ping's or a replay's. */
  webhookDelivery: (jobId: string, payload: WebhookDeliveryPayload): OutboxMessage => ({
    topic: 'webhook.delivery',
    jobId,
    payload: { ...payload },
  }),
};

export type OutboxParams = {
  outboxTopics: string[];
  outboxJobIds: string[];
  outboxPayloads: string[];
  outboxRunAts: (Date | null)[];
};

/** The messages as the four arrays that `outboxInsert` unnests (one per column), named as its parameters. */
export function outboxParams(messages: OutboxMessage[]): OutboxParams {
  return {
    outboxTopics: messages.map((message) => message.topic),
    outboxJobIds: messages.map((message) => message.jobId),
    outboxPayloads: messages.map((message) => JSON.stringify(message.payload)),
    outboxRunAts: messages.map((message) => message.runAt ?? null),
  };
}

/**
 * SQL (for `bind`) that inserts the messages passed as `...outboxParams(messages)`, so a caller can write them in the
 * same statement as the state they announce (`guard`: an optional WHERE, e.g. on a CTE having run; `m.n` is the
 * message's 1-based position). A message whose job already waits in the outbox is dropped: that job will do the work.
 */
export const outboxInsert = (guard = ''): string =>
  `INSERT INTO outbox (topic, job_id, payload, run_at)
   SELECT m.topic, m.job_id, m.payload, m.run_at
   FROM unnest(:outboxTopics::text[], :outboxJobIds::text[], :outboxPayloads::jsonb[], :outboxRunAts::timestamptz[])
        WITH ORDINALITY AS m(topic, job_id, payload, run_at, n) ${guard}
   ON CONFLICT (job_id) DO NOTHING`;

/** Writes messages in the manager's transaction (they leave for Redis only after it commits), or on their own. */
export async function enqueueInOutbox(manager: EntityManager, messages: OutboxMessage[]): Promise<void> {
  if (messages.length === 0) return;
  await queryPrepared(manager, ...bind(outboxInsert(), outboxParams(messages)));
}
