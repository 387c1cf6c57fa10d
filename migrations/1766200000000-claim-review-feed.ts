import { type MigrationInterface, type QueryRunner } from 'typeorm';

/** The ClaimReview feed pages approved claims by approval time (GET /v1/claimreview?since=): one index range. */
export class ClaimReviewFeed1766200000000 implements MigrationInterface {
  name = 'ClaimReviewFeed1766200000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE INDEX claims_published_idx ON claims (decided_at, id) WHERE review_status = 'approved'`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX claims_published_idx`);
  }
}
