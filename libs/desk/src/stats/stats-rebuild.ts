import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { bind } from '@factdesk/persistence';
import { PRIORITY_BAND_SQL } from '../triage/sla';
import { STATS_CONSUMER } from './stats-apply';
import { DECISION_EVENTS, NO_ACTOR, OPEN_STATUSES, PROBLEM_VERDICTS } from './stats-deltas';
import { ENTERED_BEFORE_EVENT, HOUR_UTC, msBetween, VERDICT_AT_EVENT } from './stats-facts';
import { bucketStartSql, durationBinSql, GRAINS } from './stats-time';

const STATS_LOCK = 'factdesk:stats';

const ROLLUP_TABLES = ['stats_counts', 'stats_durations', 'stats_sources', 'stats_open', 'stats_open_claims'];

/** Approvals (entering approved) with the verdict approved. */
const APPROVALS = `
  SELECT r.*, c.created_at AS claim_created_at, a.outlet, verdict.payload->>'attributionVerdict' AS attribution_verdict,
    verdict.payload->>'claimRating' AS claim_rating
  FROM review_events r JOIN claims c ON c.id = r.claim_id LEFT JOIN articles a ON a.id = c.article_id
  ${VERDICT_AT_EVENT}
  WHERE r.to_status = 'approved' AND r.from_status IS DISTINCT FROM 'approved'`;

/** Hourly rows first, then each grain and scope from them (far fewer rows to group than one per fact and grain). */
const rollUp = (table: string, keys: string[], hourly: string) => `
  WITH hourly AS (${hourly})
  INSERT INTO ${table} (scope, grain, bucket, ${keys.join(', ')}, n)
  SELECT s.scope, g.grain, ${bucketStartSql('g.grain', 'h.hour')}, ${keys.map((column) => `h.${column}`).join(', ')}, sum(h.n)
  FROM hourly h CROSS JOIN unnest(:grains::text[]) AS g(grain) CROSS JOIN LATERAL (VALUES (''), (h.outlet)) AS s(scope)
  WHERE s.scope IS NOT NULL
  GROUP BY 1, 2, 3, ${keys.map((_, index) => index + 4).join(', ')}`;

const COUNTS = rollUp(
  'stats_counts',
  ['metric'],
  `SELECT outlet, ${HOUR_UTC('at')} AS hour, metric, count(*) AS n FROM (
     SELECT outlet, created_at AS at, 'articles' AS metric FROM articles WHERE ingest_status <> 'pending'
     UNION ALL
     SELECT a.outlet, c.created_at, m.metric FROM claims c LEFT JOIN articles a ON a.id = c.article_id
       CROSS JOIN LATERAL (VALUES ('claims'), ('status:' || c.review_status)) AS m(metric)
     UNION ALL
     SELECT outlet, created_at, m.metric FROM (${APPROVALS}) approval
       CROSS JOIN LATERAL (VALUES ('approved'), ('verdict:' || attribution_verdict), ('rating:' || claim_rating)) AS m(metric)
   ) facts GROUP BY 1, 2, 3`,
);

const DURATIONS = rollUp(
  'stats_durations',
  ['metric', 'actor_id', 'bin'],
  `SELECT outlet, ${HOUR_UTC('created_at')} AS hour, metric, actor_id, bin, count(*) AS n FROM (
     SELECT outlet, created_at, 'intake_to_approved' AS metric, :noActor::uuid AS actor_id,
       ${durationBinSql(msBetween('created_at', 'claim_created_at'))} AS bin
     FROM (${APPROVALS}) approval
     UNION ALL
     SELECT a.outlet, r.created_at, 'handling', r.actor_id,
       ${durationBinSql(msBetween('r.created_at', 'coalesce(entered.created_at, c.created_at)'))}
     FROM review_events r JOIN claims c ON c.id = r.claim_id LEFT JOIN articles a ON a.id = c.article_id
     ${ENTERED_BEFORE_EVENT}
     WHERE r.event = ANY(:decisions::text[]) AND r.actor_id IS NOT NULL AND r.from_status IS DISTINCT FROM r.to_status
   ) facts GROUP BY 1, 2, 3, 4, 5`,
);

