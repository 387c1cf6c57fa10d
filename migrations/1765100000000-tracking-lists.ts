import { type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * The read side of the desk (claim and article lists, search, export): when a claim was decided, full-text search
 * documents, and indexes shaped like the list's sorts.
 *
 * Search documents live in tables of their own, written once when a claim or article is inserted (a statement-level
 * trigger, so every insert path is covered in one set-based statement). Kept off `claims` and `articles` because both
 * rows are updated after insert (triage, every transition; extraction), each update a new row version: a tsvector
 * there would re-add every lexeme to the GIN index on every update. A claim's document holds its content, its
 * source's and relay's names (as the claim spells them and as the registry does) and its article's headline, so one
 * web-search query can combine them ("bloomberg turkiye"). Folding (`factdesk_fold`: lower + unaccent) runs before
 * the English configuration, on documents and queries alike, so `turkiye` finds `Türkiye`.
 *
 * Sort indexes are partial where a sort only makes sense for part of the desk, so claims outside it cost no index
 * entry on write: priority and due time for claims on the desk (triaged and not closed: a claim in `new` gets no
 * entry when extraction inserts it), decided time for decided claims. `claims_queue_idx` (status, priority, created)
 * goes: nothing reads it since review/next has its own partial indexes, and every claim write paid for it.
 */
const ON_DESK = `'queued', 'in_review', 'awaiting_approval', 'on_hold', 'escalated', 'returned', 'reopened'`;
const DECIDED = `'approved', 'discarded'`;
/** Article bodies are searched in their first 100,000 characters: a tsvector holds at most 1 MB. */
const ARTICLE_SEARCH_CHARS = 100_000;

interface SearchTable {
  table: string;
  name: string;
  key: string;
  alias: string;
  document: string;
  joins?: string;
}

const CLAIM_SEARCH: SearchTable = {
  table: 'claims',
  name: 'claim_search',
  key: 'claim_id',
  alias: 'c',
  document: `factdesk_search_document(concat_ws(' ', c.content, c.source_name, s.name, c.via, v.name, a.headline))`,
  joins: `LEFT JOIN sources s ON s.id = c.source_id LEFT JOIN sources v ON v.id = c.via_source_id
    LEFT JOIN articles a ON a.id = c.article_id`,
};

const ARTICLE_SEARCH: SearchTable = {
  table: 'articles',
  name: 'article_search',
  key: 'article_id',
  alias: 'a',
  document: `factdesk_search_document(concat_ws(' ', a.headline, left(a.body, ${ARTICLE_SEARCH_CHARS})))`,
};

export class TrackingLists1765100000000 implements MigrationInterface {
  name = 'TrackingLists1765100000000';

  async up(db: QueryRunner): Promise<void> {
    await this.addDecidedAt(db);
    await db.query(`
      CREATE FUNCTION factdesk_search_document(text) RETURNS tsvector LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
      AS $$ SELECT to_tsvector('pg_catalog.english'::regconfig, factdesk_fold($1)) $$`);
    await this.createSearchTable(db, CLAIM_SEARCH);
    await this.createSearchTable(db, ARTICLE_SEARCH);

    await db.query(`DROP INDEX claims_queue_idx`);
    await db.query(`CREATE INDEX claims_list_created_idx ON claims (created_at, id)`);
    await db.query(`CREATE INDEX claims_list_priority_idx ON claims ((-priority), created_at, id)
      WHERE review_status IN (${ON_DESK})`);
    await db.query(`CREATE INDEX claims_list_due_idx ON claims ((coalesce(due_at, 'infinity'::timestamptz)), id)
      WHERE review_status IN (${ON_DESK})`);
    await db.query(`CREATE INDEX claims_list_decided_idx ON claims ((coalesce(decided_at, '-infinity'::timestamptz)), id)
      WHERE decided_at IS NOT NULL`);
    await db.query(`CREATE INDEX claims_attribution_verdict_idx ON claims ((verdict->>'attributionVerdict'))
      WHERE verdict IS NOT NULL`);
    await db.query(
      `CREATE INDEX claims_claim_rating_idx ON claims ((verdict->>'claimRating')) WHERE verdict IS NOT NULL`,
    );
    await db.query(`CREATE INDEX claims_suggested_duplicate_idx ON claims (created_at, id)
      WHERE possible_duplicate_of IS NOT NULL`);

    await db.query(`CREATE INDEX articles_list_created_idx ON articles (created_at, id)`);
    await db.query(`CREATE INDEX articles_outlet_idx ON articles (factdesk_fold(outlet), created_at, id)`);
    await db.query(`CREATE INDEX articles_submitter_idx ON articles (submitted_by, created_at, id)`);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const index of [
      'articles_submitter_idx',
      'articles_outlet_idx',
      'articles_list_created_idx',
      'claims_suggested_duplicate_idx',
      'claims_claim_rating_idx',
      'claims_attribution_verdict_idx',
      'claims_list_decided_idx',
      'claims_list_due_idx',
      'claims_list_priority_idx',
      'claims_list_created_idx',
    ]) {
      await db.query(`DROP INDEX ${index}`);
    }
    await db.query(`CREATE INDEX claims_queue_idx ON claims (review_status, priority DESC, created_at)`);
    for (const { table, name } of [ARTICLE_SEARCH, CLAIM_SEARCH]) {
      await db.query(`DROP TRIGGER ${table}_search_document ON ${table}`);
      await db.query(`DROP FUNCTION ${table}_write_search_document`);
      await db.query(`DROP TABLE ${name}`);
    }
    await db.query(`DROP FUNCTION factdesk_search_document`);
    await db.query(`ALTER TABLE claims DROP CONSTRAINT claims_decided_when_decided, DROP COLUMN decided_at`);
  }

  /**
   * When the desk decided the claim: set by the transition into approved or discarded, cleared when it leaves
   * (reopen). Existing decided claims take the time of their last event into that status.
   */
  private async addDecidedAt(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE claims ADD COLUMN decided_at timestamptz`);
    await db.query(`
      UPDATE claims c SET decided_at = coalesce(
        (SELECT max(e.created_at) FROM review_events e WHERE e.claim_id = c.id AND e.to_status = c.review_status),
        c.updated_at)
      WHERE c.review_status IN (${DECIDED})`);
    await db.query(`ALTER TABLE claims ADD CONSTRAINT claims_decided_when_decided
      CHECK ((review_status IN (${DECIDED})) = (decided_at IS NOT NULL))`);
  }

  /**
   * `search` holds one document per row of `table`, written by a statement-level trigger from the inserted rows
   * (aliased `alias`, with `joins`), and filled for the rows already there.
   */
  private async createSearchTable(db: QueryRunner, search: SearchTable): Promise<void> {
    const { table, name, key, alias, document, joins = '' } = search;
    await db.query(`
      CREATE TABLE ${name} (
        ${key} uuid PRIMARY KEY REFERENCES ${table} (id) ON DELETE CASCADE,
        document tsvector NOT NULL
      )`);
    const select = (from: string) =>
      `INSERT INTO ${name} (${key}, document) SELECT ${alias}.id, ${document} FROM ${from} ${alias} ${joins}`;
    await db.query(`
      CREATE FUNCTION ${table}_write_search_document() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        ${select(`inserted_${table}`)};
        RETURN NULL;
      END $$`);
    await db.query(`
      CREATE TRIGGER ${table}_search_document AFTER INSERT ON ${table} REFERENCING NEW TABLE AS inserted_${table}
      FOR EACH STATEMENT EXECUTE FUNCTION ${table}_write_search_document()`);
    await db.query(select(table));
    await db.query(`CREATE INDEX ${name}_document_idx ON ${name} USING gin (document)`);
  }
}
