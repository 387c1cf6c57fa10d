import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { bind, queryPrepared } from '@factdesk/persistence';
import { APP_CONFIG, type AppConfig, webhookDeliveries } from '@factdesk/platform';
import { webhookRetryDelay } from '@factdesk/queue';
import { WebhookSecrets } from './webhook-secrets';
import { type AttemptResult, WebhookSender } from './webhook-sender';

export type DeliveryOutcome = 'delivered' | 'retrying' | 'failed' | 'disabled' | 'finished' | 'gone';

const DELIVERY = `
  SELECT d.id, d.status, d.body, s.id AS subscription_id, s.url, s.enabled, s.secret_sealed, s.previous_secret_sealed,
    s.previous_secret_expires_at > now() AS previous_signs
  FROM webhook_deliveries d JOIN webhook_subscriptions s ON s.id = d.subscription_id
  WHERE d.id = :id`;

/** The attempt, the delivery's new state and the endpoint's health, in one statement. */
const RECORD_ATTEMPT = `
  WITH delivery AS (
    UPDATE webhook_deliveries SET attempts = attempts + 1,
      status = CASE WHEN :delivered::boolean THEN 'delivered' WHEN :retrying::boolean THEN 'pending' ELSE 'failed' END,
      next_attempt_at = :nextRetryAt::timestamptz,
      finished_at = CASE WHEN :retrying::boolean THEN NULL ELSE now() END
    WHERE id = :deliveryId::uuid RETURNING attempts, subscription_id
  ), attempt AS (
    INSERT INTO webhook_attempts (delivery_id, subscription_id, attempt, outcome, status_code, latency_ms, error,
      next_retry_at)
    SELECT :deliveryId::uuid, subscription_id, attempts, :outcome::text, :statusCode::int, :latencyMs::int,
      :error::text, :nextRetryAt::timestamptz
    FROM delivery
  ), recovered AS (
    UPDATE webhook_subscriptions SET failing_since = NULL
    WHERE :delivered::boolean AND id = :subscriptionId::uuid AND failing_since IS NOT NULL
  ), failing AS (
    UPDATE webhook_subscriptions SET failing_since = now()
    WHERE NOT :delivered::boolean AND id = :subscriptionId::uuid AND failing_since IS NULL
  ), disabled AS (
    -- Never the same row as "failing", which only touches an endpoint that was not failing yet.
    UPDATE webhook_subscriptions SET enabled = false, updated_at = now(),
      disabled_reason = 'every attempt failed for ' || :disableAfter::int || ' s'
    WHERE NOT :delivered::boolean AND id = :subscriptionId::uuid AND enabled
      AND failing_since <= now() - :disableAfter::int * interval '1 second'
    RETURNING id, failing_since
  )
  INSERT INTO webhook_audit_events (subscription_id, action, details)
  SELECT id, 'disabled', jsonb_build_object('failingSince', failing_since, 'lastError', :error::text) FROM disabled`;

interface DeliveryRow {
  id: string;
  status: string;
  body: string;
  subscription_id: string;
  url: string;
  enabled: boolean;
  secret_sealed: string;
  previous_secret_sealed: string | null;
  previous_signs: boolean | null;
}

/**
 * One attempt at one delivery (the worker's webhooks queue). The payload names the delivery only: its body, endpoint
 * and secrets are read here, so a retry sends exactly the same body under the same `webhook-id`, signed afresh. No
 * database connection is held while the endpoint is waited for.
 */
@Injectable()
export class WebhookDeliverer {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly secrets: WebhookSecrets,
    private readonly sender: WebhookSender,
  ) {}

  /** `attempt` is this job's attempt number (1-based); retries remain while it is below `attempts`. */
  async attempt(deliveryId: string, attempt: number, attempts: number): Promise<DeliveryOutcome> {
    const [row] = await queryPrepared<DeliveryRow>(this.dataSource, ...bind(DELIVERY, { id: deliveryId }));
    if (!row) return 'gone';
    if (row.status !== 'pending') return 'finished';
    if (!row.enabled) {
      const error = 'the endpoint is disabled';
      await this.record(row, { outcome: 'disabled', statusCode: null, latencyMs: 0, error }, false);
      return 'disabled';
    }
    const secrets = [row.secret_sealed, ...(row.previous_signs ? [row.previous_secret_sealed!] : [])].map((sealed) =>
      this.secrets.open(row.subscription_id, sealed),
    );
    const result = await this.sender.send({ url: row.url, messageId: row.id, body: row.body, secrets });
    const retrying = result.outcome !== 'delivered' && attempt < attempts;
    const nextRetryAt = retrying
      ? new Date(Date.now() + webhookRetryDelay(attempt, this.config.WEBHOOK_BACKOFF_MS))
      : null;
    await this.record(row, result, retrying, nextRetryAt);
    return result.outcome === 'delivered' ? 'delivered' : retrying ? 'retrying' : 'failed';
  }

  private async record(
    row: DeliveryRow,
    result: AttemptResult | (Omit<AttemptResult, 'outcome'> & { outcome: 'disabled' }),
    retrying: boolean,
    nextRetryAt: Date | null = null,
  ): Promise<void> {
    webhookDeliveries.inc({ outcome: result.outcome });
    await queryPrepared(
      this.dataSource,
      ...bind(RECORD_ATTEMPT, {
        deliveryId: row.id,
        subscriptionId: row.subscription_id,
        delivered: result.outcome === 'delivered',
        retrying,
        nextRetryAt,
        outcome: result.outcome,
        statusCode: result.statusCode,
        latencyMs: result.latencyMs,
        error: result.error,
        disableAfter: this.config.WEBHOOK_DISABLE_AFTER_SECONDS,
      }),
    );
  }
}
