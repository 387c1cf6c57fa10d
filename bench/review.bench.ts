/**
 * npm run bench:review [-- QUEUED REVIEWERS ROUNDS THINK_MS]: QUEUED claims waiting, REVIEWERS concurrent reviewers
 * each taking ROUNDS claims (review/next) and putting each on hold (a transition). Prints p50/p99 of both.
 * THINK_MS (default 0) is each reviewer's pause between requests: 0 saturates the api (latency is then mostly
 * queueing: concurrency / throughput); a human-scale pause shows the service time a desk would see.
 */
import { startStack } from '../test/support/stack';
import { formatMs, percentile } from './latency';

const QUEUED = Number(process.argv[2] ?? 10_000);
const REVIEWERS = Number(process.argv[3] ?? 100);
const ROUNDS = Number(process.argv[4] ?? 20);
const THINK_MS = Number(process.argv[5] ?? 0);
const think = () => (THINK_MS > 0 ? new Promise((resolve) => setTimeout(resolve, THINK_MS * (0.5 + Math.random()))) : undefined);

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
    const nextLatency: number[] = [];
    const transitionLatency: number[] = [];
    let empty = 0;

    const reviewer = async () => {
      for (let round = 0; round < ROUNDS; round += 1) {
        await think();
        let started = performance.now();
        const next = await stack.request('POST', '/v1/review/next', { as: 'reviewer' });
        nextLatency.push(performance.now() - started);
        if (next.status !== 200) {
          empty += 1;
          continue;
        }
        const { id, version } = next.body.claim;
        started = performance.now();
        const held = await stack.request('POST', `/v1/claims/${id}/transitions`, {
          as: 'reviewer',
          body: { event: 'hold', expectedVersion: version, payload: { reason: 'waiting for the source' } },
        });
        transitionLatency.push(performance.now() - started);
        if (held.status !== 200) throw new Error(`hold failed: ${JSON.stringify(held.body)}`);
      }
    };
    const started = performance.now();
    await Promise.all(Array.from({ length: REVIEWERS }, reviewer));
    const seconds = (performance.now() - started) / 1000;

    console.log(`queued claims                 ${QUEUED}, ${REVIEWERS} concurrent reviewers x ${ROUNDS} rounds, think time ${THINK_MS} ms`);
    console.log(`claim-next p50 / p99          ${formatMs(percentile(nextLatency, 50))} / ${formatMs(percentile(nextLatency, 99))} (${nextLatency.length} calls, ${empty} empty)`);
    console.log(`transition p50 / p99          ${formatMs(percentile(transitionLatency, 50))} / ${formatMs(percentile(transitionLatency, 99))} (${transitionLatency.length} calls)`);
    console.log(`throughput                    ${Math.round((nextLatency.length + transitionLatency.length) / seconds)} requests/s`);
  } finally {
    await stack.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
