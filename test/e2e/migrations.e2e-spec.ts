import { readdirSync } from 'fs';
import { join } from 'path';
import { DataSource } from 'typeorm';
import { dataSourceOptions, dropDatabase, ensureDatabase } from '@factdesk/persistence';
import { TEST_POSTGRES } from '../support/stack';

/** The built migrations (as `npm run cli -- migrate` runs them), up to and including the one stamped `last`. */
const COMPILED = join(__dirname, '..', '..', 'dist', 'migrations');
const migrationsUpTo = (last: number) =>
  readdirSync(COMPILED)
    .filter((file) => file.endsWith('.js') && Number(file.split('-')[0]) <= last)
    .map((file) => join(COMPILED, file));

const DESCRIBED_KEYS = 1767310000000;
/** The last migration these tests cover, so later ones cannot change what undoing it means. */
const REBUILT_TEXTS = 1767500000001;

describe('migrations that carry a desk over', () => {
  const url = `${TEST_POSTGRES}/factdesk_migrations_${process.pid}`;
  let db: DataSource | undefined;

  async function migrateTo(last: number): Promise<DataSource> {
    await db?.destroy();
    db = await new DataSource({ ...dataSourceOptions(url, 2), migrations: migrationsUpTo(last) }).initialize();
    await db.runMigrations();
    return db;
  }

  async function keyedClaim(desk: DataSource, source: { name: string; type: string }, content: string, text: string) {
    const [{ id: sourceId }] = await desk.query(
      `INSERT INTO sources (name, normalised_name, type) VALUES ($1, lower($1), $2) RETURNING id`,
      [source.name, source.type],
    );
    const [{ id }] = await desk.query(
      `INSERT INTO claims (source_id, source_name, source_type, content, match_text, review_status)
       VALUES ($1, $2, $3, $4, $5, 'queued') RETURNING id`,
      [sourceId, source.name, source.type, content, text],
    );
    await desk.query(
      `INSERT INTO claim_match_keys (claim_id, source_id, match_text, terms) VALUES ($1, $2, $3, string_to_array($3, ' '))`,
      [id, sourceId, text],
    );
    return id as string;
  }

  beforeAll(() => ensureDatabase(url));
  afterAll(async () => {
    await db?.destroy();
    await dropDatabase(url);
  });

  it("copy a desk's match keys: described speakers' into their table, all into one table, texts by today's lexicon", async () => {
    const before = await migrateTo(DESCRIBED_KEYS - 1);
    const named = await keyedClaim(
      before,
      { name: 'Harbour Authority', type: 'organization' },
      'The port handled 2.1 million containers last year',
      'port handle 2.1 million container last year',
    );
    // As an older lexicon wrote it: 'some' (an approximator) is a word of the text there.
    const described = await keyedClaim(
      before,
      { name: 'officials', type: 'anonymous' },
      'Some 900 people were evacuated from the valley',
      'some 900 people evacuate valley',
    );

    const after = await migrateTo(REBUILT_TEXTS);
    const describedKeys = await after.query(`SELECT claim_id FROM described_match_keys`);
    expect(describedKeys).toEqual([{ claim_id: described }]);
    const [table] = await after.query(`SELECT relkind FROM pg_class WHERE relname = 'claim_match_keys'`);
    expect(table.relkind).toBe('r');
    const keys = await after.query(
      `SELECT k.claim_id, k.match_text, c.match_text AS claim_text FROM claim_match_keys k
       JOIN claims c ON c.id = k.claim_id ORDER BY k.match_text`,
    );
    expect(keys.map((key: { claim_id: string }) => key.claim_id).sort()).toEqual([named, described].sort());
    const evacuated = keys.find((key: { claim_id: string }) => key.claim_id === described);
    expect(evacuated.match_text).not.toContain('some');
    expect(evacuated.claim_text).toBe(evacuated.match_text);

    await after.undoLastMigration(); // the texts' rewrite: nothing to undo
    await after.undoLastMigration(); // one table of match keys: back to 16 partitions, with the keys
    const [{ partitions }] = await after.query(
      `SELECT count(*)::int AS partitions FROM pg_inherits WHERE inhparent = 'claim_match_keys'::regclass`,
    );
    expect(partitions).toBe(16);
    expect(await after.query(`SELECT count(*)::int AS keys FROM claim_match_keys`)).toEqual([{ keys: 2 }]);
  });
});
