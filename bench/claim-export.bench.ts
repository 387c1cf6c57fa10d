/**
 * npm run bench:export [-- CLAIMS]: loads CLAIMS claims (default 1,000,000; bench/tracking-data.ts) into a fresh
 * database, then downloads the whole claim list from GET /v1/claims/export as CSV and as NDJSON while sampling the
 * api process's resident memory every 50 ms. Prints rows, size, time and the api's RSS growth over its level before
 * the export (the target: under 100 MB for a million rows, whatever the size, since rows stream through).
 */
import { type Stack } from '../test/support/stack';
import { rssMb } from './process-stats';
import { withTrackingData } from './tracking-data';

const CLAIMS = Number(process.argv[2] ?? 1_000_000);
const LF = 0x0a;

async function run(stack: Stack): Promise<void> {
  const pid = stack.api?.child.pid;
  const exportUrl = (query: string) => `${stack.baseUrl}/v1/claims/export?${query}`;
  const headers = { authorization: `Bearer ${stack.keys.editor}` };
  // Warm the route up, so its code and the first pool connections are in the baseline.
  await (await fetch(exportUrl('q=zanzibar'), { headers })).text();
  for (const format of ['csv', 'ndjson'] as const) {
    const before = rssMb(pid);
    let peak = before;
    const sampler = setInterval(() => (peak = Math.max(peak, rssMb(pid))), 50);
    const started = performance.now();
    const response = await fetch(exportUrl(`format=${format}`), { headers });
    if (response.status !== 200 || !response.body) throw new Error(`export: ${response.status}`);
    let bytes = 0;
    let lines = 0;
    for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
      bytes += chunk.length;
      for (let at = chunk.indexOf(LF); at !== -1; at = chunk.indexOf(LF, at + 1)) lines += 1;
    }
    clearInterval(sampler);
    const seconds = (performance.now() - started) / 1000;
    const rows = format === 'csv' ? lines - 1 : lines;
    if (rows !== CLAIMS) throw new Error(`${format}: ${rows} rows exported, ${CLAIMS} expected`);
    console.log(
      `${format.padEnd(6)} ${rows} rows, ${(bytes / 1024 / 1024).toFixed(0)} MB in ${seconds.toFixed(1)} s ` +
        `(${Math.round(rows / seconds)} rows/s); api RSS ${before.toFixed(0)} MB before, peak ${peak.toFixed(0)} MB: ` +
        `growth ${(peak - before).toFixed(1)} MB`,
    );
  }
}

withTrackingData(CLAIMS, run).catch((error) => {
  console.error(error);
  process.exit(1);
});
