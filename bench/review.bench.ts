/**
 * npm run bench:review [-- QUEUED REVIEWERS ROUNDS THINK_MS]: QUEUED claims waiting, REVIEWERS concurrent reviewers
 * (each with their own API key) each taking ROUNDS claims with review/next and putting each on hold (a transition).
 * Prints p50/p99 of both, and the CPU each process used.
 *
 * The load and its THINK_MS model are in review-load.ts (bench:events runs the same).
 */
import { type Stack, startStack } from '../test/support/stack';
import { formatMs, percentile } from './latency';
import { cpuSeconds, machineBusySeconds } from './process-stats';
import { queueClaims, reviewerKeys, runReviewLoad } from './review-load';

const QUEUED = Number(process.argv[2] ?? 10_000);
const REVIEWERS = Number(process.argv[3] ?? 100);
const ROUNDS = Number(process.argv[4] ?? 20);
const THINK_MS = Number(process.argv[5] ?? 0);

/** CPU seconds used so far by the loader (this process), the api, the bench database's backends and the machine. */
async function cpuNow(stack: Stack) {
  const { rows } = await stack.db.query<{ pid: number }>(
    'SELECT pid FROM pg_stat_activity WHERE datname = current_database()',
  );
  const postgres = new Map(rows.map(({ pid }) => [pid, cpuSeconds(pid)]));
  const loader = process.cpuUsage();
  return {
    loader: (loader.user + loader.system) / 1e6,
    api: cpuSeconds(stack.api?.child.pid),
    postgres,
    machine: machineBusySeconds(),
  };
}

async function main(): Promise<void> {
  const stack = await startStack({ worker: false, env: { LOG_LEVEL: 'error', DATABASE_POOL_SIZE: '20' } });
  try {
    await queueClaims(stack, QUEUED);
    const keys = await reviewerKeys(stack, REVIEWERS);
    let cpuBefore = await cpuNow(stack);
    const { nextLatency, transitionLatency, empty, seconds } = await runReviewLoad(stack, keys, {
      rounds: ROUNDS,
      thinkMs: THINK_MS,
      onClockStart: async () => {
        cpuBefore = await cpuNow(stack);
      },
    });
    const cpuAfter = await cpuNow(stack);
    const postgresCpu = [...cpuAfter.postgres].reduce(
      (sum, [pid, after]) => sum + after - (cpuBefore.postgres.get(pid) ?? 0),
      0,
    );
    const share = (cpu: number) => `${Math.round((cpu / seconds) * 100)} %`;

    console.log(
      `queued claims                 ${QUEUED}, ${REVIEWERS} concurrent reviewers x ${ROUNDS} rounds, think time ${THINK_MS} ms`,
    );
    console.log(
      `claim-next p50 / p99          ${formatMs(percentile(nextLatency, 50))} / ${formatMs(percentile(nextLatency, 99))} (${nextLatency.length} calls, ${empty} empty)`,
    );
    console.log(
      `transition p50 / p99          ${formatMs(percentile(transitionLatency, 50))} / ${formatMs(percentile(transitionLatency, 99))} (${transitionLatency.length} calls)`,
    );
    console.log(
      `throughput                    ${Math.round((nextLatency.length + transitionLatency.length) / seconds)} requests/s over ${seconds.toFixed(1)} s`,
    );
    console.log(
      `CPU (100 % = one core)        loader ${share(cpuAfter.loader - cpuBefore.loader)}, api ${share(cpuAfter.api - cpuBefore.api)}, ` +
        `postgres backends ${share(postgresCpu)}, whole machine ${share(cpuAfter.machine - cpuBefore.machine)} of 200 %`,
    );
  } finally {
    await stack.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
