/**
 * Time in the stats rollups, pure: buckets of an hour, a day, a dekad and a month (UTC), the smallest set of them
 * covering a window, and the duration histograms' bins. A dekad is a third of a month (days 1-10, 11-20, 21 to the
 * end): unlike weeks, dekads nest in months and days in dekads, so a 30-day window needs about 13 buckets, not 31.
 */
export const GRAINS = ['hour', 'day', 'dekad', 'month'] as const;
export type Grain = (typeof GRAINS)[number];
export type SeriesGrain = Extract<Grain, 'hour' | 'day'>;

const HOUR_MS = 3_600_000;
const DEKAD_STARTS = [1, 11, 21];

/** bucketStart in SQL, for a timestamptz `at` and a grain name `grain` (both SQL expressions). */
export const bucketStartSql = (grain: string, at: string) => `(CASE ${grain}
  WHEN 'dekad' THEN date_trunc('month', ${at}, 'UTC')
    + least(2, (extract(day FROM ${at} AT TIME ZONE 'UTC')::int - 1) / 10) * 240 * interval '1 hour'
  ELSE date_trunc(${grain}, ${at}, 'UTC') END)`;

export function bucketStart(grain: Grain, at: Date): Date {
  const year = at.getUTCFullYear();
  const month = at.getUTCMonth();
  if (grain === 'month') return new Date(Date.UTC(year, month, 1));
  if (grain === 'dekad')
    return new Date(
      Date.UTC(
        year,
        month,
        DEKAD_STARTS.findLast((day) => day <= at.getUTCDate()),
      ),
    );
  if (grain === 'day') return new Date(Date.UTC(year, month, at.getUTCDate()));
  return new Date(Math.floor(at.getTime() / HOUR_MS) * HOUR_MS);
}

export function nextBucket(grain: Grain, start: Date): Date {
  if (grain === 'month') return new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + 1, 1));
  if (grain === 'dekad') {
    const next = DEKAD_STARTS.find((day) => day > start.getUTCDate());
    return new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + (next ? 0 : 1), next ?? 1));
  }
  return new Date(start.getTime() + (grain === 'day' ? 24 : 1) * HOUR_MS);
}

export interface Bucket {
  grain: Grain;
  start: Date;
}

/**
 * The fewest buckets that exactly cover [from, to), both whole hours: the largest bucket that starts at each point and
 * fits. A window of any length is at most 23 hours, 9 days and 2 dekads on each side, and its months.
 */
export function coveringBuckets(from: Date, to: Date): Bucket[] {
  const buckets: Bucket[] = [];
  let at = from;
  while (at < to) {
    const grain = (['month', 'dekad', 'day', 'hour'] as const).find(
      (candidate) => bucketStart(candidate, at).getTime() === at.getTime() && nextBucket(candidate, at) <= to,
    );
    if (!grain) throw new RangeError(`window edges must be whole hours: ${from.toISOString()} .. ${to.toISOString()}`);
    buckets.push({ grain, start: at });
    at = nextBucket(grain, at);
  }
  return buckets;
}

/** The starts of the series buckets in [from, to). */
export function seriesStarts(grain: SeriesGrain, from: Date, to: Date): Date[] {
  const starts: Date[] = [];
  for (let at = bucketStart(grain, from); at < to; at = nextBucket(grain, at)) starts.push(at);
  return starts;
}

/**
 * Bin k >= 1 holds durations in [1.1^(k-1), 1.1^k) milliseconds, bin 0 anything under 1 ms. Computed in SQL
 * (DURATION_BIN_SQL) on both the incremental and the rebuild path, so both put a duration in the same bin.
 */
export const BIN_BASE = 1.1;
export const durationBinSql = (ms: string) =>
  `(CASE WHEN ${ms} < 1 THEN 0 ELSE 1 + floor(ln(${ms}) / ln(${BIN_BASE})) END)::smallint`;

export const binLowerMs = (bin: number) => (bin === 0 ? 0 : BIN_BASE ** (bin - 1));
export const binUpperMs = (bin: number) => (bin === 0 ? 1 : BIN_BASE ** bin);

/**
 * The q-quantile of a histogram: the bin holding the ceil(q * n)-th smallest duration, and within it a point placed by
 * that rank (log-linearly). The exact percentile_disc lies in the same bin, so the estimate is within a factor 1.1 of
 * it (bin 0: both under 1 ms). Null for an empty histogram.
 */
export function quantileMs(bins: ReadonlyMap<number, number>, q: number): number | null {
  const total = [...bins.values()].reduce((sum, n) => sum + n, 0);
  if (total === 0) return null;
  const rank = Math.max(1, Math.ceil(q * total));
  let below = 0;
  for (const bin of [...bins.keys()].sort((a, b) => a - b)) {
    const n = bins.get(bin) ?? 0;
    if (below + n >= rank) {
      const share = (rank - below - 0.5) / n;
      if (bin === 0) return share;
      return binLowerMs(bin) * BIN_BASE ** share;
    }
    below += n;
  }
  return null;
}
