import { type MigrationInterface, type QueryRunner } from 'typeorm';
import { matchText, sourceKey } from '@factdesk/matching';

/**
 * Claim matching and the source registry: trigram matching of claims within one source (pg_trgm, GIN-indexed),
 * appearances of a claim across articles, relays as registry
 * entries, editor-managed aliases and notes, and the check-worthiness score.
 */
const MATCH_KEY_PARTITIONS = 16;

export class ClaimMatchingSourceRegistry1764064800000 implements MigrationInterface {
  name = 'ClaimMatchingSourceRegistry1764064800000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await db.query(`CREATE EXTENSION IF NOT EXISTS unaccent`);
    // unaccent() is only STABLE (its dictionary could change); naming the dictionary makes this wrapper safe to index.
    await db.query(`
      CREATE FUNCTION factdesk_fold(text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
      AS $$ SELECT lower(public.unaccent('public.unaccent'::regdictionary, $1)) $$`);

    await db.query(
      `ALTER TABLE sources ADD COLUMN notes text, ADD COLUMN updated_at timestamptz NOT NULL DEFAULT now()`,
    );
    await this.rekeySources(db);
    await db.query(`CREATE INDEX sources_name_trgm_idx ON sources USING gin (factdesk_fold(name) gin_trgm_ops)`);
    await db.query(`
      CREATE TABLE source_aliases (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        source_id uuid NOT NULL REFERENCES sources (id) ON DELETE CASCADE,
        alias text NOT NULL CHECK (length(alias) BETWEEN 1 AND 300),
        alias_key text NOT NULL UNIQUE,
        created_by uuid REFERENCES api_keys (id),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX source_aliases_source_idx ON source_aliases (source_id)`);

    await db.query(`ALTER TABLE claims DROP CONSTRAINT claims_review_status_check`);
    await db.query(`
      ALTER TABLE claims
        ADD COLUMN match_text text,
        ADD COLUMN via_source_id uuid REFERENCES sources (id),
        ADD COLUMN merged_into_id uuid REFERENCES claims (id),
        ADD COLUMN possible_duplicate_of uuid REFERENCES claims (id),
        ADD COLUMN duplicate_similarity real,
        ADD COLUMN check_worthiness real CHECK (check_worthiness BETWEEN 0 AND 1),
        ADD COLUMN worthiness_features jsonb,
        ADD COLUMN reach int NOT NULL DEFAULT 1 CHECK (reach >= 1),
        ADD CONSTRAINT claims_review_status_check CHECK (review_status IN
          ('new', 'queued', 'in_review', 'awaiting_approval', 'approved', 'on_hold', 'escalated', 'returned', 'discarded',
           'reopened', 'merged')),
        ADD CONSTRAINT claims_merged_has_target CHECK ((review_status = 'merged') = (merged_into_id IS NOT NULL))`);
    await this.backfillMatchText(db);
    await this.createMatchKeys(db);
    await db.query(`CREATE INDEX claims_merged_into_idx ON claims (merged_into_id) WHERE merged_into_id IS NOT NULL`);
    await db.query(`CREATE INDEX claims_via_source_idx ON claims (via_source_id) WHERE via_source_id IS NOT NULL`);
    // A source's published verdicts, read at every triage to weigh its record.
    await db.query(`CREATE INDEX claims_source_approved_idx ON claims (source_id) WHERE review_status = 'approved'`);

