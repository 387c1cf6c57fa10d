import type { Pool } from 'pg';
import { bind } from '@factdesk/persistence';
import { type Stack, startStack } from '../test/support/stack';

/** Words of the generated claims and headlines; each claim draws twelve, so a word is in about a tenth of them. */
const VOCABULARY = [
  'Türkiye',
  'Syria',
  'armoured',
  'vehicles',
  'drones',
  'ministry',
  'minister',
  'budget',
  'deficit',
  'inflation',
  'exports',
  'imports',
  'hospital',
  'waiting',
  'times',
  'tram',
  'line',
  'council',
  'mayor',
  'election',
  'poll',
  'survey',
  'percent',
  'million',
  'billion',
  'euros',
  'dollars',
  'rose',
  'fell',
  'doubled',
  'halved',
  'police',
  'arrested',
  'protest',
  'strike',
  'union',
  'wages',
  'prices',
  'housing',
  'rents',
  'energy',
  'gas',
  'oil',
  'wind',
  'solar',
  'coal',
  'climate',
  'flood',
  'drought',
  'harvest',
  'wheat',
  'cocoa',
  'coffee',
  'bank',
  'rates',
  'loan',
  'debt',
  'court',
  'ruling',
  'judge',
  'appeal',
  'prison',
  'army',
  'border',
  'refugees',
  'migrants',
  'asylum',
  'school',
  'teachers',
  'students',
  'exams',
  'university',
  'vaccine',
  'virus',
  'cases',
  'deaths',
  'doctors',
  'nurses',
  'ambulance',
  'airport',
  'runway',
  'flights',
  'railway',
  'bridge',
  'tunnel',
  'road',
  'crash',
  'fire',
  'factory',
  'jobs',
  'unemployment',
  'growth',
  'recession',
  'tax',
  'subsidy',
  'pension',
  'retirement',
  'Öztürk',
  'São',
  'Paulo',
  'Ankara',
  'Damascus',
  'Brussels',
  'Paris',
  'Berlin',
  'Lagos',
  'Nairobi',
  'Jakarta',
  'Lima',
  'treaty',
  'summit',
  'sanctions',
  'embargo',
  'missiles',
  'artillery',
  'ceasefire',
  'talks',
  'deal',
  'merger',
];
const OUTLETS = 40;
const CLOSED_SHARE = 0.94;

/** twelve words picked by hashing (n, k): deterministic, so every run loads the same corpus */
const words = (seed: string, count: number) =>
  `array_to_string(ARRAY(SELECT (:vocabulary::text[])[1 + abs(hashint4(${seed} * 31 + k)) % :vocabularySize]
     FROM generate_series(1, ${count}) AS k), ' ')`;

/**
 * Loads `claims` claims (ten per article, one article per ten claims) in `batch`-sized statements straight into a
 * migrated database, through the same triggers and indexes the desk writes through. The oldest 94 % are closed
 * (approved 70 %, discarded 12 %, merged 18 %); the newest 6 % are open (queued, in review, awaiting approval, on
 * hold, escalated, returned, reopened), 1 % of them with a suggested duplicate, their SLA due 24 h after intake. One
 * claim in 5,000 carries the rare word "Zanzibar". Sources follow a power law over 20,000 entries; a claim in five
 * has a relay; claims are spread over a year, 31.5 s apart.
 */
