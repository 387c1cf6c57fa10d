/**
 * npm run bench:matching [-- CLAIMS SAMPLES SOURCES]: CLAIMS generated claims (default 100,000) already on the desk
 * (word sequences drawn from the vocabulary of the dev articles in ../shared, with a figure and a made-up name each),
 * spread over SOURCES sources (default 2,000) with a Zipf-like skew (the biggest source holds ~10 % of all claims,
 * as anonymous "officials" do in real copy). Then SAMPLES new claims (default 2,000; half reworded repeats of stored
 * claims, half new) go through the worker's real triage, one at a time, and the bench prints p50/p99 of
 *   - matching: the source's advisory lock, the trigram candidate query and the decision, and
 *   - triage: the whole step (matching, then the transition or the appearance, in one transaction),
 * with how each sample was placed, and the size of the matching index.
 */
import { randomUUID } from 'crypto';
import { readdirSync, readFileSync } from 'fs';
import { join } from 'path';
import { DataSource } from 'typeorm';
import { dataSourceOptions, dropDatabase, ensureDatabase } from '@factdesk/persistence';
import { ClaimTransitions, TriageService } from '@factdesk/desk';
import { decideMatch, matchText } from '@factdesk/matching';
import { loadConfig } from '@factdesk/platform';
import { findCandidates, beginMatching } from '../libs/desk/src/matching/appearances';
import { runCli } from '../test/support/processes';
import { TEST_POSTGRES } from '../test/support/stack';
import { formatMs, percentile } from './latency';

const CLAIMS = Number(process.argv[2] ?? 100_000);
const SAMPLES = Number(process.argv[3] ?? 2_000);
const SOURCES = Number(process.argv[4] ?? 2_000);
const BATCH = 5_000;
const FIXTURES = join(__dirname, '..', '..', 'shared', 'fixtures', 'attribution', 'dev');

/** A seeded PRNG, so every run measures the same corpus. */
function prng(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}
const random = prng(20261125);
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];

const SYLLABLES = [
  'ka',
  'lo',
  'mi',
  'ra',
  'ten',
  'vor',
  'sa',
  'bel',
  'dun',
  'ri',
  'os',
  'tra',
  'ne',
  'gal',
  'mu',
  'zen',
  'pa',
  'lin',
];
/** A made-up place or organisation name, so claims name many different things, as real copy does. */
const name = () =>
  Array.from({ length: 2 + Math.floor(random() * 2) }, () => pick(SYLLABLES))
    .join('')
    .replace(/^./, (c) => c.toUpperCase());

/**
 * News vocabulary with news frequencies: every word of the dev articles, drawn as often as it occurs there (so
 * `the`, `said`, `government` are common and most words rare, a Zipf curve like real copy).
 */
const WORDS = readdirSync(FIXTURES)
  .filter((file) => file.endsWith('.txt'))
  .flatMap(
    (file) =>
      readFileSync(join(FIXTURES, file), 'utf8')
        .toLowerCase()
        .match(/[a-z]+/g) ?? [],
  );

function claimText(): string {
  const words = Array.from({ length: 10 + Math.floor(random() * 14) }, () => pick(WORDS));
  words.splice(Math.floor(random() * words.length), 0, String(Math.floor(random() * 5_000) + 2));
  words.splice(Math.floor(random() * words.length), 0, name());
  return words.join(' ');
}

/** The same claim in other words: one word swapped for two others, a British spelling made American. */
function reword(text: string): string {
  const words = text.split(' ');
  words.splice(1 + Math.floor(random() * (words.length - 1)), 1, pick(WORDS), pick(WORDS));
  return words.join(' ').replace(/ou?r\b/, 'or');
}

/** Zipf-like: source k (1-based) gets a share proportional to 1/k. */
function sourceIndex(harmonic: number): number {
  let target = random() * harmonic;
  for (let k = 1; k <= SOURCES; k += 1) {
    target -= 1 / k;
    if (target <= 0) return k - 1;
  }
  return SOURCES - 1;
}

async function seed(db: DataSource): Promise<{ sourceIds: string[]; stored: { sourceId: string; content: string }[] }> {
  const sourceIds = Array.from({ length: SOURCES }, () => randomUUID());
  await db.query(
    `INSERT INTO sources (id, name, normalised_name, type) SELECT id, 'Source ' || n, 'source ' || n, $2
     FROM unnest($1::uuid[]) WITH ORDINALITY AS s(id, n)`,
    [sourceIds, 'organization'],
  );
  const harmonic = Array.from({ length: SOURCES }, (_, k) => 1 / (k + 1)).reduce((a, b) => a + b, 0);
  const stored: { sourceId: string; content: string }[] = [];
  for (let start = 0; start < CLAIMS; start += BATCH) {
    const rows = Array.from({ length: Math.min(BATCH, CLAIMS - start) }, () => ({
      sourceId: sourceIds[sourceIndex(harmonic)],
      content: claimText(),
    }));
    await db.query(
      `WITH stored AS (
         INSERT INTO claims (source_id, source_name, source_type, content, match_text, review_status, priority)
         SELECT s, 'bench', $4, c, m, 'queued', 40 FROM unnest($1::uuid[], $2::text[], $3::text[]) AS r(s, c, m)
         RETURNING id, source_id, match_text
       ) INSERT INTO claim_match_keys (source_id, claim_id, match_text) SELECT source_id, id, match_text FROM stored`,
      [
        rows.map((row) => row.sourceId),
        rows.map((row) => row.content),
        rows.map((row) => matchText(row.content)),
        'organization',
      ],
    );
    if (stored.length < SAMPLES) stored.push(...rows.slice(0, SAMPLES - stored.length));
  }
  await db.query('ANALYZE claims');
  await db.query('ANALYZE claim_match_keys');
  return { sourceIds, stored };
}

