/**
 * npm run bench:intake [-- ARTICLES CONNECTIONS CORPUS [compare]]: starts api + worker on a fresh database, posts ARTICLES distinct
 * articles with autocannon from CONNECTIONS clients, and waits until every claim is placed (queued, or matched to a
 * claim already on the desk). Prints end-to-end articles/s, POST latency p50/p99 and the peak RSS of the api and
 * worker processes.
 *
 * CORPUS `newsroom` (default): `newsroomArticle`, speakers mostly distinct, forty recurring institutions. `hot`: the
 * test articles, whose every claim comes from one of seven sources: the worst case for matching, which places the
 * claims of one source one at a time.
 */
import autocannon from 'autocannon';
import { articleBody } from '../test/support/articles';
import { newsroomArticle } from './newsroom-articles';
import { startStack } from '../test/support/stack';
import { waitFor } from '../test/support/wait-for';
import { cpuSeconds, peakRssMb } from './process-stats';

const ARTICLES = Number(process.argv[2] ?? 3000);
const CONNECTIONS = Number(process.argv[3] ?? 64);
const CORPUS = process.argv[4] ?? 'newsroom';
const article = CORPUS === 'hot' ? articleBody : newsroomArticle;

/** Worker settings to try, passed through from the environment (e.g. VERIFICATION_CONCURRENCY=16). */
function benchEnv(): NodeJS.ProcessEnv {
  const keys = [
    'EXTRACT_CONCURRENCY',
    'VERIFICATION_CONCURRENCY',
    'TRIAGE_BATCH_SIZE',
    'DATABASE_POOL_SIZE',
    'OUTBOX_BATCH_SIZE',
  ];
  return Object.fromEntries(keys.filter((key) => process.env[key]).map((key) => [key, process.env[key]]));
}

interface IntakeResult {
  articlesPerSecond: number;
  lines: string[];
}

/** One run on a fresh stack; `extraEnv` e.g. EVENTS=off. */
async function intakeRun(extraEnv: NodeJS.ProcessEnv = {}): Promise<IntakeResult> {
  const stack = await startStack({ env: { LOG_LEVEL: 'error', ...benchEnv(), ...extraEnv } });
  const lines: string[] = [];
  const print = (line: string) => lines.push(line);
  try {
    let sent = 0;
    const started = Date.now();
    const result = await autocannon({
      url: `${stack.baseUrl}/v1/articles`,
      connections: CONNECTIONS,
      amount: ARTICLES,
      method: 'POST',
      headers: { authorization: `Bearer ${stack.keys.intake}`, 'content-type': 'application/json' },
      requests: [
        {
          setupRequest: (request) => ({
            ...request,
            body: JSON.stringify({ outlet: `Bench Wire ${sent % 20}`, body: article(sent++) }),
          }),
        },
      ],
    });
    const postedAt = Date.now();
    await waitFor(
      async () => {
        const { rows } = await stack.db.query(
          `SELECT (SELECT count(*) FROM articles WHERE ingest_status = 'extracted')::int AS done,
                (SELECT count(*) FROM claims WHERE review_status = 'new')::int AS untriaged,
                (SELECT count(*) FROM outbox)::int AS outbox`,
        );
        return rows[0].done === ARTICLES && rows[0].untriaged === 0 && rows[0].outbox === 0;
      },
      'all claims queued',
      600_000,
      100,
    );
    const finished = Date.now();
    const { rows } = await stack.db.query('SELECT count(*)::int AS n FROM claims');

    const [sources] = (await stack.db.query('SELECT count(DISTINCT source_id)::int AS n FROM claims')).rows;
    print(
      `articles                      ${ARTICLES} (${rows[0].n} claims from ${sources.n} sources, corpus ${CORPUS}), ${CONNECTIONS} concurrent clients`,
    );
    print(`POST non-2xx                  ${result.non2xx + result.errors}`);
    print(`POST throughput               ${Math.round(ARTICLES / ((postedAt - started) / 1000))} articles/s`);
    print(`POST latency p50 / p99        ${result.latency.p50} ms / ${result.latency.p99} ms`);
    print(
      `end to end (all queued)       ${Math.round(ARTICLES / ((finished - started) / 1000))} articles/s in ${((finished - started) / 1000).toFixed(1)} s`,
    );
    print(
      `CPU api / worker              ${cpuSeconds(stack.api?.child.pid).toFixed(1)} s / ${cpuSeconds(stack.worker?.child.pid).toFixed(1)} s`,
    );
    print(
      `peak RSS api / worker         ${peakRssMb(stack.api?.child.pid)} MB / ${peakRssMb(stack.worker?.child.pid)} MB`,
    );
    if (extraEnv.EVENTS !== 'off') {
      await waitFor(
        async () => {
          const { rows: consumer } = await stack.db.query(`SELECT as_of FROM event_consumers WHERE name = 'stats'`);
          return consumer[0]?.as_of && consumer[0].as_of.getTime() > finished;
        },
        'the stats rollups to catch up',
        120_000,
        50,
      );
      print(
        `stats rollups caught up         ${((Date.now() - finished) / 1000).toFixed(1)} s after the last claim was placed`,
      );
    }
    return { articlesPerSecond: ARTICLES / ((finished - started) / 1000), lines };
  } finally {
    await stack.stop();
  }
}

/**
 * `compare` as the fourth argument: the event stamper and stats rollups off and on, alternately, twice each, in one
 * run (the box's drift hits both sides alike).
 */
async function main(): Promise<void> {
  if (process.argv[5] !== 'compare') {
    (await intakeRun()).lines.forEach((line) => console.log(line));
    return;
  }
  const rates: Record<'off' | 'on', number[]> = { off: [], on: [] };
  for (const events of ['off', 'on', 'off', 'on'] as const) {
    const result = await intakeRun({ EVENTS: events });
    rates[events].push(result.articlesPerSecond);
    console.log(`--- EVENTS=${events}`);
    result.lines.forEach((line) => console.log(line));
  }
  const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;
  console.log(
    `end to end, events off / on    ${rates.off.map(Math.round).join(', ')} / ${rates.on.map(Math.round).join(', ')} articles/s: ` +
      `on is ${((1 - mean(rates.on) / mean(rates.off)) * 100).toFixed(1)} % slower (target <= 5 %)`,
  );
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
