import type { DataSource } from 'typeorm';
import { bind, queryPrepared } from '@factdesk/persistence';
import type { Bucket } from './stats-time';

/**
 * Reads of the rollups for one window; each touches a few dozen buckets or an index's first rows, never a scan. The
 * buckets are probed one by one (LATERAL), whatever the planner's estimates of freshly filled rollups.
 */
const TOTALS = `
  SELECT s.metric, sum(s.n)::float8 AS n
  FROM unnest(:grains::text[], :buckets::timestamptz[]) AS b(grain, bucket)
  CROSS JOIN LATERAL (
    SELECT metric, n FROM stats_counts
    WHERE scope = :scope AND grain = b.grain AND bucket = b.bucket AND metric = ANY(:metrics::text[])
  ) s
  GROUP BY s.metric`;

const SERIES = `
  SELECT metric, bucket, n::float8 AS n FROM stats_counts
  WHERE scope = :scope AND grain = :grain AND metric = ANY(:metrics::text[]) AND bucket >= :from AND bucket < :to`;

const HISTOGRAM = `
  WITH bins AS (
    SELECT s.actor_id, s.bin, sum(s.n)::float8 AS n
    FROM unnest(:grains::text[], :buckets::timestamptz[]) AS b(grain, bucket)
    CROSS JOIN LATERAL (
      SELECT actor_id, bin, n FROM stats_durations
      WHERE scope = :scope AND metric = :metric AND grain = b.grain AND bucket = b.bucket
    ) s
    GROUP BY 1, 2
  )
  SELECT bins.actor_id, k.name, k.role, bins.bin, bins.n FROM bins LEFT JOIN api_keys k ON k.id = bins.actor_id`;

const OPEN = `SELECT band, claims::float8 AS claims, breached::float8 AS breached FROM stats_open WHERE scope = :scope`;

/** Claims due before now that the SLA timer has not marked yet (it fires up to a timer step late), and the oldest. */
const overdueSql = (outletCondition: string) => `
  SELECT (SELECT count(*)::float8 FROM stats_open_claims WHERE ${outletCondition} NOT breached AND due_at < :now) AS unmarked,
    oldest.claim_id, oldest.due_at
  FROM (SELECT NULL) one LEFT JOIN (
    SELECT claim_id, due_at FROM (
      (SELECT claim_id, due_at FROM stats_open_claims WHERE ${outletCondition} breached ORDER BY due_at LIMIT 1)
      UNION ALL
      (SELECT claim_id, due_at FROM stats_open_claims WHERE ${outletCondition} NOT breached AND due_at < :now
       ORDER BY due_at LIMIT 1)
    ) candidates ORDER BY due_at LIMIT 1
  ) oldest ON true`;
const OVERDUE_ALL = overdueSql('');
const OVERDUE_OUTLET = overdueSql('outlet = :outlet AND');

/** `decided >= 5` is written out so the planner can use the partial index whatever :minDecided is. */
const topList = (role: string, list: 'claims' | 'share') => `
  (SELECT '${role}' AS role, '${list}' AS list, s.source_id, src.name, src.type, s.claims::float8 AS claims,
     s.decided::float8 AS decided, s.problems::float8 AS problems, s.problem_share
   FROM stats_sources s JOIN sources src ON src.id = s.source_id
   WHERE s.scope = :scope AND s.role = '${role}' AND ${
     list === 'claims'
       ? `s.claims > 0 ORDER BY s.claims DESC, s.source_id`
       : `s.decided >= 5 AND s.decided >= :minDecided ORDER BY s.problem_share DESC, s.decided DESC, s.source_id`
   }
   LIMIT :limit)`;
const TOP_LISTS = ['source', 'via']
  .flatMap((role) => [topList(role, 'claims'), topList(role, 'share')])
  .join(' UNION ALL ');

const AS_OF = `SELECT as_of FROM event_consumers WHERE name = :name`;

export interface HistogramRow {
  actor_id: string;
  name: string | null;
  role: string | null;
  bin: number;
  n: number;
}

export interface TopListRow {
  role: 'source' | 'via';
  list: 'claims' | 'share';
  source_id: string;
  name: string;
  type: string;
  claims: number;
  decided: number;
  problems: number;
  problem_share: number | null;
}

export interface WindowQuery {
  scope: string;
  outlet: string | null;
  cover: Bucket[];
  seriesGrain: string;
  from: Date;
  to: Date;
}

const coverParams = (window: WindowQuery) => ({
  scope: window.scope,
  grains: window.cover.map((bucket) => bucket.grain),
  buckets: window.cover.map((bucket) => bucket.start),
});

export const statsQueries = (db: DataSource) => ({
  totals: (window: WindowQuery, metrics: string[]) =>
    queryPrepared<{ metric: string; n: number }>(db, ...bind(TOTALS, { ...coverParams(window), metrics })),
  series: (window: WindowQuery, metrics: string[]) =>
    queryPrepared<{ metric: string; bucket: Date; n: number }>(
      db,
      ...bind(SERIES, { scope: window.scope, grain: window.seriesGrain, metrics, from: window.from, to: window.to }),
    ),
  histogram: (window: WindowQuery, metric: string) =>
    queryPrepared<HistogramRow>(db, ...bind(HISTOGRAM, { ...coverParams(window), metric })),
  open: (scope: string) =>
    queryPrepared<{ band: string; claims: number; breached: number }>(db, ...bind(OPEN, { scope })),
  overdue: (outlet: string | null, now: Date) =>
    queryPrepared<{ unmarked: number; claim_id: string | null; due_at: Date | null }>(
      db,
      ...(outlet === null ? bind(OVERDUE_ALL, { now }) : bind(OVERDUE_OUTLET, { now, outlet })),
    ),
  topLists: (scope: string, minDecided: number, limit: number) =>
    queryPrepared<TopListRow>(db, ...bind(TOP_LISTS, { scope, minDecided, limit })),
  asOf: (name: string) => queryPrepared<{ as_of: Date | null }>(db, ...bind(AS_OF, { name })),
});
