import { type MigrationInterface, type QueryRunner } from 'typeorm';

export class InitialSchema1764048000000 implements MigrationInterface {
  name = 'InitialSchema1764048000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE articles (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        outlet text NOT NULL CHECK (length(outlet) BETWEEN 1 AND 200),
        url text,
        headline text,
        body text NOT NULL,
        language text,
        published_at timestamptz,
        content_hash text NOT NULL,
        idempotency_key text,
        ingest_status text NOT NULL DEFAULT 'pending' CHECK (ingest_status IN ('pending', 'extracted', 'failed')),
        ingest_error text,
        claim_count int,
        submitted_by uuid,
        extracted_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    // One article per idempotency key, and one per (url, body): concurrent repeats collide here, not in code.
    await db.query(
      `CREATE UNIQUE INDEX articles_idempotency_key_uq ON articles (idempotency_key) WHERE idempotency_key IS NOT NULL`,
    );
    await db.query(`CREATE UNIQUE INDEX articles_url_content_uq ON articles (coalesce(url, ''), content_hash)`);
    await db.query(`CREATE INDEX articles_status_created_idx ON articles (ingest_status, created_at)`);

    await db.query(`
      CREATE TABLE sources (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL,
        normalised_name text NOT NULL,
        type text NOT NULL CHECK (type IN ('person', 'organization', 'media', 'anonymous', 'document', 'social')),
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT sources_normalised_type_uq UNIQUE (normalised_name, type)
      )`);

    await db.query(`
      CREATE TABLE claims (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        article_id uuid REFERENCES articles (id) ON DELETE CASCADE,
        source_id uuid REFERENCES sources (id),
        source_name text NOT NULL,
        source_type text NOT NULL CHECK (source_type IN ('person', 'organization', 'media', 'anonymous', 'document', 'social')),
        via text,
        cue text,
        quote_type text CHECK (quote_type IN ('direct', 'indirect', 'mixed')),
        content text NOT NULL CHECK (length(content) > 0),
        start_offset int,
        end_offset int,
        sentence_index int,
        confidence real,
        article_url text,
        note text,
        review_status text NOT NULL DEFAULT 'new',
        priority int NOT NULL DEFAULT 0,
        version int NOT NULL DEFAULT 1,
        created_by uuid,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK (end_offset IS NULL OR end_offset > start_offset)
      )`);
    // An extracted claim is stored once per span of its article, whatever retries happen.
    await db.query(
      `CREATE UNIQUE INDEX claims_article_span_uq ON claims (article_id, start_offset, end_offset, source_name) WHERE article_id IS NOT NULL`,
    );
    await db.query(`CREATE INDEX claims_article_idx ON claims (article_id)`);
    await db.query(`CREATE INDEX claims_source_idx ON claims (source_id)`);
    await db.query(`CREATE INDEX claims_queue_idx ON claims (review_status, priority DESC, created_at)`);

    await db.query(`
      CREATE TABLE review_events (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        claim_id uuid NOT NULL REFERENCES claims (id),
        event text NOT NULL,
        from_status text,
        to_status text NOT NULL,
        actor_id uuid,
        actor_role text NOT NULL,
        payload jsonb NOT NULL DEFAULT '{}',
        -- clock_timestamp, not now(): events written in one transaction keep their order
        created_at timestamptz NOT NULL DEFAULT clock_timestamp()
      )`);
    await db.query(`CREATE INDEX review_events_claim_idx ON review_events (claim_id, created_at)`);
    await db.query(`
      CREATE FUNCTION review_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'review_events is append-only';
      END $$`);
    await db.query(`
      CREATE TRIGGER review_events_no_change BEFORE UPDATE OR DELETE ON review_events
      FOR EACH ROW EXECUTE FUNCTION review_events_append_only()`);

    await db.query(`
      CREATE TABLE api_keys (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL,
        role text NOT NULL CHECK (role IN ('intake', 'reviewer', 'editor', 'admin')),
        key_hash text NOT NULL UNIQUE,
        key_prefix text NOT NULL,
        revoked_at timestamptz,
        last_used_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);

    await db.query(`
      CREATE TABLE outbox (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        topic text NOT NULL,
        job_id text NOT NULL,
        payload jsonb NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE outbox`);
    await db.query(`DROP TABLE api_keys`);
    await db.query(`DROP TABLE review_events`);
    await db.query(`DROP FUNCTION review_events_append_only`);
    await db.query(`DROP TABLE claims`);
    await db.query(`DROP TABLE sources`);
    await db.query(`DROP TABLE articles`);
  }
}
