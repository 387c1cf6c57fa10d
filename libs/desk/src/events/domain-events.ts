import type { DataSource, EntityManager } from 'typeorm';
import { bind, queryPrepared } from '@factdesk/persistence';
import type { DomainEventType } from './log-event';

export interface DomainEvent {
  type: DomainEventType;
  articleId?: string | null;
  claimId?: string | null;
  /** Shown to stream clients as it is; `outlet` here is what the outlet filter matches. */
  payload?: Record<string, unknown>;
}

const INSERT_DOMAIN_EVENT = `
  INSERT INTO domain_events (type, article_id, claim_id, payload) VALUES (:type, :articleId, :claimId, :payload::jsonb)`;

/** Appends an event to the log in the caller's transaction, so it is there exactly when the change it announces is. */
export async function recordDomainEvent(target: DataSource | EntityManager, event: DomainEvent): Promise<void> {
  await queryPrepared(
    target,
    ...bind(INSERT_DOMAIN_EVENT, {
      type: event.type,
      articleId: event.articleId ?? null,
      claimId: event.claimId ?? null,
      payload: JSON.stringify(event.payload ?? {}),
    }),
  );
}
