import { type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * Webhooks (libs/desk/src/webhooks): endpoints, one delivery per (endpoint, log position) with the exact body every
 * attempt sends, one row per attempt (the delivery log), and an append-only audit of endpoint changes. The dispatcher
 * is an event-log consumer starting at the log's current end: history from before webhooks existed is not sent.
 */
export class Webhooks1766300000000 implements MigrationInterface {
  name = 'Webhooks1766300000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE webhook_subscriptions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        url text NOT NULL,
        events text[] NOT NULL CHECK (cardinality(events) > 0),
        outlet text,
        description text,
        enabled boolean NOT NULL DEFAULT true,
        -- AES-256-GCM under the deployment's webhook key: the secret must be read back to sign, so it cannot be hashed.
        secret_sealed text NOT NULL,
        -- After a rotation the old secret signs too until it expires, so receivers can switch without a gap.
        previous_secret_sealed text,
        previous_secret_expires_at timestamptz,
        failing_since timestamptz,
        disabled_reason text,
        created_by uuid,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`
      CREATE TABLE webhook_deliveries (
        id uuid PRIMARY KEY,
        subscription_id uuid NOT NULL REFERENCES webhook_subscriptions (id) ON DELETE CASCADE,
        -- The event's log position; null for a test ping.
        position bigint,
        type text NOT NULL,
        body text NOT NULL,
        status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'delivered', 'failed')),
        attempts integer NOT NULL DEFAULT 0,
        replays integer NOT NULL DEFAULT 0,
        next_attempt_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        finished_at timestamptz,
        UNIQUE (subscription_id, position)
      )`);
    await db.query(`
      CREATE INDEX webhook_deliveries_failed_idx ON webhook_deliveries (subscription_id, created_at)
      WHERE status = 'failed'`);
    await db.query(`
      CREATE TABLE webhook_attempts (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        delivery_id uuid NOT NULL REFERENCES webhook_deliveries (id) ON DELETE CASCADE,
        subscription_id uuid NOT NULL REFERENCES webhook_subscriptions (id) ON DELETE CASCADE,
        attempt integer NOT NULL,
        outcome text NOT NULL CHECK (outcome IN ('delivered', 'http_error', 'timeout', 'network_error', 'refused', 'disabled')),
        status_code integer,
        latency_ms integer NOT NULL,
        error text,
        next_retry_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT clock_timestamp()
      )`);
    await db.query(
      `CREATE INDEX webhook_attempts_page_idx ON webhook_attempts (subscription_id, created_at DESC, id DESC)`,
    );
    await db.query(`CREATE INDEX webhook_attempts_delivery_idx ON webhook_attempts (delivery_id)`);
    await db.query(`
      CREATE TABLE webhook_audit_events (
        id bigserial PRIMARY KEY,
        -- No foreign key: the audit of an endpoint outlives its deletion.
        subscription_id uuid NOT NULL,
        action text NOT NULL,
        actor_id uuid,
        details jsonb NOT NULL DEFAULT '{}',
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX webhook_audit_events_subscription_idx ON webhook_audit_events (subscription_id, id)`);
    await db.query(`
      CREATE TRIGGER webhook_audit_events_no_change BEFORE UPDATE OR DELETE ON webhook_audit_events
      FOR EACH ROW EXECUTE FUNCTION review_events_append_only()`);
    await db.query(`
      INSERT INTO event_consumers (name, position)
      SELECT 'webhooks', coalesce(max(last_position), 0) FROM event_log`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DELETE FROM event_consumers WHERE name = 'webhooks'`);
    await db.query(`DELETE FROM outbox WHERE topic = 'webhook.delivery'`);
    await db.query(`DROP TABLE webhook_audit_events`);
    await db.query(`DROP TABLE webhook_attempts`);
    await db.query(`DROP TABLE webhook_deliveries`);
    await db.query(`DROP TABLE webhook_subscriptions`);
  }
}
