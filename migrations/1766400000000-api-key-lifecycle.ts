import { type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * Key lifecycle: an expiry, a rotation that keeps the key's row (so its assignments, leases, audit trail and
 * Idempotency-Keys stay one person's) while the secret it replaced works until `previous_key_expires_at`, and a
 * revision number every change that can refuse a secret bumps. Api processes read the revision at most every half
 * second and drop the keys they remember when it moves, so a revocation (by the cli or by hand in SQL) is seen
 * everywhere within a second, without a message bus that could lose it.
 */
export class ApiKeyLifecycle1766400000000 implements MigrationInterface {
  name = 'ApiKeyLifecycle1766400000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE api_keys
        ADD COLUMN expires_at timestamptz,
        ADD COLUMN rotated_at timestamptz,
        ADD COLUMN previous_key_hash text UNIQUE,
        ADD COLUMN previous_key_expires_at timestamptz,
        ADD CONSTRAINT api_keys_previous_key_expiry CHECK ((previous_key_hash IS NULL) = (previous_key_expires_at IS NULL))`);
    await db.query(`
      CREATE TABLE api_key_revision (
        singleton boolean PRIMARY KEY DEFAULT true CHECK (singleton),
        revision bigint NOT NULL
      )`);
    await db.query(`INSERT INTO api_key_revision (revision) VALUES (0)`);
    await db.query(`
      CREATE FUNCTION api_key_revision_bump() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE api_key_revision SET revision = revision + 1;
        RETURN NULL;
      END $$`);
    await db.query(`
      CREATE TRIGGER api_keys_revision
        AFTER UPDATE OF name, role, key_hash, revoked_at, expires_at, previous_key_hash, previous_key_expires_at
           OR DELETE ON api_keys
        FOR EACH STATEMENT EXECUTE FUNCTION api_key_revision_bump()`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TRIGGER api_keys_revision ON api_keys`);
    await db.query(`DROP FUNCTION api_key_revision_bump`);
    await db.query(`DROP TABLE api_key_revision`);
    await db.query(`
      ALTER TABLE api_keys
        DROP CONSTRAINT api_keys_previous_key_expiry,
        DROP COLUMN previous_key_expires_at,
        DROP COLUMN previous_key_hash,
        DROP COLUMN rotated_at,
        DROP COLUMN expires_at`);
  }
}
