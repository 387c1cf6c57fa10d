import type { EntityManager } from 'typeorm';
import { bind, queryPrepared } from '@factdesk/persistence';
import { type CountedOpenClaim, type OpenCounterChange } from './open-claims';
import type { StatsDeltas } from './stats-deltas';
import type { SourceFold } from './stats-facts';

export const STATS_CONSUMER = 'stats';

/** Every rollup change of a batch and the consumer's new position, in one statement. */
const APPLY = `
  WITH counts AS (
    INSERT INTO stats_counts (scope, grain, bucket, metric, n)
    SELECT * FROM unnest(:countScopes::text[], :countGrains::text[], :countBuckets::timestamptz[], :countMetrics::text[],
                         :countNs::bigint[])
    ON CONFLICT (scope, grain, bucket, metric) DO UPDATE SET n = stats_counts.n + excluded.n
  ), durations AS (
    INSERT INTO stats_durations (scope, metric, grain, bucket, actor_id, bin, n)
    SELECT * FROM unnest(:durationScopes::text[], :durationMetrics::text[], :durationGrains::text[],
                         :durationBuckets::timestamptz[], :durationActors::uuid[], :durationBins::smallint[], :durationNs::bigint[])
    ON CONFLICT (scope, metric, grain, bucket, actor_id, bin) DO UPDATE SET n = stats_durations.n + excluded.n
  ), sources AS (
    INSERT INTO stats_sources (scope, role, source_id, claims, decided, problems)
    SELECT * FROM unnest(:sourceScopes::text[], :sourceRoles::text[], :sourceIds::uuid[], :sourceClaims::bigint[],
                         :sourceDecided::bigint[], :sourceProblems::bigint[])
    ON CONFLICT (scope, role, source_id) DO UPDATE SET claims = stats_sources.claims + excluded.claims,
      decided = stats_sources.decided + excluded.decided, problems = stats_sources.problems + excluded.problems
  ), open AS (
    INSERT INTO stats_open (scope, band, claims, breached)
    SELECT * FROM unnest(:openScopes::text[], :openBands::text[], :openClaims::bigint[], :openBreached::bigint[])
    ON CONFLICT (scope, band) DO UPDATE SET claims = stats_open.claims + excluded.claims,
      breached = stats_open.breached + excluded.breached
  ), counted AS (
    INSERT INTO stats_open_claims (claim_id, outlet, band, due_at, breached)
    SELECT * FROM unnest(:countedIds::uuid[], :countedOutlets::text[], :countedBands::text[], :countedDue::timestamptz[],
                         :countedBreached::boolean[])
    ON CONFLICT (claim_id) DO UPDATE SET outlet = excluded.outlet, band = excluded.band, due_at = excluded.due_at,
      breached = excluded.breached
  ), uncounted AS (
    DELETE FROM stats_open_claims WHERE claim_id = ANY(:uncountedIds::uuid[])
  )
  UPDATE event_consumers SET position = :position, updated_at = now(),
    skip_snapshot = CASE WHEN :keepSkip THEN skip_snapshot END,
    as_of = CASE WHEN :caughtUp THEN now() ELSE as_of END
  WHERE name = :consumer AND position = :expected
  RETURNING as_of`;

/** A fold's counts move to the source it was folded into, and the folded rows go. */
const FOLD = `
  WITH moved AS (
    DELETE FROM stats_sources WHERE source_id = ANY(:folded::uuid[]) RETURNING scope, role, claims, decided, problems
  )
  INSERT INTO stats_sources (scope, role, source_id, claims, decided, problems)
  SELECT scope, role, :into::uuid, sum(claims), sum(decided), sum(problems) FROM moved GROUP BY scope, role
  ON CONFLICT (scope, role, source_id) DO UPDATE SET claims = stats_sources.claims + excluded.claims,
    decided = stats_sources.decided + excluded.decided, problems = stats_sources.problems + excluded.problems`;

export interface OpenClaimsChange {
  counters: OpenCounterChange[];
  counted: { claimId: string; row: CountedOpenClaim }[];
  uncounted: string[];
}

export interface ConsumerAdvance {
  expected: number;
  position: number;
  keepSkip: boolean;
  caughtUp: boolean;
}

/** Applies a batch's changes and moves the consumer on; the new asOf, or null if another run moved it first. */
export async function applyStats(
  manager: EntityManager,
  deltas: StatsDeltas,
  open: OpenClaimsChange,
  folds: SourceFold[],
  advance: ConsumerAdvance,
): Promise<Date | null> {
  const counts = [...deltas.counts.values()].filter((entry) => entry.n !== 0);
  const durations = [...deltas.durations.values()];
  const sources = [...deltas.sources.values()].filter((entry) => entry.claims || entry.decided || entry.problems);
  const counters = mergeCounters(open.counters);
  const [row] = await queryPrepared<{ as_of: Date }>(
    manager,
    ...bind(APPLY, {
      countScopes: counts.map((entry) => entry.scope),
      countGrains: counts.map((entry) => entry.grain),
      countBuckets: counts.map((entry) => entry.bucket),
      countMetrics: counts.map((entry) => entry.metric),
      countNs: counts.map((entry) => entry.n),
      durationScopes: durations.map((entry) => entry.scope),
      durationMetrics: durations.map((entry) => entry.metric),
      durationGrains: durations.map((entry) => entry.grain),
      durationBuckets: durations.map((entry) => entry.bucket),
      durationActors: durations.map((entry) => entry.actorId),
      durationBins: durations.map((entry) => entry.bin),
      durationNs: durations.map((entry) => entry.n),
      sourceScopes: sources.map((entry) => entry.scope),
      sourceRoles: sources.map((entry) => entry.role),
      sourceIds: sources.map((entry) => entry.sourceId),
      sourceClaims: sources.map((entry) => entry.claims),
      sourceDecided: sources.map((entry) => entry.decided),
      sourceProblems: sources.map((entry) => entry.problems),
      openScopes: counters.map((entry) => entry.scope),
      openBands: counters.map((entry) => entry.band),
      openClaims: counters.map((entry) => entry.claims),
      openBreached: counters.map((entry) => entry.breached),
      countedIds: open.counted.map((entry) => entry.claimId),
      countedOutlets: open.counted.map((entry) => entry.row.outlet),
      countedBands: open.counted.map((entry) => entry.row.band),
      countedDue: open.counted.map((entry) => entry.row.dueAt),
      countedBreached: open.counted.map((entry) => entry.row.breached),
      uncountedIds: open.uncounted,
      position: advance.position,
      expected: advance.expected,
      keepSkip: advance.keepSkip,
      caughtUp: advance.caughtUp,
      consumer: STATS_CONSUMER,
    }),
  );
  if (!row) return null;
  for (const fold of folds) await manager.query(...bind(FOLD, { folded: fold.folded, into: fold.into }));
  return row.as_of;
}

/** One row per (scope, band): an upsert may touch a row only once. */
function mergeCounters(changes: OpenCounterChange[]): OpenCounterChange[] {
  const merged = new Map<string, OpenCounterChange>();
  for (const change of changes) {
    const id = `${change.scope}\u0000${change.band}`;
    const entry = merged.get(id) ?? { ...change, claims: 0, breached: 0 };
    entry.claims += change.claims;
    entry.breached += change.breached;
    merged.set(id, entry);
  }
  return [...merged.values()].filter((entry) => entry.claims !== 0 || entry.breached !== 0);
}
