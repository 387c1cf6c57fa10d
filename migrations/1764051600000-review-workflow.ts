import { type MigrationInterface, type QueryRunner } from 'typeorm';

export class ReviewWorkflow1764051600000 implements MigrationInterface {
  name = 'ReviewWorkflow1764051600000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE claims
        ADD COLUMN assignee_id uuid REFERENCES api_keys (id),
        ADD COLUMN last_reviewer_id uuid REFERENCES api_keys (id),
        ADD COLUMN lease_expires_at timestamptz,
        ADD COLUMN verdict jsonb,
        ADD COLUMN hold_reason text,
        ADD COLUMN resume_at timestamptz,
        ADD COLUMN status_note text,
        ADD COLUMN due_at timestamptz,
        ADD COLUMN sla_breached_at timestamptz,
        ADD CONSTRAINT claims_review_status_check CHECK (review_status IN
          ('new', 'queued', 'in_review', 'awaiting_approval', 'approved', 'on_hold', 'escalated', 'returned', 'discarded', 'reopened'))`);
    // review/next scans only claims open for the taking, best first.
    await db.query(`CREATE INDEX claims_next_idx ON claims (priority DESC, created_at, id)
      WHERE assignee_id IS NULL AND review_status IN ('queued', 'reopened')`);
    await db.query(
      `CREATE INDEX claims_assignee_idx ON claims (assignee_id, review_status) WHERE assignee_id IS NOT NULL`,
    );

    await db.query(`
      CREATE TABLE evidence (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        claim_id uuid NOT NULL REFERENCES claims (id),
        kind text NOT NULL CHECK (kind IN ('url', 'document', 'note', 'contact')),
        url text,
        title text,
        note text NOT NULL,
        added_by uuid NOT NULL REFERENCES api_keys (id),
        created_at timestamptz NOT NULL DEFAULT now(),
        CHECK (kind <> 'url' OR url IS NOT NULL)
      )`);
    await db.query(`CREATE INDEX evidence_claim_idx ON evidence (claim_id, created_at)`);
    await db.query(`ALTER TABLE outbox ADD COLUMN run_at timestamptz`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE outbox DROP COLUMN run_at`);
    await db.query(`DROP TABLE evidence`);
    await db.query(`DROP INDEX claims_assignee_idx`);
    await db.query(`DROP INDEX claims_next_idx`);
    await db.query(`
      ALTER TABLE claims
        DROP CONSTRAINT claims_review_status_check,
        DROP COLUMN sla_breached_at, DROP COLUMN due_at, DROP COLUMN status_note, DROP COLUMN resume_at,
        DROP COLUMN hold_reason, DROP COLUMN verdict, DROP COLUMN lease_expires_at,
        DROP COLUMN last_reviewer_id, DROP COLUMN assignee_id`);
  }
}
