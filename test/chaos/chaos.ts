import { type ChaosReport, runChaos } from './chaos-run';

/**
 * npm run chaos [-- --short]: exit 1 unless lost = 0, duplicated = 0, every audit trail holds and the run's webhook
 * endpoint received every event of the log at least once.
 */
export function printChaosReport(report: ChaosReport): void {
  const rows: Array<[string, string | number]> = [
    ['articles', report.articles],
    ['claims', report.claims],
    ['lost', report.lost],
    ['duplicated', report.duplicated],
    ['broken audit trails', report.brokenTrails],
    ['verdicts approved', report.decided],
    [
      'webhook events',
      `${report.webhooks.events} owed, ${report.webhooks.missing} missing, ${report.webhooks.wrong} wrong ` +
        `(${report.webhooks.requests} requests)`,
    ],
    [
      'restarts survived',
      `${report.restarts.worker} worker, ${report.restarts.api} api, ${report.restarts.redis} redis`,
    ],
    ['wall time', `${(report.wallMs / 1000).toFixed(1)} s`],
  ];
  for (const [name, value] of rows) console.log(`${name.padEnd(20)} ${value}`);
  for (const sample of report.brokenSamples) console.log(`broken trail ${sample}`);
}

export const chaosFailed = (report: ChaosReport) =>
  report.lost > 0 ||
  report.duplicated > 0 ||
  report.brokenTrails > 0 ||
  report.restarts.redis === 0 ||
  report.webhooks.events === 0 ||
  report.webhooks.missing > 0 ||
  report.webhooks.wrong > 0;

if (require.main === module) {
  const short = process.argv.includes('--short');
  // --articles N: a run of another size (the 5,000 take some 30 min on two shared cores; see docs/BENCHMARKS.md)
  const at = process.argv.indexOf('--articles');
  const articles = at >= 0 ? Number(process.argv[at + 1]) : short ? 300 : 5_000;
  if (!Number.isInteger(articles) || articles < 1) {
    console.error('usage: npm run chaos [-- --short] [--articles N]');
    process.exit(2);
  }
  runChaos({
    articles,
    perSecond: short ? 15 : 40,
    killEveryMs: 3_000,
    log: (line) => process.stderr.write(`  ${line}\n`),
  })
    .then((report) => {
      printChaosReport(report);
      process.exit(chaosFailed(report) ? 1 : 0);
    })
    .catch((error: unknown) => {
      console.error(error);
      process.exit(1);
    });
}
