import { type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * One outbox row per job id, so messages for the same job (many claims due in the same SLA minute) collapse into one
 * before they reach Redis; and an index for the SLA timer's "everything due by then" query.
 */
export class OutboxDedupSlaTimers1764057600000 implements MigrationInterface {
  name = 'OutboxDedupSlaTimers1764057600000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`DELETE FROM outbox a USING outbox b WHERE a.job_id = b.job_id AND a.id > b.id`);
    await db.query(`CREATE UNIQUE INDEX outbox_job_id_uq ON outbox (job_id)`);
    await db.query(`CREATE INDEX claims_sla_due_idx ON claims (due_at) WHERE sla_breached_at IS NULL`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX claims_sla_due_idx`);
    await db.query(`DROP INDEX outbox_job_id_uq`);
  }
}
