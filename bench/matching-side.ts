/* eslint-disable @typescript-eslint/no-require-imports -- a side is a build of factdesk loaded from its dist/ at run
   time: this revision's or an older one's, built in another worktree, so both run the same bench. */
import { spawnSync } from 'child_process';
import { randomUUID } from 'crypto';
import { existsSync } from 'fs';
import { join } from 'path';
import type { DataSource } from 'typeorm';
import { TEST_POSTGRES } from '../test/support/stack';
import type { Corpus } from './matching-corpus';

const BATCH = 5_000;

/**
 * The biggest source (about a tenth of all claims) is unnamed officials without a relay, as in real copy: a described
 * speaker (`describesSpeaker`), whose claims are compared with every speaker's and every claim with whose.
 */
const UNNAMED_SOURCE = 0;
const speakerOfSource = (source: number) =>
  source === UNNAMED_SOURCE ? { name: 'officials', type: 'anonymous' } : { name: 'bench', type: 'organization' };

/** One build of factdesk with its own database: the bench's corpus seeded into it, its own triage run on the samples. */
export interface BenchSide {
  label: string;
  loadSeconds: number;
  match(sample: number): Promise<void>;
  triage(sample: number): Promise<string>;
  /** Time to work out the speaker of a source the desk has never seen, where the build has speakers. */
  resolveNewSpeaker?: (name: string) => Promise<void>;
  sizes(): Promise<{ index: string; keys: string; claims: string; biggestSource: number }>;
  close(): Promise<void>;
}

const loadFrom = (root: string, path: string) => require(join(root, 'dist', path));

async function hasColumn(db: DataSource, table: string, column: string): Promise<boolean> {
  const rows: unknown[] = await db.query(
    `SELECT 1 FROM information_schema.columns WHERE table_name = $1 AND column_name = $2`,
    [table, column],
  );
  return rows.length > 0;
}

/**
 * The build in `root` (its dist/), on a database of its own: migrated by its own cli, seeded with `corpus` as a desk
 * of triaged claims (its own match text, and its own match keys: with terms and speakers where its schema has them).
 */
