import { type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * Dashboard rollups (libs/desk/src/stats), written only by the stats consumer of the event log, never by a
 * transition. `scope` is '' for the whole desk or an outlet; time rows exist per hour, day, dekad (a third of a month) and month (UTC) so a window
 * reads a few dozen buckets whatever its length. Filled from the base tables by a rebuild on the worker's first start.
 */
export class StatsRollups1765200100000 implements MigrationInterface {
  name = 'StatsRollups1765200100000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE stats_counts (
        scope text NOT NULL,
        grain text NOT NULL CHECK (grain IN ('hour', 'day', 'dekad', 'month')),
        bucket timestamptz NOT NULL,
        metric text NOT NULL,
        n bigint NOT NULL,
        -- A bucket's metrics side by side: a window's totals are a few dozen probes, a series one range.
        PRIMARY KEY (scope, grain, bucket, metric)
      )`);
    // Histograms of durations: `bin` k >= 1 holds [1.1^(k-1), 1.1^k) ms, bin 0 anything under 1 ms.
    await db.query(`
      CREATE TABLE stats_durations (
        scope text NOT NULL,
        metric text NOT NULL,
        grain text NOT NULL CHECK (grain IN ('hour', 'day', 'dekad', 'month')),
        bucket timestamptz NOT NULL,
        actor_id uuid NOT NULL,
        bin smallint NOT NULL,
        n bigint NOT NULL,
        PRIMARY KEY (scope, metric, grain, bucket, actor_id, bin)
      )`);
    // The open claims as last counted: which band and SLA state each one adds to stats_open.
    await db.query(`
      CREATE TABLE stats_open_claims (
        claim_id uuid PRIMARY KEY,
        outlet text,
        band text NOT NULL,
        due_at timestamptz,
        breached boolean NOT NULL
      )`);
    await db.query(`CREATE INDEX stats_open_claims_due_idx ON stats_open_claims (breached, due_at)`);
    await db.query(`CREATE INDEX stats_open_claims_outlet_due_idx ON stats_open_claims (outlet, breached, due_at)`);
    await db.query(`
      CREATE TABLE stats_open (
        scope text NOT NULL,
        band text NOT NULL,
        claims bigint NOT NULL,
        breached bigint NOT NULL,
        PRIMARY KEY (scope, band)
      )`);
    await db.query(`
      CREATE TABLE stats_sources (
        scope text NOT NULL,
        role text NOT NULL CHECK (role IN ('source', 'via')),
        source_id uuid NOT NULL,
        claims bigint NOT NULL,
        decided bigint NOT NULL,
        problems bigint NOT NULL,
        problem_share real GENERATED ALWAYS AS (problems::real / nullif(decided, 0)) STORED,
        PRIMARY KEY (scope, role, source_id)
      )`);
    await db.query(`CREATE INDEX stats_sources_claims_idx ON stats_sources (scope, role, claims DESC, source_id)`);
    // The minimum count to rank by share is part of the index (PROBLEM_SHARE_MIN_DECIDED in stats-figures.ts).
    await db.query(`
      CREATE INDEX stats_sources_share_idx ON stats_sources (scope, role, problem_share DESC, decided DESC, source_id)
      WHERE decided >= 5`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE stats_sources`);
    await db.query(`DROP TABLE stats_open`);
    await db.query(`DROP TABLE stats_open_claims`);
    await db.query(`DROP TABLE stats_durations`);
    await db.query(`DROP TABLE stats_counts`);
  }
}
