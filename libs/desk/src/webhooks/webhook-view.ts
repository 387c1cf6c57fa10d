/** Endpoints as the API shows them; the secret never, except once when it is made. */
export interface WebhookView {
  id: string;
  url: string;
  events: string[];
  outlet: string | null;
  description: string | null;
  enabled: boolean;
  /** Why the desk disabled it (an endpoint that kept failing); null when enabled or disabled by hand. */
  disabledReason: string | null;
  /** Since when every attempt has failed; null while its last attempt succeeded. */
  failingSince: string | null;
  /** After a rotation the previous secret also signs until then. */
  previousSecretExpiresAt: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface WebhookCreated extends WebhookView {
  /** `whsec_…`: shown in this answer only. */
  secret: string;
}

export interface WebhookAuditView {
  action: string;
  actorId: string | null;
  details: Record<string, unknown>;
  at: string;
}

export interface WebhookDetail extends WebhookView {
  /** The latest changes first: created, updated, secret rotated, disabled, replays. */
  history: WebhookAuditView[];
}

export interface SecretRotated {
  id: string;
  secret: string;
  previousSecretExpiresAt: string;
}

export interface WebhookAttemptView {
  id: string;
  deliveryId: string;
  /** The `webhook-id` header: the same on every attempt and replay of the delivery. */
  webhookId: string;
  type: string;
  position: number | null;
  attempt: number;
  outcome: string;
  statusCode: number | null;
  latencyMs: number;
  error: string | null;
  /** When the next attempt is due; null if this was the last one. */
  nextRetryAt: string | null;
  /** The delivery's state now: pending, delivered or failed. */
  deliveryStatus: string;
  at: string;
}

export interface WebhookAttemptPage {
  attempts: WebhookAttemptView[];
  nextCursor: string | null;
}

export interface DeliveryQueued {
  deliveryId: string;
  webhookId: string;
}

export interface WebhookSubscriptionRow {
  id: string;
  url: string;
  events: string[];
  outlet: string | null;
  description: string | null;
  enabled: boolean;
  disabled_reason: string | null;
  failing_since: Date | null;
  previous_secret_expires_at: Date | null;
  created_at: Date;
  updated_at: Date;
}

export const SUBSCRIPTION_COLUMNS =
  'id, url, events, outlet, description, enabled, disabled_reason, failing_since, previous_secret_expires_at, created_at, updated_at';

const iso = (date: Date | null) => date?.toISOString() ?? null;

export const toWebhookView = (row: WebhookSubscriptionRow): WebhookView => ({
  id: row.id,
  url: row.url,
  events: row.events,
  outlet: row.outlet,
  description: row.description,
  enabled: row.enabled,
  disabledReason: row.disabled_reason,
  failingSince: iso(row.failing_since),
  previousSecretExpiresAt:
    row.previous_secret_expires_at && row.previous_secret_expires_at > new Date()
      ? row.previous_secret_expires_at.toISOString()
      : null,
  createdAt: row.created_at.toISOString(),
  updatedAt: row.updated_at.toISOString(),
});
