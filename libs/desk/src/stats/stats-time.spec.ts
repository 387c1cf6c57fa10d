import { binLowerMs, binUpperMs, coveringBuckets, nextBucket, quantileMs, seriesStarts } from './stats-time';

const at = (iso: string) => new Date(iso);
const describeCover = (from: string, to: string) =>
  coveringBuckets(at(from), at(to)).map(({ grain, start }) => `${grain} ${start.toISOString().slice(0, 13)}`);

describe('coveringBuckets', () => {
  it('uses whole months and days where they fit and hours at the edges', () => {
    const sut = describeCover('2026-10-30T22:00:00Z', '2026-12-02T02:00:00Z');
    expect(sut).toEqual([
      'hour 2026-10-30T22',
      'hour 2026-10-30T23',
      'day 2026-10-31T00',
      'month 2026-11-01T00',
      'day 2026-12-01T00',
      'hour 2026-12-02T00',
      'hour 2026-12-02T01',
    ]);
  });

  it('covers a window exactly: the buckets end to end from `from` to `to`', () => {
    const from = at('2026-01-03T05:00:00Z');
    const to = at('2027-03-10T17:00:00Z');
    const sut = coveringBuckets(from, to);
    expect(sut[0].start).toEqual(from);
    sut
      .slice(1)
      .forEach((bucket, index) => expect(bucket.start).toEqual(nextBucket(sut[index].grain, sut[index].start)));
    const last = sut[sut.length - 1];
    expect(nextBucket(last.grain, last.start)).toEqual(to);
    expect(sut.length).toBeLessThan(2 * (23 + 9 + 2) + 15);
    expect(sut.filter((bucket) => bucket.grain === 'month')).toHaveLength(13);
  });

  it('takes the thirds of a month (dekads) that fit, so 30 days need about 13 buckets', () => {
    expect(describeCover('2026-11-06T00:00:00Z', '2026-12-06T00:00:00Z')).toEqual([
      ...['06', '07', '08', '09', '10'].map((day) => `day 2026-11-${day}T00`),
      'dekad 2026-11-11T00',
      'dekad 2026-11-21T00',
      ...['01', '02', '03', '04', '05'].map((day) => `day 2026-12-${day}T00`),
    ]);
    expect(describeCover('2026-02-21T00:00:00Z', '2026-03-11T00:00:00Z')).toEqual([
      'dekad 2026-02-21T00',
      'dekad 2026-03-01T00',
    ]);
  });

  it('refuses edges that are not whole hours', () => {
    expect(() => coveringBuckets(at('2026-01-01T00:30:00Z'), at('2026-01-02T00:00:00Z'))).toThrow(RangeError);
  });
});

describe('seriesStarts', () => {
  it('lists every bucket start in the window', () => {
    expect(
      seriesStarts('day', at('2026-02-27T00:00:00Z'), at('2026-03-02T00:00:00Z')).map((d) => d.toISOString()),
    ).toEqual(['2026-02-27T00:00:00.000Z', '2026-02-28T00:00:00.000Z', '2026-03-01T00:00:00.000Z']);
  });
});

describe('quantileMs', () => {
  const binOf = (ms: number) => (ms < 1 ? 0 : 1 + Math.floor(Math.log(ms) / Math.log(1.1)));
  const histogram = (values: number[]) => {
    const bins = new Map<number, number>();
    for (const value of values) bins.set(binOf(value), (bins.get(binOf(value)) ?? 0) + 1);
    return bins;
  };
  const disc = (values: number[], q: number) =>
    [...values].sort((a, b) => a - b)[Math.max(1, Math.ceil(q * values.length)) - 1];

  it('is within a factor 1.1 of percentile_disc, for spread and for clustered data', () => {
    let seed = 7;
    const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    for (const values of [
      Array.from({ length: 1000 }, () => Math.exp(random() * 20)),
      Array.from({ length: 50 }, () => 3_600_000 + random() * 1000),
      [5],
    ]) {
      for (const q of [0.1, 0.5, 0.9, 1]) {
        const sut = quantileMs(histogram(values), q) as number;
        const exact = disc(values, q);
        expect(sut / exact).toBeLessThanOrEqual(1.1);
        expect(exact / sut).toBeLessThanOrEqual(1.1);
        expect(sut).toBeGreaterThanOrEqual(binLowerMs(binOf(exact)));
        expect(sut).toBeLessThan(binUpperMs(binOf(exact)));
      }
    }
  });

  it('is null for no data and under 1 ms for bin 0', () => {
    expect(quantileMs(new Map(), 0.5)).toBeNull();
    expect(quantileMs(new Map([[0, 3]]), 0.5)).toBeLessThan(1);
  });
});
