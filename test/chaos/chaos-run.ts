import { freePort, runApp, stopProcess, type AppProcess } from '../support/processes';
import { PrivateRedis } from '../support/private-redis';
import { placementCounts } from '../support/desk-invariants';
import { type Stack, startStack } from '../support/stack';
import { waitFor } from '../support/wait-for';
import { type ChaosVerdict, judge } from './chaos-checks';
import { feedArticles, reviewLoop } from './chaos-clients';

export interface ChaosOptions {
  articles: number;
  /** Intake pace: articles per second over all feeds. */
  perSecond: number;
  /** A worker is SIGKILLed and restarted this often. */
  killEveryMs: number;
  log?: (line: string) => void;
}

export interface ChaosReport extends ChaosVerdict {
  restarts: { worker: number; api: number; redis: number };
  decided: number;
  wallMs: number;
}

const workerUp = (worker: AppProcess) => worker.output().includes('factdesk worker running');

/**
 * Two api and two worker processes on a Redis of the run's own (a spare port); while intake feeds post `articles`
 * and reviewers work, a worker is SIGKILLed and restarted every `killEveryMs`, one api is SIGKILLed and restarted
 * once, and Redis is restarted once. Then PostgreSQL is checked (chaos-checks).
 */
export async function runChaos(options: ChaosOptions): Promise<ChaosReport> {
  const started = Date.now();
  const log = options.log ?? (() => undefined);
  const redis = new PrivateRedis(await freePort());
  await redis.start();
  const env = { STALLED_SWEEP_SECONDS: '2', STALLED_AFTER_SECONDS: '5', REVIEW_MAX_LEASES: '50' };
  let stack: Stack | undefined;
  const workers: AppProcess[] = [];
  let restartedApi: AppProcess | undefined; // the stack stops the api it started, not its replacement
  try {
    stack = await startStack({ redisUrl: redis.url, worker: false, env });
    const s = stack;
    const second = await s.startSecondApi();
    const apis = [s.baseUrl, second.baseUrl];
    const startWorker = async () => {
      const worker = runApp('worker', s.env);
      await waitFor(async () => workerUp(worker), `worker start (${worker.output()})`, 30_000);
      return worker;
    };
    workers.push(await startWorker(), await startWorker());
    const restarts = { worker: 0, api: 0, redis: 0 };
    let intakeDone = false;

    const chaos = (async () => {
      for (let round = 1; !intakeDone; round++) {
        await new Promise((resolve) => setTimeout(resolve, options.killEveryMs));
        if (intakeDone) break;
        const victim = round % workers.length;
        workers[victim].child.kill('SIGKILL');
        await workers[victim].exited;
        workers[victim] = await startWorker();
        restarts.worker++;
        if (round === 1) {
          second.process.child.kill('SIGKILL');
          await second.process.exited;
          const again = runApp('api', { ...s.env, PORT: new URL(second.baseUrl).port });
          await waitFor(async () => (await fetch(`${second.baseUrl}/health`)).status === 200, 'api restart', 30_000);
          restartedApi = again;
          restarts.api++;
          log('api restarted');
        }
        if (round === 2) {
          await redis.stop();
          await new Promise((resolve) => setTimeout(resolve, 1_000));
          await redis.start();
          restarts.redis++;
          log('redis restarted');
        }
      }
    })();
    const reviewers = await Promise.all([0, 1, 2].map((n) => s.addKey('reviewer', `chaos reviewer ${n}`)));
    const reviewing = reviewers.map((reviewer) => reviewLoop(apis, reviewer.secret, s.keys.editor, () => intakeDone));
    const accepted = await feedArticles(apis, s.keys.intake, options.articles, 16, options.perSecond);
    log(`${accepted.size} articles accepted`);
    await waitFor(
      async () => {
        const counts = await placementCounts(s.db);
        return counts.articlesPending === 0 && counts.claimsUnplaced === 0 && counts.outbox === 0;
      },
      'every article extracted and every claim placed',
      Math.max(120_000, options.articles * 100),
      500,
    ).catch((error: Error) => log(error.message));
    intakeDone = true;
    await chaos;
    const decided = (await Promise.all(reviewing)).reduce((sum, n) => sum + n, 0);
    const verdict = await judge(s.db, accepted);
    return { ...verdict, restarts, decided, wallMs: Date.now() - started };
  } finally {
    await Promise.all([...workers, restartedApi].map((process) => stopProcess(process)));
    await stack?.stop();
    await redis.stop();
    redis.remove();
  }
}
