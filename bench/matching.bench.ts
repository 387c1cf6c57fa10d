/**
 * npm run bench:matching [-- CLAIMS SAMPLES SOURCES]: CLAIMS generated claims (default 100,000) already on the desk
 * (word sequences drawn from the vocabulary of the dev articles in ../shared, with a figure and a made-up name each),
 * spread over SOURCES sources (default 2,000) with a Zipf-like skew (the biggest source holds ~10 % of all claims,
 * as anonymous "officials" do in real copy). Then SAMPLES new claims (default 2,000; half reworded repeats of stored
 * claims, half new) go through the worker's real triage, one at a time, and the bench prints p50/p99 of
 *   - matching: the speaker's advisory lock, the candidate query and the decision, and
 *   - triage: the whole step (matching, then the transition or the appearance, in one transaction),
 * with how each sample was placed, and the size of the matching index.
 *
 * With BENCH_BASELINE=DIR (a worktree of an older revision, built), that build runs too, on a database of its own
 * seeded with the same corpus, sample by sample in turn with this one (which goes first alternates), so both are
 * measured under the same load. Each build is loaded from its dist/ (npm run bench:matching builds this one).
 */
import { join } from 'path';
import { formatMs, percentile } from './latency';
import { generateCorpus } from './matching-corpus';
import { type BenchSide, openSide } from './matching-side';

const CLAIMS = Number(process.argv[2] ?? 100_000);
const SAMPLES = Number(process.argv[3] ?? 2_000);
const SOURCES = Number(process.argv[4] ?? 2_000);
const NEW_SPEAKERS = 200;

interface Timings {
  matching: number[];
  whole: number[];
  outcomes: Map<string, number>;
}

const timed = async (into: number[], work: () => Promise<unknown>) => {
  const started = performance.now();
  const result = await work();
  into.push(performance.now() - started);
  return result;
};

const line = (label: string, values: number[]) =>
  `${label} ${formatMs(percentile(values, 50))} / ${formatMs(percentile(values, 99))}  (max ${formatMs(Math.max(...values))})`;

async function report(side: BenchSide, timings: Timings, bigSample: (n: number) => boolean): Promise<void> {
  const size = await side.sizes();
  console.log(
    `\n[${side.label}] seeded in ${side.loadSeconds.toFixed(1)} s; largest source ${size.biggestSource.toLocaleString('en')} claims`,
  );
  console.log(
    `  samples                 ${[...timings.outcomes].map(([kind, count]) => `${count} ${kind}`).join(', ')}`,
  );
  console.log(`  ${line('matching p50 / p99     ', timings.matching)}`);
  for (const big of [false, true]) {
    const part = timings.matching.filter((_, n) => bigSample(n) === big);
    console.log(
      `    ${big ? 'sources > 1 % of claims' : 'all other sources    '} ${String(part.length).padStart(5)} samples, p50 ${formatMs(percentile(part, 50))} / p99 ${formatMs(percentile(part, 99))}`,
    );
  }
  console.log(`  ${line('whole triage p50 / p99 ', timings.whole)}`);
  console.log(
    `  matching index          ${size.index} GIN (match keys with indexes ${size.keys}; claims table ${size.claims})`,
  );
}

async function main(): Promise<void> {
  const corpus = generateCorpus(CLAIMS, SAMPLES, SOURCES);
  const counts = new Map<number, number>();
  for (const claim of corpus.stored) counts.set(claim.source, (counts.get(claim.source) ?? 0) + 1);
  const bigSample = (n: number) => (counts.get(corpus.samples[n].source) ?? 0) > CLAIMS / 100;
  const sides: BenchSide[] = [];
  try {
    sides.push(await openSide('this build', join(__dirname, '..'), corpus, SOURCES));
    if (process.env.BENCH_BASELINE) sides.push(await openSide('baseline', process.env.BENCH_BASELINE, corpus, SOURCES));
    const timings = sides.map((): Timings => ({ matching: [], whole: [], outcomes: new Map() }));
    for (let n = 0; n < SAMPLES; n += 1) {
      const order = n % 2 === 0 ? sides.map((_, index) => index) : sides.map((_, index) => index).reverse();
      for (const index of order) await timed(timings[index].matching, () => sides[index].match(n));
      for (const index of order) {
        const placed = (await timed(timings[index].whole, () => sides[index].triage(n))) as string;
        timings[index].outcomes.set(placed, (timings[index].outcomes.get(placed) ?? 0) + 1);
      }
    }
    console.log(
      `claims on the desk      ${CLAIMS.toLocaleString('en')} over ${SOURCES.toLocaleString('en')} sources; ${SAMPLES.toLocaleString('en')} samples (half reworded repeats), ${sides.length === 2 ? 'two builds in turn' : 'one build'}`,
    );
    for (const [index, side] of sides.entries()) await report(side, timings[index], bigSample);
    const resolving = sides[0].resolveNewSpeaker;
    if (resolving) {
      const times: number[] = [];
      for (let n = 0; n < NEW_SPEAKERS; n += 1) await timed(times, () => resolving(`Person ${n} Source ${n % 50}`));
      console.log(
        `\n[${sides[0].label}] a new source's speaker worked out (once per source): ${line('p50 / p99', times)}`,
      );
    }
    if (sides.length === 2) {
      const ratio = percentile(timings[0].whole, 99) / percentile(timings[1].whole, 99);
      console.log(`\nwhole triage p99, this build over the baseline: ${ratio.toFixed(2)}x (target at most 1.25x)`);
    }
  } finally {
    for (const side of sides) await side.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
