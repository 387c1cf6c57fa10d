import { generateApiKeySecret } from '../libs/platform/src/auth/api-key-secret';
import type { Stack } from '../test/support/stack';
import { keepAliveClient } from './keep-alive-client';

/**
 * The review desk's load, shared by bench:review and bench:events: REVIEWERS concurrent reviewers (each with a key of
 * their own) each taking ROUNDS claims with review/next and putting each on hold (a transition).
 *
 * THINK_MS 0 is a closed loop: every reviewer asks again the moment an answer arrives, which saturates the api, so
 * latency is mostly queueing (concurrency / throughput). THINK_MS > 0 models people: a reviewer takes a claim, works
 * on it for 0.5-1.5 x THINK_MS, puts it on hold, and at once asks for the next; reviewers start at random moments in
 * the first THINK_MS rather than all at once.
 */
export interface ReviewLoad {
  rounds: number;
  thinkMs: number;
  /** Called when the warm-up round is done and the clock starts (e.g. to read CPU counters). */
  onClockStart?: () => Promise<void>;
}

export interface ReviewRun {
  nextLatency: number[];
  transitionLatency: number[];
  empty: number;
  seconds: number;
  /** When each write's answer arrived (performance.now()), by `claimId:event`: what an event's delivery is timed from. */
  answeredAt: Map<string, number>;
}

const pause = (ms: number) => (ms > 0 ? new Promise((resolve) => setTimeout(resolve, ms)) : undefined);

export async function queueClaims(stack: Stack, count: number): Promise<void> {
  await stack.db.query(
    `INSERT INTO claims (source_name, source_type, content, review_status, priority, created_at)
     SELECT 'Source ' || n, 'person', 'Claim number ' || n || ' about exports', 'queued', (n * 37) % 100, now() - n * interval '1 second'
     FROM generate_series(1, $1::int) AS n`,
    [count],
  );
  await stack.db.query('ANALYZE claims');
}

export async function reviewerKeys(stack: Stack, count: number): Promise<string[]> {
  const secrets = Array.from({ length: count }, generateApiKeySecret);
  await stack.db.query(
    `INSERT INTO api_keys (name, role, key_hash, key_prefix)
     SELECT 'bench reviewer ' || n, 'reviewer', hash, prefix FROM unnest($1::text[], $2::text[]) WITH ORDINALITY AS k(hash, prefix, n)`,
    [secrets.map((secret) => secret.hash), secrets.map((secret) => secret.displayPrefix)],
  );
  return secrets.map((secret) => secret.secret);
}

/**
 * Runs the load. Before the clock starts every reviewer takes and holds one claim (not counted), so the figures are
 * those of a running desk, not of the api's first second (JIT, opening its connections, the first key lookups).
 */
export async function runReviewLoad(stack: Stack, keys: string[], load: ReviewLoad): Promise<ReviewRun> {
  const send = keepAliveClient(stack.baseUrl, keys.length);
  const run: ReviewRun = { nextLatency: [], transitionLatency: [], empty: 0, seconds: 0, answeredAt: new Map() };
  let timing = false;
  const takeAndHold = async (key: string): Promise<void> => {
    let started = performance.now();
    const next = await send('POST', '/v1/review/next', key);
    if (timing) run.nextLatency.push(performance.now() - started);
    if (next.status !== 200) {
      if (timing) run.empty += 1;
      return;
    }
    const { id, version } = next.body.claim;
    run.answeredAt.set(`${id}:claim`, performance.now());
    if (timing) await pause(load.thinkMs * (0.5 + Math.random()));
    started = performance.now();
    const held = await send('POST', `/v1/claims/${id}/transitions`, key, {
      event: 'hold',
      expectedVersion: version,
      payload: { reason: 'waiting for the source' },
    });
    run.answeredAt.set(`${id}:hold`, performance.now());
    if (timing) run.transitionLatency.push(performance.now() - started);
    if (held.status !== 200) throw new Error(`hold failed: ${JSON.stringify(held.body)}`);
  };
  const reviewer = async (key: string) => {
    await pause(load.thinkMs * Math.random());
    for (let round = 0; round < load.rounds; round += 1) await takeAndHold(key);
  };
  await Promise.all(keys.map(takeAndHold));
  await load.onClockStart?.();
  timing = true;
  const started = performance.now();
  await Promise.all(keys.map(reviewer));
  run.seconds = (performance.now() - started) / 1000;
  return run;
}
