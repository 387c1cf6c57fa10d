/**
 * npm run bench:events [-- CLIENTS QUEUED REVIEWERS ROUNDS THINK_MS]: the review load of bench:review (review-load.ts) twice in
 * one run, first with no stream open, then with CLIENTS (default 1,000) SSE clients on GET /v1/events. Prints the
 * transition and claim-next p50/p99 of both runs, and how long each claim event took from the HTTP answer of its
 * write to each client (p50/p99 over every delivery), with the count delivered.
 */
import { fork } from 'child_process';
import { join } from 'path';
import { type Stack, startStack } from '../test/support/stack';
import { waitFor } from '../test/support/wait-for';
import { formatMs, percentile } from './latency';
import { cpuSeconds } from './process-stats';
import { queueClaims, reviewerKeys, type ReviewRun, runReviewLoad } from './review-load';

const CLIENTS = Number(process.argv[2] ?? 1_000);
const QUEUED = Number(process.argv[3] ?? 10_000);
const REVIEWERS = Number(process.argv[4] ?? 100);
const ROUNDS = Number(process.argv[5] ?? 20);
const THINK_MS = Number(process.argv[6] ?? 0);

/** CPU seconds of the api and of this loader so far. */
const cpu = (stack: Stack) => ({
  api: cpuSeconds(stack.api?.child.pid),
  loader: (process.cpuUsage().user + process.cpuUsage().system) / 1e6,
});

/** The review load, with the CPU the api, the worker, this loader and the stream clients' process used meanwhile. */
async function measured(stack: Stack, keys: string[], clientsPid?: number): Promise<ReviewRun & { cpu: string }> {
  const read = () => ({ ...cpu(stack), worker: cpuSeconds(stack.worker?.child.pid), clients: cpuSeconds(clientsPid) });
  const before = read();
  const run = await runReviewLoad(stack, keys, { rounds: ROUNDS, thinkMs: THINK_MS });
  const after = read();
  const share = (seconds: number) => `${Math.round((seconds / run.seconds) * 100)} %`;
  const streams = clientsPid ? `, stream clients ${share(after.clients - before.clients)}` : '';
  return {
    ...run,
    cpu:
      `CPU api ${share(after.api - before.api)}, worker ${share(after.worker - before.worker)}, ` +
      `loader ${share(after.loader - before.loader)}${streams} of a core`,
  };
}

const line = (label: string, run: ReviewRun & { cpu: string }) =>
  `${label.padEnd(30)}transition p50 / p99 ${formatMs(percentile(run.transitionLatency, 50))} / ${formatMs(percentile(run.transitionLatency, 99))}, ` +
  `claim-next p50 / p99 ${formatMs(percentile(run.nextLatency, 50))} / ${formatMs(percentile(run.nextLatency, 99))}, ` +
  `${Math.round((run.nextLatency.length + run.transitionLatency.length) / run.seconds)} requests/s, ${run.cpu}`;

async function main(): Promise<void> {
  const stack = await startStack({ env: { LOG_LEVEL: 'error', DATABASE_POOL_SIZE: '20' } });
  try {
    await queueClaims(stack, QUEUED);
    const keys = await reviewerKeys(stack, REVIEWERS);
    const without = await measured(stack, keys);

    const clients = fork(join(__dirname, 'sse-clients.ts'), [], { execArgv: ['-r', '@swc-node/register'] });
    const reply = <T>() => new Promise<T>((resolve) => clients.once('message', (message) => resolve(message as T)));
    const opened = reply<{ opened: number }>();
    clients.send({ open: { baseUrl: stack.baseUrl, key: stack.keys.reviewer, count: CLIENTS } });
    await opened;
    const withClients = await measured(stack, keys, clients.pid);
    const expected = withClients.answeredAt.size;
    await waitFor(
      async () => {
        const received = reply<{ received: number }>();
        clients.send({ received: true });
        return (await received).received >= expected * CLIENTS;
      },
      'every client to receive every event of the second run',
      60_000,
      500,
    ).catch((error: Error) => console.log(`(not all delivered: ${error.message})`));
    const result = reply<{ count: number; p50: number; p99: number }>();
    clients.send({ measure: [...withClients.answeredAt].map(([key, at]) => [key, performance.timeOrigin + at]) });
    const delivery = await result;

    const [stamping] = (
      await stack.db.query(
        `SELECT percentile_disc(0.5) WITHIN GROUP (ORDER BY lag) AS p50, percentile_disc(0.99) WITHIN GROUP (ORDER BY lag) AS p99
         FROM (SELECT extract(epoch FROM b.stamped_at - r.created_at) * 1000 AS lag FROM review_events r
               JOIN event_log b ON (r.tx, r.seq) > (b.after_tx, b.after_seq) AND (r.tx, r.seq) <= (b.through_tx, b.through_seq)
               WHERE r.tx <> '0') lags`,
      )
    ).rows;
    const ratio = percentile(withClients.transitionLatency, 99) / percentile(without.transitionLatency, 99);
    console.log(
      `claims ${QUEUED} queued, ${REVIEWERS} reviewers x ${ROUNDS} rounds think time ${THINK_MS} ms, ${CLIENTS} SSE clients`,
    );
    console.log(line('without streams', without));
    console.log(line(`with ${CLIENTS} streams`, withClients));
    console.log(`transition p99 ratio           ${ratio.toFixed(2)} (target <= 1.5)`);
    console.log(
      `event delivery p50 / p99       ${formatMs(delivery.p50)} / ${formatMs(delivery.p99)} ` +
        `(${delivery.count} of ${expected * CLIENTS} deliveries; from the write's HTTP answer; target p99 < 250 ms)`,
    );
    console.log(
      `of which stamping p50 / p99     ${formatMs(Number(stamping.p50))} / ${formatMs(Number(stamping.p99))} (from the audit row's write to its batch's stamp)`,
    );
  } finally {
    await stack.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