export async function loadTrackingData(db: Pool, claims: number, batch = 100_000): Promise<void> {
  const run = (text: string, params: Record<string, unknown>) => db.query(...bind(text, params));
  // Ids in the shape of random (version 4) uuids, derived from a name so the bench can name them too.
  await db.query(`
    CREATE FUNCTION bench_uuid(text) RETURNS uuid LANGUAGE sql IMMUTABLE
    AS $$ SELECT (substr(md5($1), 1, 12) || '4' || substr(md5($1), 14, 3) || '8' || substr(md5($1), 18, 15))::uuid $$`);
  await db.query(`
    INSERT INTO api_keys (id, name, role, key_hash, key_prefix)
    SELECT bench_uuid('key' || n), CASE WHEN n <= 20 THEN 'Reviewer ' || n ELSE 'Editor ' || n END,
      CASE WHEN n <= 20 THEN 'reviewer' ELSE 'editor' END, md5('hash' || n), 'fdk_x'
    FROM generate_series(1, 25) AS n`);
  await db.query(`
    INSERT INTO sources (id, name, normalised_name, type)
    SELECT bench_uuid('source' || n), 'Source ' || n, 'source ' || n,
      (ARRAY['person', 'organization', 'media', 'anonymous', 'document', 'social'])[1 + n % 6]
    FROM generate_series(1, 20000) AS n`);
  const articles = Math.ceil(claims / 10);
  for (let from = 1; from <= articles; from += batch / 10) {
    await run(
      `INSERT INTO articles (id, outlet, headline, body, published_at, content_hash, ingest_status, claim_count,
                             submitted_by, created_at, extracted_at)
       SELECT bench_uuid('article' || n), 'Outlet ' || (n % ${OUTLETS}), ${words('n', 8)}, ${words('n + 7', 60)},
         now() - (:articles - n) * interval '315 seconds', md5('body' || n), 'extracted', 10, bench_uuid('key' || 21),
         now() - (:articles - n) * interval '315 seconds', now() - (:articles - n) * interval '315 seconds'
       FROM generate_series(:from::int, least(:to::int, :articles)) AS n`,
      { vocabulary: VOCABULARY, vocabularySize: VOCABULARY.length, articles, from, to: from + batch / 10 - 1 },
    );
  }
  for (let from = 1; from <= claims; from += batch) {
    await run(
      `WITH c AS (
         SELECT n, abs(hashint4(n)) % 100 AS roll, n > :closedUpTo AS open,
           now() - (:claims - n) * interval '31.5 seconds' AS created_at
         FROM generate_series(:from::int, least(:to::int, :claims)) AS n
       ), s AS (
         SELECT c.*, CASE
           WHEN NOT open AND roll < 70 THEN 'approved' WHEN NOT open AND roll < 82 THEN 'discarded'
           WHEN NOT open AND n > 1 THEN 'merged' WHEN NOT open THEN 'approved'
           WHEN roll < 60 THEN 'queued' WHEN roll < 68 THEN 'in_review' WHEN roll < 76 THEN 'awaiting_approval'
           WHEN roll < 82 THEN 'on_hold' WHEN roll < 85 THEN 'escalated' WHEN roll < 93 THEN 'returned'
           WHEN roll < 95 THEN 'reopened' ELSE 'approved' END AS status
         FROM c
       )
       INSERT INTO claims (id, article_id, source_id, via_source_id, source_name, source_type, via, cue, quote_type,
         content, start_offset, end_offset, review_status, priority, version, created_at, updated_at, due_at,
         assignee_id, last_reviewer_id, lease_expires_at, verdict, decided_at, merged_into_id, possible_duplicate_of,
         reach)
       SELECT bench_uuid('claim' || n), bench_uuid('article' || ((n + 9) / 10)),
         bench_uuid('source' || (1 + floor(20000 * power(abs(hashint4(n * 3)) / 2147483648.0, 3)))::int),
         CASE WHEN n % 5 = 0 THEN bench_uuid('source' || (3 + 6 * (n % 300))) END,
         'Source', 'person', CASE WHEN n % 5 = 0 THEN 'Relay' END, 'said', 'indirect',
         ${words('n', 12)} || CASE WHEN n % 5000 = 0 THEN ' Zanzibar' ELSE '' END, (n % 10) * 100, (n % 10) * 100 + 90, status,
         abs(hashint4(n * 7)) % 101, 3, created_at, created_at, created_at + interval '24 hours',
         CASE WHEN status IN ('in_review', 'awaiting_approval', 'on_hold', 'escalated', 'returned', 'reopened')
           THEN bench_uuid('key' || (1 + n % 20)) END,
         CASE WHEN status NOT IN ('queued', 'merged') THEN bench_uuid('key' || (1 + n % 20)) END,
         CASE WHEN status = 'in_review' THEN now() + interval '20 minutes' END,
         CASE WHEN status IN ('approved', 'awaiting_approval') THEN jsonb_build_object(
           'attributionVerdict', (ARRAY['confirmed', 'misattributed', 'distorted', 'unverifiable'])[1 + n % 4],
           'attributionNote', 'checked', 'claimRating',
           (ARRAY['true', 'mostly_true', 'mixed', 'misleading', 'false', 'unproven'])[1 + n % 6], 'ratingNote', 'checked')
         END,
         CASE WHEN status IN ('approved', 'discarded') THEN created_at + interval '6 hours' END,
         CASE WHEN status = 'merged' THEN bench_uuid('claim' || (n - 1)) END,
         CASE WHEN open AND n % 100 = 0 THEN bench_uuid('claim' || (n - 3)) END,
         1 + n % 3
       FROM s`,
      {
        vocabulary: VOCABULARY,
        vocabularySize: VOCABULARY.length,
        claims,
        closedUpTo: Math.floor(claims * CLOSED_SHARE),
        from,
        to: from + batch - 1,
      },
    );
  }
  await db.query('VACUUM ANALYZE claims');
  await db.query('VACUUM ANALYZE articles');
  await db.query('VACUUM ANALYZE claim_search');
  await db.query('VACUUM ANALYZE article_search');
}

/** An api (no worker) on a fresh database loaded with `claims` claims, for `run`; everything is removed afterwards. */
export async function withTrackingData(claims: number, run: (stack: Stack) => Promise<void>): Promise<void> {
  const stack = await startStack({ worker: false, env: { LOG_LEVEL: 'error' } });
  try {
    const started = performance.now();
    await loadTrackingData(stack.db, claims);
    console.log(
      `loaded ${claims} claims in ${((performance.now() - started) / 1000).toFixed(0)} s (busy box: figures are preliminary)`,
    );
    await run(stack);
  } finally {
    await stack.stop();
  }
}
