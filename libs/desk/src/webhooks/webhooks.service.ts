import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'crypto';
import { DataSource, EntityManager } from 'typeorm';
import { bind, queryPrepared } from '@factdesk/persistence';
import { actorOfCaller, type Caller, DomainError, notFound, recordAudit } from '@factdesk/platform';
import { WebhookSecrets } from './webhook-secrets';
import { WebhookTargetGuard } from './webhook-target-guard';
import {
  type SecretRotated,
  SUBSCRIPTION_COLUMNS,
  toWebhookView,
  type WebhookCreated,
  type WebhookDetail,
  type WebhookSubscriptionRow,
  type WebhookView,
} from './webhook-view';

/** After a rotation the old secret keeps signing this long, so receivers can take the new one without a gap. */
export const ROTATION_GRACE_MS = 24 * 3600 * 1000;
const HISTORY_SHOWN = 50;

export interface WebhookInput {
  url: string;
  events: string[];
  outlet?: string | null;
  description?: string | null;
  enabled?: boolean;
}

const CREATE = `
  INSERT INTO webhook_subscriptions (id, url, events, outlet, description, enabled, secret_sealed, created_by)
  VALUES (:id, :url, :events::text[], :outlet, :description, :enabled, :sealed, :actorId)
  RETURNING ${SUBSCRIPTION_COLUMNS}`;

/** A field left null in the parameters keeps its value; outlet and description can be cleared with `clear…`. */
const UPDATE = `
  UPDATE webhook_subscriptions SET
    url = coalesce(:url::text, url),
    events = coalesce(:events::text[], events),
    outlet = CASE WHEN :clearOutlet::boolean THEN NULL ELSE coalesce(:outlet::text, outlet) END,
    description = CASE WHEN :clearDescription::boolean THEN NULL ELSE coalesce(:description::text, description) END,
    enabled = coalesce(:enabled::boolean, enabled),
    -- Turned on again by hand: its failing streak starts over.
    failing_since = CASE WHEN :enabled::boolean IS TRUE AND NOT enabled THEN NULL ELSE failing_since END,
    disabled_reason = CASE WHEN :enabled::boolean IS NOT NULL THEN NULL ELSE disabled_reason END,
    updated_at = now()
  WHERE id = :id RETURNING ${SUBSCRIPTION_COLUMNS}`;

const ROTATE = `
  UPDATE webhook_subscriptions SET previous_secret_sealed = secret_sealed, previous_secret_expires_at = :expiresAt,
    secret_sealed = :sealed, updated_at = now()
  WHERE id = :id RETURNING id`;

const AUDIT = `
  INSERT INTO webhook_audit_events (subscription_id, action, actor_id, details)
  VALUES (:id, :action, :actorId, :details::jsonb)`;

