import { fuzzTheApi } from './fuzz-desk';
import type { FuzzResult } from './fuzz-runner';

/** npm run fuzz:api [-- --short] [--seed N] [--requests N]: exits 1 on any 5xx, hang or refused request that wrote. */
function option(name: string): string | undefined {
  const at = process.argv.indexOf(name);
  return at > 0 ? process.argv[at + 1] : undefined;
}

export function printFuzzReport(result: FuzzResult, seed: number): void {
  const rows = (counts: Record<string, number>) =>
    Object.entries(counts)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([key, n]) => `  ${key.padEnd(14)} ${String(n).padStart(7)}`)
      .join('\n');
  console.log(
    `fuzz:api seed ${seed}: ${result.sent} requests over ${result.operations} operations in ${(result.wallMs / 1000).toFixed(1)} s`,
  );
  console.log(`by status\n${rows(result.byStatus)}\nby kind\n${rows(result.byKind)}`);
  console.log(
    `responses >= 500: ${result.serverErrors}\nhangs: ${result.hangs}\nrefused requests checked for row changes: ${result.checkedForChanges}, with changes: ${result.changedRows}`,
  );
  for (const finding of result.findings)
    console.log(`FINDING ${finding.status}: ${finding.request}\n  ${finding.detail}`);
}

async function main() {
  const short = process.argv.includes('--short');
  const seed = Number(option('--seed') ?? Date.now() % 1_000_000);
  const requests = Number(option('--requests') ?? (short ? 2_000 : 12_000));
  let shown = 0;
  const result = await fuzzTheApi(requests, seed, (sent) => {
    if (sent >= shown + 1000) {
      shown = sent - (sent % 1000);
      process.stderr.write(`  ${shown} sent\n`);
    }
  });
  printFuzzReport(result, seed);
  process.exit(result.serverErrors || result.hangs || result.changedRows ? 1 : 0);
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
