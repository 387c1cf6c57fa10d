/**
 * npm run bench:review [-- QUEUED REVIEWERS ROUNDS THINK_MS]: QUEUED claims waiting, REVIEWERS concurrent reviewers
 * (each with their own API key) each taking ROUNDS claims with review/next and putting each on hold (a transition).
 * Prints p50/p99 of both, and the CPU each process used.
 *
 * THINK_MS 0 (default) is a closed loop: every reviewer asks again the moment an answer arrives, which saturates the
 * api, so latency is mostly queueing (concurrency / throughput). THINK_MS > 0 models people: a reviewer takes a claim,
 * works on it for 0.5-1.5 x THINK_MS, puts it on hold, and at once asks for the next; reviewers start at random
 * moments in the first THINK_MS rather than all at once.
 *
 * Before the clock starts, every reviewer takes and holds one claim (not counted), so the figures are those of a
 * running desk, not of the api's first second (JIT, opening its database connections, the first key lookups).
 */
import { generateApiKeySecret } from '../libs/platform/src/auth/api-key-secret';
import { Stack, startStack } from '../test/support/stack';
import { keepAliveClient } from './keep-alive-client';
import { formatMs, percentile } from './latency';
import { cpuSeconds, machineBusySeconds } from './process-stats';

const QUEUED = Number(process.argv[2] ?? 10_000);
const REVIEWERS = Number(process.argv[3] ?? 100);
const ROUNDS = Number(process.argv[4] ?? 20);
const THINK_MS = Number(process.argv[5] ?? 0);

const pause = (ms: number) => (ms > 0 ? new Promise((resolve) => setTimeout(resolve, ms)) : undefined);
const workOnClaim = () => pause(THINK_MS * (0.5 + Math.random()));

async function reviewerKeys(stack: Stack): Promise<string[]> {
  const secrets = Array.from({ length: REVIEWERS }, generateApiKeySecret);
  await stack.db.query(
    `INSERT INTO api_keys (name, role, key_hash, key_prefix)
     SELECT 'bench reviewer ' || n, 'reviewer', hash, prefix FROM unnest($1::text[], $2::text[]) WITH ORDINALITY AS k(hash, prefix, n)`,
    [secrets.map((secret) => secret.hash), secrets.map((secret) => secret.displayPrefix)],
  );
  return secrets.map((secret) => secret.secret);
}

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
    await stack.db.query(
      `INSERT INTO claims (source_name, source_type, content, review_status, priority, created_at)
       SELECT 'Source ' || n, 'person', 'Claim number ' || n || ' about exports', 'queued', (n * 37) % 100, now() - n * interval '1 second'
       FROM generate_series(1, $1::int) AS n`,
      [QUEUED],
    );
    await stack.db.query('ANALYZE claims');
    const keys = await reviewerKeys(stack);
    const send = keepAliveClient(stack.baseUrl, REVIEWERS);
    let timing = false;
    const nextLatency: number[] = [];
    const transitionLatency: number[] = [];
    let empty = 0;

    const takeAndHold = async (key: string): Promise<void> => {
      let started = performance.now();
      const next = await send('POST', '/v1/review/next', key);
      if (timing) nextLatency.push(performance.now() - started);
      if (next.status !== 200) {
        if (timing) empty += 1;
        return;
      }
      const { id, version } = next.body.claim;
      if (timing) await workOnClaim();
      started = performance.now();
      const held = await send('POST', `/v1/claims/${id}/transitions`, key, {
        event: 'hold',
        expectedVersion: version,
        payload: { reason: 'waiting for the source' },
      });
      if (timing) transitionLatency.push(performance.now() - started);
      if (held.status !== 200) throw new Error(`hold failed: ${JSON.stringify(held.body)}`);
    };
    const reviewer = async (key: string) => {
      await pause(THINK_MS * Math.random());
      for (let round = 0; round < ROUNDS; round += 1) await takeAndHold(key);
    };

    await Promise.all(keys.map(takeAndHold));
    timing = true;
    const cpuBefore = await cpuNow(stack);
    const started = performance.now();
    await Promise.all(keys.map(reviewer));
    const seconds = (performance.now() - started) / 1000;
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
