/**
 * npm run bench:stats [-- CLAIMS REQUESTS]: loads CLAIMS claims (default 1,000,000) and their audit events (about 5 per
 * claim) into a database of its own, starts the api and the worker (whose first stats run rebuilds the rollups from the
 * tables), then times GET /v1/stats through HTTP for several windows (REQUESTS sequential requests each, after a
 * warm-up) beside the same figures computed with plain GROUP BY queries (test/support/stats-reference.ts), and checks
 * that both agree. Each window is timed twice: cold, on a second api with the memo off (every request reads the
 * rollups), and memoised, on the api as configured (STATS_MEMO_MS), which is what polling dashboards get.
 */
import { loadavg } from 'os';
import { startStack } from '../test/support/stack';
import { differences, referenceFigures } from '../test/support/stats-reference';
import { waitFor } from '../test/support/wait-for';
import { keepAliveClient } from './keep-alive-client';
import { formatMs, percentile } from './latency';
import { loadStatsData } from './stats-data';

const CLAIMS = Number(process.argv[2] ?? 1_000_000);
const REQUESTS = Number(process.argv[3] ?? 200);
const DAY = 86_400_000;

const since = (days: number) => new Date(Date.now() - days * DAY).toISOString();
const WINDOWS: { name: string; query: string; bucket: 'hour' | 'day'; outlet: string | null }[] = [
  { name: 'default (30 days by day)', query: '', bucket: 'day', outlet: null },
  { name: 'one outlet, 30 days', query: '?outlet=Outlet%207', bucket: 'day', outlet: 'Outlet 7' },
  { name: '7 days by the hour', query: `?bucket=hour&from=${since(7)}`, bucket: 'hour', outlet: null },
  { name: 'a whole year by day', query: `?from=${since(366)}`, bucket: 'day', outlet: null },
];

async function main(): Promise<void> {
  const stack = await startStack({ worker: false, env: { LOG_LEVEL: 'error' } });
  try {
    let started = performance.now();
    await loadStatsData(stack.db, { claims: CLAIMS });
    const loadSeconds = (performance.now() - started) / 1000;
    const [counts] = (
      await stack.db.query(
        `SELECT (SELECT count(*) FROM claims)::int AS claims, (SELECT count(*) FROM review_events)::int AS events,
                (SELECT count(*) FROM articles)::int AS articles`,
      )
    ).rows;
    console.log(
      `data                          ${counts.claims} claims, ${counts.events} audit events, ${counts.articles} articles (loaded in ${loadSeconds.toFixed(0)} s)`,
    );

    started = performance.now();
    await stack.startWorker();
    // The rebuild vacuums the rollups after its commit (the reads are index-only scans): wait for that too.
    await waitFor(
      async () =>
        (
          await stack.db.query(
            `SELECT 1 FROM event_consumers WHERE name = 'stats'
             AND NOT EXISTS (SELECT 1 FROM pg_stat_user_tables WHERE relname LIKE 'stats\\_%' AND last_vacuum IS NULL)`,
          )
        ).rowCount === 1,
      'the first rollup rebuild',
      1_800_000,
      500,
    );
    console.log(`rollup rebuild from the tables ${((performance.now() - started) / 1000).toFixed(1)} s`);

    const cold = await stack.startSecondApi({ STATS_MEMO_MS: '0' });
    const apis = { cold: keepAliveClient(cold.baseUrl, 1), memoised: keepAliveClient(stack.baseUrl, 1) };
    for (const window of WINDOWS) {
      const timed: Record<string, number[]> = {};
      let last: any;
      for (const [name, send] of Object.entries(apis)) {
        const get = () => send('GET', `/v1/stats${window.query}`, stack.keys.reviewer);
        for (let warm = 0; warm < 10; warm += 1) await get();
        const latencies: number[] = [];
        for (let n = 0; n < REQUESTS; n += 1) {
          const sent = performance.now();
          const reply = await get();
          latencies.push(performance.now() - sent);
          if (reply.status !== 200) throw new Error(`stats answered ${reply.status}: ${JSON.stringify(reply.body)}`);
          last = reply.body;
        }
        timed[name] = latencies;
      }
      const sqlStarted = performance.now();
      const reference = await referenceFigures(stack.db, {
        from: new Date(last.window.from),
        to: new Date(last.window.to),
        bucket: window.bucket,
        outlet: window.outlet,
        now: new Date(),
        minDecided: 5,
      });
      const sqlMs = performance.now() - sqlStarted;
      const disagree = differences(last, reference);
      const figures = (latencies: number[]) =>
        `p50 ${formatMs(percentile(latencies, 50))}, p95 ${formatMs(percentile(latencies, 95))}`;
      console.log(
        `${window.name.padEnd(30)}/v1/stats cold ${figures(timed.cold)}; memoised ${figures(timed.memoised)} ` +
          `(${REQUESTS} requests each) | plain GROUP BY ${formatMs(sqlMs)} | ${disagree.length === 0 ? 'figures agree' : `DIFFER: ${disagree.join('; ')}`}` +
          ` | load ${loadavg()
            .map((load) => load.toFixed(1))
            .join(' ')}`,
      );
      console.log(
        `${''.padEnd(30)}claims ${Object.values(last.claimsByStatus as Record<string, number>).reduce((a, b) => a + b, 0)}, ` +
          `approved ${last.decided.total}, intake->approved p50 ${last.intakeToApproved.p50Seconds} s ` +
          `(SQL ${reference.intakeToApproved.p50Seconds?.toFixed(0)} s), overdue ${last.overdue.count}`,
      );
    }
  } finally {
    await stack.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
