import { type ChaosReport, runChaos } from './chaos-run';

/** npm run chaos [-- --short]: exit 1 unless lost = 0, duplicated = 0 and every audit trail holds. */
export function printChaosReport(report: ChaosReport): void {
  const rows: Array<[string, string | number]> = [
    ['articles', report.articles],
    ['claims', report.claims],
    ['lost', report.lost],
    ['duplicated', report.duplicated],
    ['broken audit trails', report.brokenTrails],
    ['verdicts approved', report.decided],
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
  report.lost > 0 || report.duplicated > 0 || report.brokenTrails > 0 || report.restarts.redis === 0;

if (require.main === module) {
  const short = process.argv.includes('--short');
  runChaos({
    articles: short ? 300 : 5_000,
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
