/**
 * npm run load [-- --seconds N] [--short] [--scale K]: a desk at work for N seconds (default 60; --short 15) on a stack
 * of its own (startStack: its own database and Redis prefix, an api and a worker, all removed at the end): newsroom
 * feeds post articles, reviewers take, annotate and submit claims that editors approve, editors page through lists and
 * searches, dashboards read the stats, and SSE clients follow the live feed. Prints throughput, p50 / p99 and the
 * answers that were not 2xx per route; exits 1 on any answer >= 500 or request without an answer. Loopback only.
 * People think between steps, so the default mix is a busy desk, not the api's ceiling: --scale K puts K times as many
 * people at work.
 */
import { type ChildProcess, fork } from 'child_process';
import { loadavg } from 'os';
import { join } from 'path';
import { type Stack, startStack } from '../test/support/stack';
import { type Clock, dashboard, editor, intakeFeed, reviewer } from './load-actors';
import { LoadRecorder } from './load-recorder';
import { cpuSeconds, machineBusySeconds } from './process-stats';
import { queueClaims, reviewerKeys } from './review-load';

/** `--name N`: an integer from 1 to `max`, or the default. */
function option(name: string, fallback: number, max: number): number {
  const args = process.argv.slice(2);
  const at = args.indexOf(name);
  const value = at >= 0 ? Number(args[at + 1]) : fallback;
  if (!Number.isInteger(value) || value < 1 || value > max) {
    console.error(`usage: npm run load [-- --seconds N (1-3600)] [--short] [--scale K (1-50)]; ${name} is wrong`);
    process.exit(2);
  }
  return value;
}

const SECONDS = option('--seconds', process.argv.includes('--short') ? 15 : 60, 3_600);
const SCALE = option('--scale', 1, 50);
/** People at work at once (times --scale), and how long each pauses between two steps (on average). */
const MIX = {
  feeds: 4 * SCALE,
  reviewers: 8 * SCALE,
  editors: 4 * SCALE,
  dashboards: 4 * SCALE,
  streams: 50 * SCALE,
  queued: 2_000 * SCALE,
};
const THINK_MS = { feed: 1_000, reviewer: 300, editor: 1_000, dashboard: 2_000 };

/** The next message of the stream clients' process (bench/sse-clients.ts), or an error after `ms`. */
const reply = <T>(child: ChildProcess, ms = 60_000) =>
  new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('the stream clients did not answer')), ms);
    child.once('message', (message) => {
      clearTimeout(timer);
      resolve(message as T);
    });
  });

function clockUntil(deadline: number, interrupted: () => boolean): Clock {
  const stop = () => interrupted() || Date.now() >= deadline;
  return {
    stop,
    pause: (ms) => {
      const wait = Math.min(ms * (0.5 + Math.random()), deadline - Date.now());
      return stop() || wait <= 0 ? Promise.resolve() : new Promise((resolve) => setTimeout(resolve, wait));
    },
  };
}

async function run(stack: Stack, duration: number, interrupted: () => boolean): Promise<number> {
  await queueClaims(stack, MIX.queued);
  const reviewers = await reviewerKeys(stack, MIX.reviewers);
  const editors = await Promise.all(
    Array.from({ length: MIX.editors }, (_, n) => stack.addKey('editor', `load editor ${n}`)),
  );
  const streams = fork(join(__dirname, 'sse-clients.ts'), [], { execArgv: ['-r', '@swc-node/register'] });
  try {
    const opened = reply<{ opened: number }>(streams);
    streams.send({ open: { baseUrl: stack.baseUrl, key: stack.keys.reviewer, count: MIX.streams } });
    await opened;
    const recorder = new LoadRecorder(stack.baseUrl, 64 * SCALE);
    const cpu = () => ({
      api: cpuSeconds(stack.api?.child.pid),
      worker: cpuSeconds(stack.worker?.child.pid),
      streams: cpuSeconds(streams.pid),
      loader: (process.cpuUsage().user + process.cpuUsage().system) / 1e6,
      machine: machineBusySeconds(),
    });
    const before = { cpu: cpu(), load: loadavg()[0] };
    const started = performance.now();
    const clock = clockUntil(Date.now() + duration * 1000, interrupted);
    const call = recorder.call();
    const work = [
      ...Array.from({ length: MIX.feeds }, (_, n) => intakeFeed(call, stack.keys.intake, n, clock, THINK_MS.feed)),
      ...reviewers.map((key, n) => reviewer(call, key, editors[n % editors.length].secret, clock, THINK_MS.reviewer)),
      ...editors.map(({ secret }) => editor(call, recorder.call('GET /v1/claims?q='), secret, clock, THINK_MS.editor)),
      ...Array.from({ length: MIX.dashboards }, () => dashboard(call, stack.keys.editor, clock, THINK_MS.dashboard)),
    ];
    const approved = (await Promise.all(work)).reduce<number>((sum, n) => sum + (n ?? 0), 0);
    const elapsed = (performance.now() - started) / 1000;
    const after = cpu();
    const received = reply<{ received: number }>(streams);
    streams.send({ received: true });
    const frames = (await received).received;

    const share = (key: keyof typeof after) => `${Math.round(((after[key] - before.cpu[key]) / elapsed) * 100)} %`;
    console.log(
      `load: ${elapsed.toFixed(1)} s, scale ${SCALE}: ${MIX.feeds} feeds, ${MIX.reviewers} reviewers, ${MIX.editors} editors, ` +
        `${MIX.dashboards} dashboards, ${MIX.streams} SSE clients (${MIX.queued} claims queued first)`,
    );
    console.log(
      `throughput ${(recorder.total / elapsed).toFixed(1)} req/s (${recorder.total} requests), ${approved} verdicts ` +
        `approved, ${frames} SSE frames received (${(frames / elapsed).toFixed(0)}/s)`,
    );
    for (const line of recorder.table(elapsed)) console.log(line);
    console.log(
      `CPU of a core: api ${share('api')}, worker ${share('worker')}, loader ${share('loader')}, SSE clients ` +
        `${share('streams')}; whole machine ${share('machine')} of 200 %; load average ${before.load.toFixed(1)} -> ` +
        `${loadavg()[0].toFixed(1)}`,
    );
    console.log(recorder.failures === 0 ? 'no answer >= 500' : `FAILED: ${recorder.failures} answers >= 500 or none`);
    return recorder.failures;
  } finally {
    streams.kill();
  }
}

async function main(): Promise<void> {
  const duration = SECONDS;
  let interrupted = false;
  process.once('SIGINT', () => (interrupted = true));
  const stack = await startStack({ env: { LOG_LEVEL: 'error', DATABASE_POOL_SIZE: '20' } });
  // Bounded whatever happens: a run that outlives its time by five minutes is stopped, its database removed.
  const watchdog = setTimeout(
    () => {
      console.error(`load: still running ${duration + 300} s after the start; stopping`);
      void stack.stop().finally(() => process.exit(1));
    },
    (duration + 300) * 1000,
  );
  try {
    const failures = await run(stack, duration, () => interrupted);
    process.exitCode = failures > 0 ? 1 : 0;
  } finally {
    clearTimeout(watchdog);
    await stack.stop();
  }
  process.exit();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
