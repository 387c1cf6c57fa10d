import { WEBHOOK_EVENT_TYPES } from '../../libs/desk/src/webhooks/webhook-events';
import { freePort, runApp, stopProcess, type AppProcess } from '../support/processes';
import { PrivateRedis } from '../support/private-redis';
import { placementCounts } from '../support/desk-invariants';
import { type Stack, startStack } from '../support/stack';
import { waitFor } from '../support/wait-for';
import { subscribe, WebhookReceiver } from '../support/webhook-receiver';
import { type ChaosVerdict, judge } from './chaos-checks';
import { feedArticles, reviewLoop } from './chaos-clients';
import { judgeWebhooks, type WebhookVerdict, webhooksInFlight } from './chaos-webhooks';

export interface ChaosOptions {
  articles: number;
  /** Intake pace: articles per second over all feeds. */
  perSecond: number;
  /** A worker is SIGKILLed and restarted this often. */
  killEveryMs: number;
  log?: (line: string) => void;
}

export interface ChaosReport extends ChaosVerdict {
  webhooks: WebhookVerdict;
  restarts: { worker: number; api: number; redis: number };
  decided: number;
  wallMs: number;
}

export const CHAOS_WEBHOOK_TYPES = WEBHOOK_EVENT_TYPES.filter((type) => type !== 'claim.transitioned');

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
  const env = {
    STALLED_SWEEP_SECONDS: '2',
    STALLED_AFTER_SECONDS: '5',
    REVIEW_MAX_LEASES: '50',
    // the run's own endpoint listens on loopback; a killed worker's attempts are retried soon, not in 11 minutes
    WEBHOOK_ALLOW_PRIVATE: 'true',
    WEBHOOK_BACKOFF_MS: '500',
    WEBHOOK_DISPATCH_MS: '100',
  };
  const receiver = new WebhookReceiver();
  await receiver.start();
  let stack: Stack | undefined;
  const workers: AppProcess[] = [];
  let restartedApi: AppProcess | undefined; // the stack stops the api it started, not its replacement
  try {
    stack = await startStack({ redisUrl: redis.url, worker: false, env });
    const s = stack;
    const second = await s.startSecondApi();
    const apis = [s.baseUrl, second.baseUrl];
    // Subscribed before the first article, so every event of its types is owed to it. Every type but the
    // transitions that are not approvals: those are mostly conflict notes (up to 20 per claim on this corpus, whose
    // six speakers repeat one sentence with other figures), and delivering them would triple the run.
    const hook = await subscribe(s, receiver, CHAOS_WEBHOOK_TYPES);
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
          restartedApi = again; // stopped at the end even if it never came up
          await waitFor(
            async () => (await fetch(`${second.baseUrl}/health`)).status === 200,
            `api restart (${again.output()})`,
            60_000,
          );
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
      // bounded, but not by a quiet box's pace: 5,000 articles took some 20 min to place on two shared cores
      Math.max(120_000, options.articles * 400),
      500,
    ).catch((error: Error) => log(error.message));
    intakeDone = true;
    await chaos;
    const decided = (await Promise.all(reviewing)).reduce((sum, n) => sum + n, 0);
    await waitFor(
      async () => (await webhooksInFlight(s.db)) === 0,
      'every event stamped and every webhook delivery finished',
      Math.max(120_000, options.articles * 120),
      500,
    ).catch((error: Error) => log(error.message));
    const verdict = await judge(s.db, accepted);
    const webhooks = await judgeWebhooks(s.db, hook.id, receiver);
    return { ...verdict, webhooks, restarts, decided, wallMs: Date.now() - started };
  } finally {
    await Promise.all([...workers, restartedApi].map((process) => stopProcess(process)));
    await stack?.stop();
    await redis.stop();
    redis.remove();
    await receiver.stop();
  }
}
