/**
 * npm run bench:web [-- CLAIMS LOADS]: loads CLAIMS claims (default 100,000) with their audit events into a database of
 * its own (bench/stats-data.ts), lets the worker build the stats rollups, then opens the dashboard LOADS times (default
 * 20) in Debian's Chromium as a signed-in editor and prints, from the page's own Performance API, when it became
 * interactive: the `factdesk:dashboard-ready` mark, set once the figures are rendered (so the page answers input),
 * beside the browser's domInteractive and the JavaScript it fetched.
 */
import { openBrowser, signIn } from '../test/support/browser';
import { startStack } from '../test/support/stack';
import { waitFor } from '../test/support/wait-for';
import { formatMs, percentile } from './latency';
import { loadStatsData } from './stats-data';

const CLAIMS = Number(process.argv[2] ?? 100_000);
const LOADS = Number(process.argv[3] ?? 20);

interface NavigationEntry {
  domInteractive: number;
}
interface ResourceEntry {
  name: string;
  initiatorType: string;
  encodedBodySize: number;
}

interface PageTiming {
  ready: number;
  domInteractive: number;
  scriptBytes: number;
}

async function main(): Promise<void> {
  const stack = await startStack({ worker: false, env: { LOG_LEVEL: 'error' } });
  const browser = await openBrowser({ width: 1280, height: 800 });
  try {
    await loadStatsData(stack.db, { claims: CLAIMS });
    await stack.startWorker();
    await waitFor(
      async () => (await stack.db.query(`SELECT 1 FROM event_consumers WHERE name = 'stats'`)).rowCount === 1,
      'the first rollup rebuild',
      1_800_000,
      500,
    );
    const { rows } = await stack.db.query(`SELECT count(*)::int AS claims FROM claims`);
    console.log(`data: ${rows[0].claims} claims; Chromium ${browser.context.browser()?.version() ?? ''}`);

    const { page } = browser;
    await signIn(page, stack.baseUrl, stack.keys.editor);
    const timings: PageTiming[] = [];
    for (let load = 0; load < LOADS; load += 1) {
      await page.goto(`${stack.baseUrl}/dashboard`);
      await page.waitForFunction(() => performance.getEntriesByName('factdesk:dashboard-ready').length > 0);
      timings.push(
        await page.evaluate(() => {
          // Browser entry types, which the bench's Node typings do not name.
          const [navigation] = performance.getEntriesByType('navigation' as never) as unknown as NavigationEntry[];
          const scripts = (performance.getEntriesByType('resource') as unknown as ResourceEntry[]).filter(
            (entry) => entry.initiatorType === 'script' || entry.name.endsWith('.js'),
          );
          return {
            ready: performance.getEntriesByName('factdesk:dashboard-ready')[0].startTime,
            domInteractive: navigation.domInteractive,
            scriptBytes: scripts.reduce((sum, entry) => sum + entry.encodedBodySize, 0),
          };
        }),
      );
    }
    const report = (name: string, values: number[]) =>
      console.log(
        `${name.padEnd(26)} p50 ${formatMs(percentile(values, 50))}, p95 ${formatMs(percentile(values, 95))}, ` +
          `max ${formatMs(Math.max(...values))}`,
      );
    report(
      'dashboard ready',
      timings.map((timing) => timing.ready),
    );
    report(
      'domInteractive',
      timings.map((timing) => timing.domInteractive),
    );
    console.log(`JavaScript fetched on the first load: ${(timings[0].scriptBytes / 1024).toFixed(1)} KB (as sent)`);
  } finally {
    await browser.close();
    await stack.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