    await db.query(`
      CREATE TABLE claim_appearances (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        claim_id uuid NOT NULL REFERENCES claims (id),
        origin_claim_id uuid NOT NULL UNIQUE REFERENCES claims (id),
        article_id uuid REFERENCES articles (id) ON DELETE CASCADE,
        outlet text,
        url text,
        start_offset int,
        end_offset int,
        published_at timestamptz,
        similarity real NOT NULL CHECK (similarity BETWEEN 0 AND 1),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX claim_appearances_claim_idx ON claim_appearances (claim_id, created_at)`);
    // Every claim already past triage is its own first appearance.
    await db.query(`
      INSERT INTO claim_appearances (claim_id, origin_claim_id, article_id, outlet, url, start_offset, end_offset, published_at, similarity)
      SELECT c.id, c.id, c.article_id, a.outlet, coalesce(a.url, c.article_url), c.start_offset, c.end_offset, a.published_at, 1
      FROM claims c LEFT JOIN articles a ON a.id = c.article_id WHERE c.review_status <> 'new'`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE claim_appearances`);
    await db.query(`DROP TABLE claim_match_keys`);
    await db.query(
      `UPDATE claims SET review_status = 'discarded', merged_into_id = NULL WHERE review_status = 'merged'`,
    );
    await db.query(`
      ALTER TABLE claims
        DROP CONSTRAINT claims_merged_has_target,
        DROP CONSTRAINT claims_review_status_check,
        DROP COLUMN reach, DROP COLUMN worthiness_features, DROP COLUMN check_worthiness, DROP COLUMN duplicate_similarity,
        DROP COLUMN possible_duplicate_of, DROP COLUMN merged_into_id, DROP COLUMN via_source_id, DROP COLUMN match_text,
        ADD CONSTRAINT claims_review_status_check CHECK (review_status IN
          ('new', 'queued', 'in_review', 'awaiting_approval', 'approved', 'on_hold', 'escalated', 'returned', 'discarded', 'reopened'))`);
    await db.query(`DROP TABLE source_aliases`);
    await db.query(`DROP INDEX sources_name_trgm_idx`);
    await db.query(`ALTER TABLE sources DROP COLUMN updated_at, DROP COLUMN notes`);
    await db.query(`DROP FUNCTION factdesk_fold`);
  }

  /** Registry keys move to `sourceKey` (titles, diacritics); rows whose keys now meet become one, the oldest. */
  private async rekeySources(db: QueryRunner): Promise<void> {
    const rows = (await db.query(`SELECT id, name, type FROM sources ORDER BY created_at, id`)) as {
      id: string;
      name: string;
      type: string;
    }[];
    const survivors = new Map<string, string>();
    for (const row of rows) {
      const key = sourceKey(row.name) || row.name.toLowerCase();
      const survivor = survivors.get(`${row.type}\u0000${key}`);
      if (survivor) {
        await db.query(`UPDATE claims SET source_id = $1 WHERE source_id = $2`, [survivor, row.id]);
        await db.query(`DELETE FROM sources WHERE id = $1`, [row.id]);
      } else {
        survivors.set(`${row.type}\u0000${key}`, row.id);
        await db.query(`UPDATE sources SET normalised_name = $2 WHERE id = $1`, [row.id, `\u0000${row.id}`]);
      }
    }
    // Two passes so a new key never collides with an old one still waiting to be rewritten.
    for (const [typedKey, id] of survivors) {
      await db.query(`UPDATE sources SET normalised_name = $2 WHERE id = $1`, [id, typedKey.split('\u0000')[1]]);
    }
  }

  /**
   * What matching searches: one row per claim on the desk (triaged, not merged away) with its source and match text,
   * trigram-indexed. Kept apart from `claims` so the index holds only the claims that can still be matched, and so the
   * only index a search can use is the trigram one: with an index leading to a source's rows, the planner would compare
   * every claim of a big source instead of reading the few rows that hold the claim's rare words.
   */
  private async createMatchKeys(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE claim_match_keys (
        claim_id uuid NOT NULL REFERENCES claims (id) ON DELETE CASCADE,
        source_id uuid NOT NULL,
        match_text text NOT NULL
      ) PARTITION BY HASH (source_id)`);
    for (let remainder = 0; remainder < MATCH_KEY_PARTITIONS; remainder += 1) {
      await db.query(`CREATE TABLE claim_match_keys_${remainder} PARTITION OF claim_match_keys
        FOR VALUES WITH (MODULUS ${MATCH_KEY_PARTITIONS}, REMAINDER ${remainder})`);
    }
    await db.query(`CREATE INDEX claim_match_keys_claim_idx ON claim_match_keys (claim_id)`);
    // No pending list: rows arrive one triage at a time, and a search would otherwise rescan the unsorted tail.
    await db.query(
      `CREATE INDEX claim_match_keys_trgm_idx ON claim_match_keys USING gin (match_text gin_trgm_ops) WITH (fastupdate = off)`,
    );
    await db.query(`
      INSERT INTO claim_match_keys (claim_id, source_id, match_text)
      SELECT id, source_id, match_text FROM claims
      WHERE source_id IS NOT NULL AND review_status NOT IN ('new', 'merged', 'discarded')`);
  }

  private async backfillMatchText(db: QueryRunner): Promise<void> {
    const rows = (await db.query(`SELECT id, content FROM claims`)) as { id: string; content: string }[];
    for (let start = 0; start < rows.length; start += 1_000) {
      const batch = rows.slice(start, start + 1_000);
      await db.query(
        `UPDATE claims SET match_text = b.match_text FROM unnest($1::uuid[], $2::text[]) AS b(id, match_text) WHERE claims.id = b.id`,
        [batch.map((row) => row.id), batch.map((row) => matchText(row.content))],
      );
    }
  }
}
