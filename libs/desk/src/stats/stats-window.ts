import { DomainError } from '@factdesk/platform';
import { bucketStart, nextBucket, type SeriesGrain } from './stats-time';

export interface StatsQuery {
  from?: Date;
  to?: Date;
  outlet?: string;
  bucket?: SeriesGrain;
  /** Decided claims a source needs to rank by problem share (at least PROBLEM_SHARE_MIN_DECIDED). */
  minDecided?: number;
}

export interface StatsWindow {
  from: Date;
  to: Date;
  bucket: SeriesGrain;
  outlet: string | null;
}

export const DEFAULT_WINDOW_DAYS = 30;
/** Series points at most: 83 days by the hour, about 5 years by the day. */
export const MAX_SERIES_BUCKETS = 2_000;

/**
 * The window the figures cover: [from, to) rounded out to whole buckets (days by default), to = now and from = 30
 * days before `to` unless given. Rounding to the series' bucket keeps every figure on the same edges as the series.
 */
export function resolveWindow(query: StatsQuery, now = new Date()): StatsWindow {
  const bucket = query.bucket ?? 'day';
  const requestedTo = query.to ?? now;
  const requestedFrom = query.from ?? new Date(requestedTo.getTime() - DEFAULT_WINDOW_DAYS * 86_400_000);
  if (requestedFrom >= requestedTo) {
    throw new DomainError('invalid_input', '`from` must be before `to`', {
      from: requestedFrom.toISOString(),
      to: requestedTo.toISOString(),
    });
  }
  const from = bucketStart(bucket, requestedFrom);
  const lastStart = bucketStart(bucket, new Date(requestedTo.getTime() - 1));
  const to = nextBucket(bucket, lastStart);
  let buckets = 0;
  for (let at = from; at < to && buckets <= MAX_SERIES_BUCKETS; at = nextBucket(bucket, at)) buckets += 1;
  if (buckets > MAX_SERIES_BUCKETS) {
    throw new DomainError(
      'invalid_input',
      `the window holds more than ${MAX_SERIES_BUCKETS} ${bucket} buckets; narrow it or use bucket=day`,
      { from: from.toISOString(), to: to.toISOString(), bucket },
    );
  }
  return { from, to, bucket, outlet: query.outlet ?? null };
}