export async function openSide(label: string, root: string, corpus: Corpus, sources: number): Promise<BenchSide> {
  const persistence = loadFrom(root, 'libs/persistence/src/index.js');
  const desk = loadFrom(root, 'libs/desk/src/index.js');
  const appearances = loadFrom(root, 'libs/desk/src/matching/appearances.js');
  const matching = loadFrom(root, 'libs/matching/src/index.js');
  const platform = loadFrom(root, 'libs/platform/src/index.js');
  const databaseUrl = `${TEST_POSTGRES}/factdesk_bench_matching_${process.pid}_${label.replace(/\W/g, '_')}`;
  const env = { ...process.env, DATABASE_URL: databaseUrl, LOG_LEVEL: 'error' };
  await persistence.ensureDatabase(databaseUrl);
  const migrated = spawnSync(process.execPath, [join(root, 'dist', 'apps', 'cli', 'src', 'main.js'), 'migrate'], {
    env,
    encoding: 'utf8',
  });
  if (migrated.status !== 0) throw new Error(`${label}: migrate failed: ${migrated.stderr}`);
  const db: DataSource = await new (require('typeorm').DataSource)(
    persistence.dataSourceOptions(databaseUrl, 4),
  ).initialize();
  const config = platform.loadConfig(env);
  const thresholds = { high: config.MATCH_THRESHOLD_HIGH, low: config.MATCH_THRESHOLD_LOW };
  const withTerms = await hasColumn(db, 'claim_match_keys', 'terms');
  const withSpeakers = await hasColumn(db, 'sources', 'speaker_id');
  const withDescribed = await hasColumn(db, 'described_match_keys', 'terms');

  const started = performance.now();
  const sourceIds = Array.from({ length: sources }, () => randomUUID());
  await db.query(
    `INSERT INTO sources (id, name, normalised_name, type) SELECT id, 'Source ' || n, 'source ' || n, 'organization'
     FROM unnest($1::uuid[]) WITH ORDINALITY AS s(id, n)`,
    [sourceIds],
  );
  // The stored claims' sources were all triaged before: their speakers are known, each its own.
  if (withSpeakers) await db.query(`UPDATE sources SET speaker_id = id`);
  for (let start = 0; start < corpus.stored.length; start += BATCH) {
    const rows = corpus.stored.slice(start, start + BATCH);
    const texts: string[] = rows.map((row) => matching.matchText(row.content));
    const ids = rows.map(() => randomUUID());
    const owners = rows.map((row) => sourceIds[row.source]);
    const speakers = rows.map((row) => speakerOfSource(row.source));
    await db.query(
      `INSERT INTO claims (id, source_id, source_name, source_type, content, match_text, review_status, priority)
       SELECT id, s, n, t, c, m, 'queued', 40
       FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[], $5::text[], $6::text[]) AS r(id, s, n, t, c, m)`,
      [
        ids,
        owners,
        speakers.map(({ name }) => name),
        speakers.map(({ type }) => type),
        rows.map((row) => row.content),
        texts,
      ],
    );
    const terms = texts.map((text) => matching.matchTerms(text).join(' '));
    await db.query(
      withTerms
        ? `INSERT INTO claim_match_keys (claim_id, source_id, match_text, terms)
           SELECT id, s, m, string_to_array(t, ' ') FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[]) AS r(id, s, m, t)`
        : `INSERT INTO claim_match_keys (claim_id, source_id, match_text)
           SELECT id, s, m FROM unnest($1::uuid[], $2::uuid[], $3::text[]) AS r(id, s, m)`,
      [ids, owners, texts, ...(withTerms ? [terms] : [])],
    );
    if (withDescribed) {
      const described = rows.flatMap((row, index) => (row.source === UNNAMED_SOURCE ? [index] : []));
      await db.query(
        `INSERT INTO described_match_keys (claim_id, match_text, terms)
         SELECT id, m, string_to_array(t, ' ') FROM unnest($1::uuid[], $2::text[], $3::text[]) AS r(id, m, t)`,
        [
          described.map((index) => ids[index]),
          described.map((index) => texts[index]),
          described.map((index) => terms[index]),
        ],
      );
    }
  }
  await db.query('ANALYZE claims');
  await db.query('ANALYZE claim_match_keys');
  if (withDescribed) await db.query('ANALYZE described_match_keys');
  const loadSeconds = (performance.now() - started) / 1000;

  const sampleIds = corpus.samples.map(() => randomUUID());
  const sampleSpeakers = corpus.samples.map((sample) => speakerOfSource(sample.source));
  await db.query(
    `INSERT INTO claims (id, source_id, source_name, source_type, content, review_status)
     SELECT id, s, n, t, c, 'new' FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[], $5::text[]) AS r(id, s, n, t, c)`,
    [
      sampleIds,
      corpus.samples.map((sample) => sourceIds[sample.source]),
      sampleSpeakers.map(({ name }) => name),
      sampleSpeakers.map(({ type }) => type),
      corpus.samples.map((sample) => sample.content),
    ],
  );
  const triage = new desk.TriageService(db, new desk.ClaimTransitions(config), config);
  const speakers = existsSync(join(root, 'dist', 'libs/desk/src/matching/speakers.js'))
    ? loadFrom(root, 'libs/desk/src/matching/speakers.js')
    : null;

  return {
    label,
    loadSeconds,
    async match(n) {
      const sample = corpus.samples[n];
      const sourceId = sourceIds[sample.source];
      await db.transaction(async (manager) => {
        await appearances.beginMatching(manager, [sourceId]);
        // Every generation's signature: the subject with sourceId and the low threshold before, with speakerId after;
        // `findMatch`, which decides too, since matching reads other speakers' claims only when it must.
        const describedSpeaker = sample.source === UNNAMED_SOURCE;
        const subject = { id: sampleIds[n], sourceId, speakerId: sourceId, describedSpeaker };
        const text = matching.matchText(sample.content);
        if (appearances.findMatch) await appearances.findMatch(manager, subject, text, thresholds);
        else matching.decideMatch(await appearances.findCandidates(manager, subject, text, thresholds.low), thresholds);
      });
    },
    async triage(n) {
      const outcome = await triage.triageClaim(sampleIds[n]);
      return outcome.status === 'queued' && outcome.possibleDuplicateOf ? 'queued with a suggestion' : outcome.status;
    },
    resolveNewSpeaker: speakers
      ? async (name) => {
          const [row] = await db.query(
            `INSERT INTO sources (name, normalised_name, type) VALUES ($1, lower($1), 'person') RETURNING id`,
            [name],
          );
          await speakers.speakersOf(db, [{ sourceId: row.id, viaSourceId: null, sourceType: 'person' }]);
        }
      : undefined,
    async sizes() {
      // The match keys table itself, or its partitions in builds that hash-partitioned it.
      const [size] = await db.query(
        `WITH tables AS (
           SELECT 'claim_match_keys'::regclass AS id
           UNION ALL SELECT inhrelid FROM pg_inherits WHERE inhparent = 'claim_match_keys'::regclass
         )
         SELECT pg_size_pretty(sum(pg_relation_size(i.indexrelid)) FILTER (WHERE am.amname = 'gin')) AS index,
                pg_size_pretty(sum(pg_relation_size(i.indexrelid)) + (SELECT sum(pg_relation_size(id)) FROM tables)) AS keys,
                pg_size_pretty(pg_total_relation_size('claims')) AS claims
         FROM tables t JOIN pg_index i ON i.indrelid = t.id JOIN pg_class ic ON ic.oid = i.indexrelid
         JOIN pg_am am ON am.oid = ic.relam`,
      );
      const [biggest] = await db.query(`SELECT count(*)::int AS n FROM claims WHERE source_id = $1`, [sourceIds[0]]);
      return { ...size, biggestSource: biggest.n };
    },
    async close() {
      await db.destroy();
      if (!process.env.BENCH_KEEP_DB) await persistence.dropDatabase(databaseUrl);
    },
  };
}
