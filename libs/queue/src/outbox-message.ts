import type { EntityManager } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { OutboxEntity } from '@factdesk/persistence';
import { ExtractArticlePayload, jobIds, OutboxTopic, TriageClaimPayload } from './queues';

interface OutboxMessage {
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
  slaScheduled: (claimId: string, dueAt: Date): OutboxMessage => ({
    topic: 'claim.sla_scheduled',
    jobId: jobIds.sla(claimId),
    payload: { claimId },
    runAt: dueAt,
  }),
};

/** Writes messages inside the caller's transaction; they leave for Redis only after it commits. */
export async function enqueueInOutbox(manager: EntityManager, messages: OutboxMessage[]): Promise<void> {
  if (messages.length === 0) return;
  // jsonb payloads are plain records, which TypeORM's deep-partial type cannot express.
  await manager.getRepository(OutboxEntity).insert(messages as QueryDeepPartialEntity<OutboxEntity>[]);
}
