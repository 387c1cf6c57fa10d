import { type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * review/next (libs/desk/src/review/claim-next.ts) takes a claim in any status the machine's `claim` event accepts
 * (EVENT_RULES.claim.from: queued, returned, reopened): the caller's own first, else an unassigned one. Each branch
 * gets a partial index whose predicate is that list and whose columns are the ORDER BY, so both are index scans with
 * no sort. The old `claims_next_idx` covered queued and reopened only, so the planner could not use it for the
 * machine's list; the own list went through `claims_assignee_idx`, which also holds every claim a reviewer has in
 * review, on hold or awaiting approval. If the machine's list changes, these predicates must follow.
 */
export class ClaimsNextIndex1764061200000 implements MigrationInterface {
  name = 'ClaimsNextIndex1764061200000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX claims_next_idx`);
    await db.query(`CREATE INDEX claims_next_idx ON claims (priority DESC, created_at, id)
      WHERE assignee_id IS NULL AND review_status IN ('queued', 'returned', 'reopened')`);
    await db.query(`CREATE INDEX claims_own_next_idx ON claims (assignee_id, priority DESC, created_at, id)
      WHERE assignee_id IS NOT NULL AND review_status IN ('queued', 'returned', 'reopened')`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX claims_own_next_idx`);
    await db.query(`DROP INDEX claims_next_idx`);
    await db.query(`CREATE INDEX claims_next_idx ON claims (priority DESC, created_at, id)
      WHERE assignee_id IS NULL AND review_status IN ('queued', 'reopened')`);
  }
}
