import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'crypto';
import { DataSource, EntityManager } from 'typeorm';
import { bind, queryPrepared } from '@factdesk/persistence';
import { type Caller, DomainError, notFound } from '@factdesk/platform';
import { enqueueInOutbox, jobIds, outboxMessages } from '@factdesk/queue';
import { decodeCursor, type KeyedRow, pageLimit, pageOf, queryFingerprint, sortKeyText } from '../tracking/list-cursor';
import { pingBody } from './webhook-events';
import type { DeliveryQueued, WebhookAttemptPage } from './webhook-view';
import { audit } from './webhooks.service';

export interface AttemptPageQuery {
  limit?: number;
  cursor?: string;
}

const ATTEMPTS_PAGE = (after: boolean) => `
  SELECT a.id, a.delivery_id, d.type, d.position::text, a.attempt, a.outcome, a.status_code, a.latency_ms, a.error,
    a.next_retry_at, d.status AS delivery_status, a.created_at,
    ${sortKeyText('a.created_at', 'timestamptz')} AS key_0, a.id::text AS key_1
  FROM webhook_attempts a JOIN webhook_deliveries d ON d.id = a.delivery_id
  WHERE a.subscription_id = :id ${after ? 'AND (a.created_at, a.id) < (:afterAt::timestamptz, :afterId::uuid)' : ''}
  ORDER BY a.created_at DESC, a.id DESC LIMIT :limit`;

/** Delivery rows finished (delivered or failed) go back to pending with one more replay; in-flight ones are left. */
const REPLAY = (where: string) => `
  UPDATE webhook_deliveries SET status = 'pending', replays = replays + 1, next_attempt_at = NULL, finished_at = NULL
  WHERE subscription_id = :id AND status <> 'pending' AND ${where} RETURNING id, replays`;

type AttemptRow = KeyedRow & {
  id: string;
  delivery_id: string;
  type: string;
  position: string | null;
  attempt: number;
  outcome: string;
  status_code: number | null;
  latency_ms: number;
  error: string | null;
  next_retry_at: Date | null;
  delivery_status: string;
  created_at: Date;
};

/** The admin side of deliveries: the attempt log, replays and test pings, each written through the outbox. */
@Injectable()
export class WebhookDeliveryLog {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Every attempt at the endpoint's deliveries, newest first, keyset paged. */
  async attempts(id: string, query: AttemptPageQuery): Promise<WebhookAttemptPage> {
    await this.assertExists(this.dataSource.manager, id);
    const limit = pageLimit(query.limit);
    const fingerprint = queryFingerprint({ webhook: id });
    const after = query.cursor ? decodeCursor(query.cursor, fingerprint, ['timestamptz', 'uuid']) : null;
    const rows = await queryPrepared<AttemptRow>(
      this.dataSource,
      ...bind(ATTEMPTS_PAGE(after !== null), {
        id,
        limit: limit + 1,
        ...(after ? { afterAt: after[0], afterId: after[1] } : {}),
      }),
    );
    const page = pageOf(rows, limit, fingerprint, 2);
    return {
      attempts: page.rows.map((row) => ({
        id: row.id,
        deliveryId: row.delivery_id,
        webhookId: row.delivery_id,
        type: row.type,
        position: row.position === null ? null : Number(row.position),
        attempt: row.attempt,
        outcome: row.outcome,
        statusCode: row.status_code,
        latencyMs: row.latency_ms,
        error: row.error,
        nextRetryAt: row.next_retry_at?.toISOString() ?? null,
        deliveryStatus: row.delivery_status,
        at: row.created_at.toISOString(),
      })),
      nextCursor: page.nextCursor,
    };
  }

  /** A `webhook.test` delivery, through the same queue and log as any other. */
  async ping(id: string, caller: Caller): Promise<DeliveryQueued> {
    return this.dataSource.transaction(async (manager) => {
      await this.assertExists(manager, id);
      const deliveryId = randomUUID();
      await queryPrepared(
        manager,
        ...bind(
          `INSERT INTO webhook_deliveries (id, subscription_id, type, body) VALUES (:deliveryId, :id, :type, :body)`,
          { deliveryId, id, type: 'webhook.test', body: JSON.stringify(pingBody(id, new Date())) },
        ),
      );
      await enqueueInOutbox(manager, [outboxMessages.webhookDelivery(jobIds.webhookPing(deliveryId), { deliveryId })]);
      await audit(manager, id, 'test_sent', caller, { deliveryId });
      return { deliveryId, webhookId: deliveryId };
    });
  }

  /** Sends one finished delivery again: same body, same `webhook-id`, a fresh series of attempts. */
  async replay(id: string, deliveryId: string, caller: Caller): Promise<DeliveryQueued> {
    return this.dataSource.transaction(async (manager) => {
      await this.assertExists(manager, id);
      const [status] = await queryPrepared<{ status: string }>(
        manager,
        ...bind(`SELECT status FROM webhook_deliveries WHERE id = :deliveryId AND subscription_id = :id`, {
          deliveryId,
          id,
        }),
      );
      if (!status) throw notFound('delivery', deliveryId);
      if (status.status === 'pending') {
        throw new DomainError('conflict', `delivery ${deliveryId} is still being attempted; replay it once it ends`, {
          id: deliveryId,
        });
      }
      await this.replayWhere(manager, id, `id = :deliveryId`, { deliveryId });
      await audit(manager, id, 'replayed', caller, { deliveryId });
      return { deliveryId, webhookId: deliveryId };
    });
  }

  /** Sends again every delivery made since `since` whose attempts all failed. */
  async replayFailed(id: string, since: Date, caller: Caller): Promise<{ replayed: number }> {
    return this.dataSource.transaction(async (manager) => {
      await this.assertExists(manager, id);
      const replayed = await this.replayWhere(manager, id, `status = 'failed' AND created_at >= :since`, { since });
      await audit(manager, id, 'replayed_failed', caller, { since: since.toISOString(), replayed });
      return { replayed };
    });
  }

  private async replayWhere(
    manager: EntityManager,
    id: string,
    where: string,
    params: Record<string, unknown>,
  ): Promise<number> {
    const rows = await queryPrepared<{ id: string; replays: number }>(
      manager,
      ...bind(REPLAY(where), { id, ...params }),
    );
    await enqueueInOutbox(
      manager,
      rows.map((row) =>
        outboxMessages.webhookDelivery(jobIds.webhookReplay(row.id, row.replays), { deliveryId: row.id }),
      ),
    );
    return rows.length;
  }

  private async assertExists(manager: EntityManager, id: string): Promise<void> {
    const rows = await queryPrepared(manager, ...bind(`SELECT 1 FROM webhook_subscriptions WHERE id = :id`, { id }));
    if (rows.length === 0) throw notFound('webhook', id);
  }
}
