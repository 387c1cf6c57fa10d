import { type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * Browser sessions: a cookie traded for an API key (POST /v1/session). Only the SHA-256 of the cookie's secret is
 * stored, so a copy of the table opens nothing; a row is revoked by sign-out and dies with its key. The signing key
 * (HMAC over the cookie) lives here too, made once at random, so every api process shares it without configuration:
 * a forged or expired cookie is refused before any lookup.
 */
export class WebSessions1766100000000 implements MigrationInterface {
  name = 'WebSessions1766100000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE web_sessions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        api_key_id uuid NOT NULL REFERENCES api_keys (id) ON DELETE CASCADE,
        secret_hash text NOT NULL UNIQUE,
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        revoked_at timestamptz,
        CHECK (expires_at > created_at)
      )`);
    await db.query(`CREATE INDEX web_sessions_api_key_idx ON web_sessions (api_key_id)`);
    // gen_random_uuid is PostgreSQL's cryptographic random source (no extension needed): 2 x 122 random bits.
    await db.query(`
      CREATE TABLE web_session_signing_key (
        singleton boolean PRIMARY KEY DEFAULT true CHECK (singleton),
        secret bytea NOT NULL
          DEFAULT decode(replace(gen_random_uuid()::text || gen_random_uuid()::text, '-', ''), 'hex')
      )`);
    await db.query(`INSERT INTO web_session_signing_key DEFAULT VALUES`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE web_session_signing_key`);
    await db.query(`DROP TABLE web_sessions`);
  }
}