async function main(): Promise<void> {
  const databaseUrl = `${TEST_POSTGRES}/factdesk_bench_matching_${process.pid}`;
  const env = { ...process.env, DATABASE_URL: databaseUrl, LOG_LEVEL: 'error' };
  await ensureDatabase(databaseUrl);
  const migrated = runCli(['migrate'], env);
  if (migrated.status !== 0) throw new Error(`migrate failed: ${migrated.stderr}`);
  const db = await new DataSource(dataSourceOptions(databaseUrl, 4)).initialize();
  try {
    const config = loadConfig(env);
    const thresholds = { high: config.MATCH_THRESHOLD_HIGH, low: config.MATCH_THRESHOLD_LOW };
    const loadStart = performance.now();
    const { sourceIds, stored } = await seed(db);
    const loadSeconds = (performance.now() - loadStart) / 1000;

    const samples = Array.from({ length: SAMPLES }, (_, n) => {
      const repeat = n % 2 === 0;
      const original = stored[n % stored.length];
      return {
        id: randomUUID(),
        sourceId: repeat ? original.sourceId : pick(sourceIds),
        content: repeat ? reword(original.content) : claimText(),
      };
    });
    await db.query(
      `INSERT INTO claims (id, source_id, source_name, source_type, content, review_status)
       SELECT id, s, 'bench', 'organization', c, 'new' FROM unnest($1::uuid[], $2::uuid[], $3::text[]) AS r(id, s, c)`,
      [samples.map((s) => s.id), samples.map((s) => s.sourceId), samples.map((s) => s.content)],
    );

    const sizes = new Map<string, number>(
      (await db.query(`SELECT source_id, count(*)::int AS n FROM claims GROUP BY source_id`)).map(
        (row: { source_id: string; n: number }) => [row.source_id, row.n],
      ),
    );
    const bigSource = (sample: { sourceId: string }) => (sizes.get(sample.sourceId) ?? 0) > CLAIMS / 100;
    const triage = new TriageService(db, new ClaimTransitions(config), config);
    const matching: number[] = [];
    const whole: number[] = [];
    const outcomes = new Map<string, number>();
    for (const sample of samples) {
      const started = performance.now();
      await db.transaction(async (manager) => {
        await beginMatching(manager, [sample.sourceId]);
        decideMatch(await findCandidates(manager, sample, matchText(sample.content), thresholds.low), thresholds);
      });
      matching.push(performance.now() - started);
      const triageStart = performance.now();
      const outcome = await triage.triageClaim(sample.id);
      whole.push(performance.now() - triageStart);
      const placed =
        outcome.status === 'queued' && outcome.possibleDuplicateOf ? 'queued with a suggestion' : outcome.status;
      outcomes.set(placed, (outcomes.get(placed) ?? 0) + 1);
    }

    const [size] = await db.query(
      `SELECT pg_size_pretty(sum(pg_relation_size(i.indexrelid)) FILTER (WHERE am.amname = 'gin')) AS index,
              pg_size_pretty(sum(pg_relation_size(i.indexrelid)) + (SELECT sum(pg_relation_size(inhrelid)) FROM pg_inherits
                WHERE inhparent = 'claim_match_keys'::regclass)) AS keys,
              pg_size_pretty(pg_total_relation_size('claims')) AS claims
       FROM pg_inherits p JOIN pg_index i ON i.indrelid = p.inhrelid JOIN pg_class ic ON ic.oid = i.indexrelid
       JOIN pg_am am ON am.oid = ic.relam
       WHERE p.inhparent = 'claim_match_keys'::regclass`,
    );
    const [biggest] = await db.query(`SELECT count(*)::int AS n FROM claims WHERE source_id = $1`, [sourceIds[0]]);
    console.log(
      `claims on the desk      ${CLAIMS.toLocaleString('en')} over ${SOURCES.toLocaleString('en')} sources (largest ${biggest.n.toLocaleString('en')}), loaded in ${loadSeconds.toFixed(1)} s`,
    );
    console.log(
      `samples                 ${SAMPLES.toLocaleString('en')} (half reworded repeats): ${[...outcomes].map(([k, v]) => `${v} ${k}`).join(', ')}`,
    );
    console.log(
      `matching p50 / p99      ${formatMs(percentile(matching, 50))} / ${formatMs(percentile(matching, 99))}  (max ${formatMs(Math.max(...matching))})`,
    );
    const split = (big: boolean) => matching.filter((_, n) => bigSource(samples[n]) === big);
    for (const big of [false, true]) {
      const part = split(big);
      console.log(
        `  ${big ? 'sources > 1 % of claims' : 'all other sources    '} ${String(part.length).padStart(5)} samples, p50 ${formatMs(percentile(part, 50))} / p99 ${formatMs(percentile(part, 99))}`,
      );
    }
    console.log(`whole triage p50 / p99  ${formatMs(percentile(whole, 50))} / ${formatMs(percentile(whole, 99))}`);
    console.log(
      `matching index          ${size.index} trigram GIN over the partitions (match keys with indexes ${size.keys}; claims table ${size.claims})`,
    );
  } finally {
    await db.destroy();
    if (!process.env.BENCH_KEEP_DB) await dropDatabase(databaseUrl);
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
