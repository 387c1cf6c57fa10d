import { type ClaimComparison } from './claim-comparison';
import { decideMatch as sut, type MatchCandidate } from './decide-match';

const THRESHOLDS = { high: 0.6, low: 0.35 };
const UNRELATED: ClaimComparison = {
  containment: 0.1,
  shorterWords: 6,
  figures: 'none',
  sharedFigures: 0,
  tellingFigures: 0,
  opening: 0,
};
const candidate = (claimId: string, similarity: number, overrides: Partial<MatchCandidate> = {}): MatchCandidate => ({
  claimId,
  similarity,
  comparison: UNRELATED,
  speaker: 'same',
  status: 'queued',
  ...overrides,
});
const compared = (overrides: Partial<ClaimComparison>): Pick<MatchCandidate, 'comparison'> => ({
  comparison: { ...UNRELATED, ...overrides },
});

describe('decideMatch', () => {
  it('records an appearance for similar text of the same speaker', () => {
    expect(sut([candidate('c1', 0.6)], THRESHOLDS)).toEqual({
      kind: 'appearance',
      claimId: 'c1',
      similarity: 0.6,
      evidence: 'similar text',
      conflicts: [],
    });
  });

  it('records an appearance for a text the other contains, cut short or carried further', () => {
    const truncated = candidate('c1', 0.4, compared({ containment: 0.8, shorterWords: 5 }));
    expect(sut([truncated], THRESHOLDS)).toMatchObject({ kind: 'appearance', evidence: 'contained text' });
    const tooShort = candidate('c1', 0.4, compared({ containment: 1, shorterWords: 2 }));
    expect(sut([tooShort], THRESHOLDS)).toMatchObject({ kind: 'suggestion' });
  });

  it.each([
    ['a headline against its lead, each half similar and two thirds contained', 0.45, 0.67, 6, 'appearance'],
    ['a quote against its paraphrase, less similar but mostly contained', 0.3, 0.83, 6, 'appearance'],
    ['two texts of five words that are close on both together', 0.5, 0.6, 5, 'appearance'],
    ['two short texts close on both together, too few words to tell', 0.5, 0.6, 4, 'suggestion'],
    ['a text neither similar nor contained enough, on both together', 0.35, 0.6, 8, 'suggestion'],
  ])(
    'joins text close on similarity and containment together: %s',
    (_, similarity, containment, shorterWords, kind) => {
      const rewritten = candidate('c1', similarity, compared({ containment, shorterWords }));
      expect(sut([rewritten], THRESHOLDS)).toMatchObject({ kind });
    },
  );

  it('takes the same figures as strong evidence: fewer shared words are enough', () => {
    const reworded = candidate('c1', 0.3, compared({ containment: 0.45, figures: 'same', sharedFigures: 1 }));
    expect(sut([reworded], THRESHOLDS)).toMatchObject({ kind: 'appearance', evidence: 'same figures' });
    const noFigures = candidate('c1', 0.3, compared({ containment: 0.45 }));
    expect(sut([noFigures], THRESHOLDS)).toEqual({ kind: 'new', conflicts: [] });
  });

  it('joins the same speaker\'s count told in other words ("40,000 workers struck" / "40,000 members took part")', () => {
    const count = compared({ containment: 0, shorterWords: 3, figures: 'same', sharedFigures: 1, tellingFigures: 1 });
    expect(sut([candidate('c1', 0.12, count)], THRESHOLDS)).toMatchObject({
      kind: 'appearance',
      evidence: 'same figures',
    });
    const year = compared({ containment: 0, shorterWords: 3, figures: 'same', sharedFigures: 1 });
    expect(sut([candidate('c1', 0.12, year)], THRESHOLDS)).toEqual({ kind: 'new', conflicts: [] });
    const other = compared({ containment: 0, figures: 'differ', sharedFigures: 1, tellingFigures: 1 });
    expect(sut([candidate('c1', 0.12, other)], THRESHOLDS)).toEqual({ kind: 'new', conflicts: [] });
    expect(sut([candidate('c1', 0.12, { ...count, speaker: 'other' })], THRESHOLDS)).toMatchObject({ kind: 'new' });
  });

  it('never joins figures that differ: same words make them a conflict, not an appearance', () => {
    const other = candidate('c1', 0.95, compared({ containment: 1, figures: 'differ' }));
    expect(sut([other], THRESHOLDS)).toEqual({ kind: 'new', conflicts: [{ claimId: 'c1', similarity: 0.95 }] });
    const alongside = [other, candidate('same', 0.7)];
    expect(sut(alongside, THRESHOLDS)).toMatchObject({
      kind: 'appearance',
      claimId: 'same',
      conflicts: [{ claimId: 'c1' }],
    });
  });

  it('keeps a claim out of a cluster one of whose members gives another figure', () => {
    const joinedBy200 = candidate('c1', 0.8, { ...compared({ figures: 'agree' }), memberFigures: ['differ'] });
    expect(sut([joinedBy200], THRESHOLDS)).toEqual({ kind: 'new', conflicts: [{ claimId: 'c1', similarity: 0.8 }] });
  });

  it('leaves figures that differ in other words apart, not even in conflict', () => {
    const forecast = candidate('c1', 0.3, compared({ containment: 0.4, figures: 'differ' }));
    expect(sut([forecast], THRESHOLDS)).toEqual({ kind: 'new', conflicts: [] });
  });

  it('suggests a near match, and only suggests another speaker however similar', () => {
    expect(sut([candidate('c1', 0.5)], THRESHOLDS)).toMatchObject({ kind: 'suggestion', claimId: 'c1' });
    expect(sut([candidate('c1', 0.99, { speaker: 'other' })], THRESHOLDS)).toMatchObject({ kind: 'suggestion' });
    const halfContained = candidate('c1', 0.2, compared({ containment: 0.5, shorterWords: 4 }));
    expect(sut([halfContained], THRESHOLDS)).toMatchObject({ kind: 'suggestion' });
  });

  it.each([
    ['a rewrite close on both measures over five words', 0.6, 0.7, 5, 0, 'none', 'appearance'],
    ['a short rewrite with a telling figure in common', 0.6, 0.75, 4, 1, 'same', 'appearance'],
    ['the same short rewrite without a telling figure', 0.6, 0.75, 4, 0, 'none', 'suggestion'],
    ['another source giving the same figure in a short text', 0.45, 0.75, 4, 1, 'same', 'suggestion'],
    ['a longer rewrite, less close, with a telling figure in common', 0.42, 0.62, 8, 1, 'same', 'appearance'],
    ['the same longer rewrite without a figure', 0.42, 0.62, 8, 0, 'none', 'suggestion'],
    ['a claim sharing a few common words', 0.36, 0.3, 8, 0, 'none', 'new'],
    ['a rewrite close enough for the same speaker, not for a described one', 0.5, 0.55, 8, 0, 'none', 'suggestion'],
    ['a telling figure alone, which another source may give', 0.2, 0.3, 8, 1, 'same', 'new'],
    ['a close rewrite whose figures differ', 0.7, 0.8, 8, 1, 'differ', 'suggestion'],
  ] as const)(
    'joins the claim of a speaker described in one and named in the other on stronger words: %s',
    (_, similarity, containment, shorterWords, tellingFigures, figures, kind) => {
      const comparison = compared({
        containment,
        shorterWords,
        tellingFigures,
        figures,
        sharedFigures: tellingFigures,
      });
      const described = candidate('c1', similarity, { ...comparison, speaker: 'described' });
      const decision = sut([described], THRESHOLDS);
      expect(decision).toMatchObject({ kind });
      if (kind === 'appearance') expect(decision).toMatchObject({ evidence: 'close text, described speaker' });
    },
  );

  it('links conflicts with the same speaker only', () => {
    const otherFigure = compared({ containment: 0.9, shorterWords: 6, figures: 'differ' });
    expect(sut([candidate('c1', 0.9, { ...otherFigure, speaker: 'described' })], THRESHOLDS).conflicts).toEqual([]);
    expect(sut([candidate('c1', 0.9, otherFigure)], THRESHOLDS).conflicts).toEqual([
      { claimId: 'c1', similarity: 0.9 },
    ]);
  });

  it('says new below the low threshold or without candidates', () => {
    expect(sut([candidate('c1', 0.34)], THRESHOLDS)).toEqual({ kind: 'new', conflicts: [] });
    expect(sut([], THRESHOLDS)).toEqual({ kind: 'new', conflicts: [] });
  });

  it('picks the closest candidate whatever the order, an approved one on a tie', () => {
    const candidates = [candidate('c1', 0.65), candidate('c2', 0.9), candidate('c3', 0.85)];
    expect(sut(candidates, THRESHOLDS)).toMatchObject({ claimId: 'c2' });
    expect(sut([...candidates].reverse(), THRESHOLDS)).toMatchObject({ claimId: 'c2' });
    const tie = [candidate('open', 0.8), candidate('verified', 0.8, { status: 'approved' })];
    expect(sut(tie, THRESHOLDS)).toMatchObject({ claimId: 'verified' });
  });

  it.each([
    ['opens 0.4 earlier', 0.5, 'first-part'],
    ['opens 0.25 earlier', 0.25, 'first-part'],
    ['opens alike (a rewrite of the same part)', 0.2, 'second-part'],
  ])('joins the part a claim carrying two opens with when the other %s, however close', (_, apart, expected) => {
    const firstPart = candidate('first-part', 0.3, compared({ containment: 0.8, shorterWords: 5, opening: 0 }));
    const secondPart = candidate('second-part', 0.5, compared({ containment: 0.9, shorterWords: 5, opening: apart }));
    expect(sut([secondPart, firstPart], THRESHOLDS)).toMatchObject({ kind: 'appearance', claimId: expected });
  });

  it('ignores discarded claims', () => {
    expect(sut([candidate('c1', 0.99, { status: 'discarded' })], THRESHOLDS)).toEqual({ kind: 'new', conflicts: [] });
  });

  it.each([
    [0, 0.5],
    [0.6, 0.5],
    [0.5, 1.1],
    [Number.NaN, 0.5],
  ])('refuses thresholds low %s / high %s', (low, high) => {
    expect(() => sut([], { low, high })).toThrow(RangeError);
  });
});
