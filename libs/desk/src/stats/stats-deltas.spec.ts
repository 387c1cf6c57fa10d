import { ALL_OUTLETS, type ClaimFacts, NO_ACTOR, StatsDeltas, type StatsFact } from './stats-deltas';

const HOUR = new Date('2026-12-02T10:00:00Z');
const LATER = new Date('2026-12-03T15:00:00Z');
const claim: ClaimFacts = { createdHour: HOUR, outlet: 'MNTV', sourceId: 's1', viaId: 'v1' };
const review = (fields: Partial<Extract<StatsFact, { kind: 'review' }>>): StatsFact => ({
  kind: 'review',
  event: 'claim',
  from: 'queued',
  to: 'in_review',
  actorId: 'reviewer-1',
  atHour: LATER,
  claim,
  attributionVerdict: null,
  claimRating: null,
  sinceIntakeBin: 40,
  handlingBin: 20,
  ...fields,
});

/** The hour rows of the whole desk, as `metric@hour: n`. */
const hourCounts = (sut: StatsDeltas, scope = ALL_OUTLETS) =>
  Object.fromEntries(
    [...sut.counts.values()]
      .filter((entry) => entry.scope === scope && entry.grain === 'hour' && entry.n !== 0)
      .map((entry) => [`${entry.metric}@${entry.bucket.toISOString().slice(8, 13)}`, entry.n]),
  );
const source = (sut: StatsDeltas, role: 'source' | 'via', scope = ALL_OUTLETS) =>
  [...sut.sources.values()].find((entry) => entry.scope === scope && entry.role === role);

describe('StatsDeltas', () => {
  it('counts an extracted article and its claims in the hours they arrived, for the desk and the outlet', () => {
    const sut = new StatsDeltas();
    sut.add({ kind: 'article', outlet: 'MNTV', submittedHour: HOUR, claims: [claim, claim] });
    expect(hourCounts(sut)).toEqual({ 'articles@02T10': 1, 'claims@02T10': 2, 'status:new@02T10': 2 });
    expect(hourCounts(sut, 'MNTV')).toEqual(hourCounts(sut));
    expect([...sut.counts.values()].filter((entry) => entry.metric === 'articles').map((entry) => entry.grain)).toEqual(
      ['hour', 'day', 'dekad', 'month', 'hour', 'day', 'dekad', 'month'],
    );
    expect(source(sut, 'source')).toMatchObject({ sourceId: 's1', claims: 2 });
    expect(source(sut, 'via')).toMatchObject({ sourceId: 'v1', claims: 2 });
  });

  it('moves a claim between statuses in the hour it was taken in, and a merge takes it off its source', () => {
    const sut = new StatsDeltas();
    sut.add({ kind: 'claim', claim });
    sut.add(review({ event: 'match', from: 'new', to: 'merged', actorId: null }));
    expect(hourCounts(sut)).toEqual({ 'claims@02T10': 1, 'status:merged@02T10': 1 });
    expect(source(sut, 'source')).toMatchObject({ claims: 0 });
    expect(sut.durations.size).toBe(0);
  });

  it('counts an approval with its verdict when it happens, its intake time, and the deciding editor', () => {
    const sut = new StatsDeltas();
    sut.add(
      review({
        event: 'approve',
        from: 'awaiting_approval',
        to: 'approved',
        attributionVerdict: 'distorted',
        claimRating: 'false',
      }),
    );
    expect(hourCounts(sut)).toEqual({
      'status:awaiting_approval@02T10': -1,
      'status:approved@02T10': 1,
      'approved@03T15': 1,
      'verdict:distorted@03T15': 1,
      'rating:false@03T15': 1,
    });
    const durations = [...sut.durations.values()].filter(
      (entry) => entry.scope === ALL_OUTLETS && entry.grain === 'hour',
    );
    expect(durations).toEqual([
      expect.objectContaining({ metric: 'intake_to_approved', actorId: NO_ACTOR, bin: 40, n: 1 }),
      expect.objectContaining({ metric: 'handling', actorId: 'reviewer-1', bin: 20, n: 1 }),
    ]);
    expect(source(sut, 'source')).toMatchObject({ decided: 1, problems: 1 });
  });

  it('takes a reopened verdict off the record it was counted in, and counts no handling for non-decisions', () => {
    const sut = new StatsDeltas();
    sut.add(review({ event: 'reopen', from: 'approved', to: 'reopened', attributionVerdict: 'misattributed' }));
    expect(source(sut, 'source')).toMatchObject({ decided: -1, problems: -1 });
    expect(sut.durations.size).toBe(0);
  });

  it('changes nothing for an event that leaves the status as it was (evidence, SLA breach)', () => {
    const sut = new StatsDeltas();
    sut.add(review({ event: 'evidence_added', from: 'in_review', to: 'in_review' }));
    sut.add(review({ event: 'claim.sla_breached', from: 'queued', to: 'queued', actorId: null }));
    expect(sut.empty).toBe(true);
  });

  it('counts a claim without an outlet for the whole desk only', () => {
    const sut = new StatsDeltas();
    sut.add({ kind: 'claim', claim: { ...claim, outlet: null } });
    expect(new Set([...sut.counts.values()].map((entry) => entry.scope))).toEqual(new Set([ALL_OUTLETS]));
  });
});
