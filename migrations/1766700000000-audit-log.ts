import { type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * The desk's audit log of admin and editor actions (issue 16): keys, webhooks, source aliases and edits, bulk actions,
 * merges and duplicate and conflict decisions, one row per action with its actor, written in the transaction of the
 * change. The per-claim history (review_events) and the per-endpoint and per-source histories stay as they are; this is
 * the one place an admin reads "who did what" across the desk (GET /v1/audit).
 *
 * The actor is copied (id, name, role) rather than joined, so the row still says who it was after a key is renamed;
 * `actor_id` is null for an operator at the cli. No foreign keys: the audit of a key, endpoint or source outlives it.
 */
export class AuditLog1766700000000 implements MigrationInterface {
  name = 'AuditLog1766700000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE audit_log (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        created_at timestamptz NOT NULL DEFAULT clock_timestamp(),
        actor_id uuid,
        actor_name text NOT NULL,
        actor_role text NOT NULL,
        action text NOT NULL,
        target_type text NOT NULL,
        -- Null for an action over many targets (a bulk call): its ids are in details.claimIds.
        target_id uuid,
        details jsonb NOT NULL DEFAULT '{}'
      )`);
    await db.query(`CREATE INDEX audit_log_created_idx ON audit_log (created_at DESC, id DESC)`);
    await db.query(`CREATE INDEX audit_log_actor_idx ON audit_log (actor_id, created_at DESC)`);
    await db.query(`CREATE INDEX audit_log_target_idx ON audit_log (target_type, target_id, created_at DESC)`);
    await db.query(`
      CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_log is append-only';
      END $$`);
    await db.query(`
      CREATE TRIGGER audit_log_no_change BEFORE UPDATE OR DELETE ON audit_log
      FOR EACH ROW EXECUTE FUNCTION audit_log_append_only()`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE audit_log`);
    await db.query(`DROP FUNCTION audit_log_append_only`);
  }
}
