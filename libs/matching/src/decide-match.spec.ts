import { decideMatch as sut, MatchCandidate } from './decide-match';

const THRESHOLDS = { high: 0.8, low: 0.5 };
const candidate = (claimId: string, similarity: number, overrides: Partial<MatchCandidate> = {}): MatchCandidate => ({
  claimId,
  similarity,
  sameSource: true,
  status: 'queued',
  ...overrides,
});

describe('decideMatch', () => {
  it('records an appearance at or above the high threshold', () => {
    expect(sut([candidate('c1', 0.8)], THRESHOLDS)).toEqual({ kind: 'appearance', claimId: 'c1', similarity: 0.8 });
  });

  it('suggests a match from the low threshold up to just below the high one', () => {
    expect(sut([candidate('c1', 0.5)], THRESHOLDS)).toEqual({ kind: 'suggestion', claimId: 'c1', similarity: 0.5 });
    expect(sut([candidate('c1', 0.79)], THRESHOLDS)).toEqual({ kind: 'suggestion', claimId: 'c1', similarity: 0.79 });
  });

  it('suggests, never merges, a near-identical claim whose figures disagree', () => {
    expect(sut([candidate('c1', 0.95, { sameFigures: false })], THRESHOLDS)).toEqual({
      kind: 'suggestion',
      claimId: 'c1',
      similarity: 0.95,
    });
    const candidates = [candidate('other-number', 0.95, { sameFigures: false }), candidate('same', 0.85)];
    expect(sut(candidates, THRESHOLDS)).toMatchObject({ kind: 'appearance', claimId: 'same' });
  });

  it('says new below the low threshold or without candidates', () => {
    expect(sut([candidate('c1', 0.49)], THRESHOLDS)).toEqual({ kind: 'new' });
    expect(sut([], THRESHOLDS)).toEqual({ kind: 'new' });
  });

  it('picks the best candidate whatever the order', () => {
    const candidates = [candidate('c1', 0.6), candidate('c2', 0.9), candidate('c3', 0.85)];
    expect(sut(candidates, THRESHOLDS)).toMatchObject({ kind: 'appearance', claimId: 'c2' });
    expect(sut([...candidates].reverse(), THRESHOLDS)).toMatchObject({ kind: 'appearance', claimId: 'c2' });
  });

  it('ignores discarded claims', () => {
    const candidates = [candidate('gone', 0.95, { status: 'discarded' }), candidate('c2', 0.6)];
    expect(sut(candidates, THRESHOLDS)).toEqual({ kind: 'suggestion', claimId: 'c2', similarity: 0.6 });
    expect(sut([candidate('gone', 0.95, { status: 'discarded' })], THRESHOLDS)).toEqual({ kind: 'new' });
  });

  it('prefers an approved claim on a tie, then the order given', () => {
    const tied = [
      candidate('c1', 0.9),
      candidate('c2', 0.9, { status: 'approved' }),
      candidate('c3', 0.9, { status: 'approved' }),
    ];
    expect(sut(tied, THRESHOLDS)).toMatchObject({ claimId: 'c2' });
    expect(sut([candidate('c1', 0.7), candidate('c2', 0.7)], THRESHOLDS)).toMatchObject({
      kind: 'suggestion',
      claimId: 'c1',
    });
  });

  it('only suggests a candidate from another source, and prefers a same-source appearance to it', () => {
    expect(sut([candidate('other', 0.97, { sameSource: false })], THRESHOLDS)).toEqual({
      kind: 'suggestion',
      claimId: 'other',
      similarity: 0.97,
    });
    expect(sut([candidate('other', 0.97, { sameSource: false }), candidate('mine', 0.82)], THRESHOLDS)).toMatchObject({
      kind: 'appearance',
      claimId: 'mine',
    });
  });

  it('allows equal thresholds: no suggestions, only appearances', () => {
    expect(sut([candidate('c1', 0.69)], { high: 0.7, low: 0.7 })).toEqual({ kind: 'new' });
    expect(sut([candidate('c1', 0.7)], { high: 0.7, low: 0.7 })).toMatchObject({ kind: 'appearance' });
  });

  it.each([
    { high: 0.8, low: 0 },
    { high: 0.5, low: 0.6 },
    { high: 1.1, low: 0.5 },
    { high: Number.NaN, low: 0.5 },
  ])('refuses thresholds %o', (thresholds) => {
    expect(() => sut([candidate('c1', 0.9)], thresholds)).toThrow(RangeError);
  });
});
