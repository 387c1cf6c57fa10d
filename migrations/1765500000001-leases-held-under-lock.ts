import { type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * How many claims a reviewer holds in review, counted under a per-reviewer lock held to the end of the caller's
 * transaction. In a single statement the count cannot see a lease committed while the statement waited for the lock
 * (its snapshot is older), but each statement of a VOLATILE function takes a fresh snapshot: so review/next checks
 * REVIEW_MAX_LEASES inside its one statement, and concurrent requests of one reviewer cannot all pass.
 */
export class LeasesHeldUnderLock1765500000001 implements MigrationInterface {
  name = 'LeasesHeldUnderLock1765500000001';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE FUNCTION leases_held_under_lock(reviewer uuid) RETURNS int LANGUAGE sql VOLATILE AS $$
        SELECT pg_advisory_xact_lock(hashtextextended('leases:' || reviewer::text, 0));
        SELECT count(*)::int FROM claims WHERE assignee_id = reviewer AND review_status = 'in_review';
      $$`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP FUNCTION leases_held_under_lock(uuid)`);
  }
}
