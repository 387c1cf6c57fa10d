import { type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * An Idempotency-Key belongs to the API key that sent it: two desks may use the same key for different articles, and
 * neither learns of the other's. NULLS NOT DISTINCT keeps one article per key for rows without a submitter too.
 * Reverting fails if two credentials have used the same key meanwhile: that is the state the old index forbade.
 */
export class IdempotencyKeyPerCredential1765500000000 implements MigrationInterface {
  name = 'IdempotencyKeyPerCredential1765500000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX articles_idempotency_key_uq`);
    await db.query(`CREATE UNIQUE INDEX articles_submitter_idempotency_key_uq ON articles (submitted_by, idempotency_key)
      NULLS NOT DISTINCT WHERE idempotency_key IS NOT NULL`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX articles_submitter_idempotency_key_uq`);
    await db.query(
      `CREATE UNIQUE INDEX articles_idempotency_key_uq ON articles (idempotency_key) WHERE idempotency_key IS NOT NULL`,
    );
  }
}