/** Endpoints (admin): create, list, read, change, delete, rotate the secret. Every change is an audit event. */
@Injectable()
export class WebhooksService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly secrets: WebhookSecrets,
    private readonly guard: WebhookTargetGuard,
  ) {}

  async create(input: WebhookInput, caller: Caller): Promise<WebhookCreated> {
    await this.guard.assertAllowed(input.url);
    const id = randomUUID();
    const secret = this.secrets.generate();
    return this.dataSource.transaction(async (manager) => {
      const [row] = await queryPrepared<WebhookSubscriptionRow>(
        manager,
        ...bind(CREATE, {
          id,
          url: input.url,
          events: unique(input.events),
          outlet: input.outlet ?? null,
          description: input.description ?? null,
          enabled: input.enabled ?? true,
          sealed: this.secrets.seal(id, secret),
          actorId: caller.keyId,
        }),
      );
      await audit(manager, id, 'created', caller, { url: input.url, events: row.events, outlet: row.outlet });
      return { ...toWebhookView(row), secret };
    });
  }

  async list(): Promise<WebhookView[]> {
    const rows = await queryPrepared<WebhookSubscriptionRow>(
      this.dataSource,
      `SELECT ${SUBSCRIPTION_COLUMNS} FROM webhook_subscriptions ORDER BY created_at, id`,
      [],
    );
    return rows.map(toWebhookView);
  }

  async detail(id: string): Promise<WebhookDetail> {
    const [row] = await queryPrepared<WebhookSubscriptionRow>(
      this.dataSource,
      ...bind(`SELECT ${SUBSCRIPTION_COLUMNS} FROM webhook_subscriptions WHERE id = :id`, { id }),
    );
    if (!row) throw notFound('webhook', id);
    const history = await this.dataSource.query<
      { action: string; actor_id: string | null; details: object; at: Date }[]
    >(
      ...bind(
        `SELECT action, actor_id, details, created_at AS at FROM webhook_audit_events
         WHERE subscription_id = :id ORDER BY id DESC LIMIT :limit`,
        { id, limit: HISTORY_SHOWN },
      ),
    );
    return {
      ...toWebhookView(row),
      history: history.map((entry) => ({
        action: entry.action,
        actorId: entry.actor_id,
        details: entry.details as Record<string, unknown>,
        at: entry.at.toISOString(),
      })),
    };
  }

  async update(id: string, input: Partial<WebhookInput>, caller: Caller): Promise<WebhookView> {
    const changed = Object.keys(input).filter((key) => input[key as keyof WebhookInput] !== undefined);
    if (changed.length === 0) {
      throw new DomainError('invalid_input', 'give at least one of url, events, outlet, description, enabled', []);
    }
    if (input.url !== undefined) await this.guard.assertAllowed(input.url);
    return this.dataSource.transaction(async (manager) => {
      const [row] = await queryPrepared<WebhookSubscriptionRow>(
        manager,
        ...bind(UPDATE, {
          id,
          url: input.url ?? null,
          events: input.events ? unique(input.events) : null,
          outlet: input.outlet ?? null,
          clearOutlet: input.outlet === null,
          description: input.description ?? null,
          clearDescription: input.description === null,
          enabled: input.enabled ?? null,
        }),
      );
      if (!row) throw notFound('webhook', id);
      await audit(
        manager,
        id,
        'updated',
        caller,
        Object.fromEntries(changed.map((key) => [key, input[key as keyof WebhookInput]])),
      );
      return toWebhookView(row);
    });
  }

  async remove(id: string, caller: Caller): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const deleted = await queryPrepared<{ id: string }>(
        manager,
        ...bind(`DELETE FROM webhook_subscriptions WHERE id = :id RETURNING id`, { id }),
      );
      if (deleted.length === 0) throw notFound('webhook', id);
      await audit(manager, id, 'deleted', caller, {});
    });
  }

  /** A new secret, shown once; the old one signs too for ROTATION_GRACE_MS. */
  async rotateSecret(id: string, caller: Caller): Promise<SecretRotated> {
    const secret = this.secrets.generate();
    const expiresAt = new Date(Date.now() + ROTATION_GRACE_MS);
    return this.dataSource.transaction(async (manager) => {
      const rows = await queryPrepared<{ id: string }>(
        manager,
        ...bind(ROTATE, { id, sealed: this.secrets.seal(id, secret), expiresAt }),
      );
      if (rows.length === 0) throw notFound('webhook', id);
      await audit(manager, id, 'secret_rotated', caller, { previousSecretExpiresAt: expiresAt.toISOString() });
      return { id, secret, previousSecretExpiresAt: expiresAt.toISOString() };
    });
  }
}

const unique = (events: string[]) => [...new Set(events)];

/**
 * The endpoint's own history (its detail shows it) and, for a change someone made (not the worker disabling a failing
 * endpoint), the desk's audit log: both in the transaction of the change.
 */
export async function audit(
  manager: EntityManager,
  id: string,
  action: string,
  caller: Caller | null,
  details: Record<string, unknown>,
): Promise<void> {
  await queryPrepared(
    manager,
    ...bind(AUDIT, { id, action, actorId: caller?.keyId ?? null, details: JSON.stringify(details) }),
  );
  if (caller) {
    await recordAudit(manager, {
      actor: actorOfCaller(caller),
      action: `webhook.${action}`,
      targetType: 'webhook',
      targetId: id,
      details: typeof details.url === 'string' ? { ...details, url: urlWithoutSecrets(details.url) } : details,
    });
  }
}

/** Receivers often put their token in the path or query of the URL (Slack's do): the desk-wide log keeps the origin. */
function urlWithoutSecrets(url: string): string {
  try {
    const parsed = new URL(url);
    return parsed.pathname === '/' && !parsed.search ? parsed.origin : `${parsed.origin}/…`;
  } catch {
    return '(not a URL)';
  }
}