const SOURCES = `
  INSERT INTO stats_sources (scope, role, source_id, claims, decided, problems)
  SELECT s.scope, k.role, k.source_id, count(*) FILTER (WHERE c.review_status <> 'merged'),
    count(*) FILTER (WHERE c.review_status = 'approved'),
    count(*) FILTER (WHERE c.review_status = 'approved' AND c.verdict->>'attributionVerdict' = ANY(:problems::text[]))
  FROM claims c LEFT JOIN articles a ON a.id = c.article_id
  CROSS JOIN LATERAL (VALUES ('source', c.source_id), ('via', c.via_source_id)) AS k(role, source_id)
  CROSS JOIN LATERAL (VALUES (''), (a.outlet)) AS s(scope)
  WHERE k.source_id IS NOT NULL AND s.scope IS NOT NULL
  GROUP BY 1, 2, 3`;

const OPEN_CLAIMS = `
  INSERT INTO stats_open_claims (claim_id, outlet, band, due_at, breached)
  SELECT c.id, a.outlet, ${PRIORITY_BAND_SQL}, c.due_at, c.sla_breached_at IS NOT NULL
  FROM claims c LEFT JOIN articles a ON a.id = c.article_id WHERE c.review_status = ANY(:open::text[])`;

const OPEN_COUNTERS = `
  INSERT INTO stats_open (scope, band, claims, breached)
  SELECT s.scope, m.band, count(*), count(*) FILTER (WHERE m.breached)
  FROM stats_open_claims m CROSS JOIN LATERAL (VALUES (''), (m.outlet)) AS s(scope)
  WHERE s.scope IS NOT NULL GROUP BY 1, 2`;

/** The consumer starts at the log's end as this snapshot saw it, skipping events the snapshot already saw. */
const RESET_CONSUMER = `
  INSERT INTO event_consumers (name, position, skip_snapshot, as_of)
  SELECT :name, coalesce(max(last_position), 0), pg_current_snapshot(), now() FROM event_log
  ON CONFLICT (name) DO UPDATE SET position = excluded.position, skip_snapshot = excluded.skip_snapshot,
    as_of = excluded.as_of, updated_at = now()`;

/**
 * Recomputes every rollup from the base tables, in one REPEATABLE READ transaction: what it counts is exactly what its
 * snapshot saw, and the consumer goes on from there, skipping the events that snapshot already saw (events committed
 * while the rebuild ran are not in it, so they are counted by the consumer). The worker runs it on first start (the
 * backfill of a database that had claims before the rollups); `npm run cli -- stats:rebuild` runs it by hand.
 */
@Injectable()
export class StatsRebuild {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The rollups have one writer at a time: the consumer or a rebuild. */
  static async lock(manager: EntityManager): Promise<boolean> {
    const [{ locked }] = await manager.query<{ locked: boolean }[]>(
      `SELECT pg_try_advisory_xact_lock(hashtext($1)) AS locked`,
      [STATS_LOCK],
    );
    return locked;
  }

  /** False when a consumer run or another rebuild holds the rollups. */
  async rebuild(): Promise<boolean> {
    const rebuilt = await this.dataSource.transaction('REPEATABLE READ', async (manager) => {
      if (!(await StatsRebuild.lock(manager))) return false;
      for (const table of ROLLUP_TABLES) await manager.query(`DELETE FROM ${table}`);
      await manager.query(...bind(COUNTS, { grains: GRAINS }));
      await manager.query(...bind(DURATIONS, { grains: GRAINS, decisions: DECISION_EVENTS, noActor: NO_ACTOR }));
      await manager.query(...bind(SOURCES, { problems: PROBLEM_VERDICTS }));
      await manager.query(...bind(OPEN_CLAIMS, { open: OPEN_STATUSES }));
      await manager.query(OPEN_COUNTERS);
      await manager.query(...bind(RESET_CONSUMER, { name: STATS_CONSUMER }));
      // The reads plan on these statistics; autovacuum would take a while to notice a table filled at once.
      for (const table of ROLLUP_TABLES) await manager.query(`ANALYZE ${table}`);
      return true;
    });
    // The reads are index-only scans of the rollups' keys, which need the visibility map; VACUUM cannot run in the
    // transaction, and it also drops the rows the DELETEs above left dead.
    if (rebuilt) for (const table of ROLLUP_TABLES) await this.dataSource.query(`VACUUM ${table}`);
    return rebuilt;
  }
}
