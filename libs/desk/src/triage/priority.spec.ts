import { triagePriority } from './priority';

const claim = (overrides = {}) => ({
  sourceType: 'person',
  via: null,
  quote: 'direct',
  content: 'The bridge will reopen soon',
  confidence: 0.9,
  ...overrides,
});

describe('triagePriority', () => {
  it('ranks an anonymous, relayed, numeric paraphrase above a named direct quote', () => {
    const named = triagePriority(claim());
    const sut = triagePriority(
      claim({ sourceType: 'anonymous', via: 'Reuters', quote: 'indirect', content: 'Exports fell 12 percent' }),
    );
    expect(sut.score).toBeGreaterThan(named.score);
    expect(sut.reasons).toEqual(
      expect.arrayContaining([
        '+30 source is anonymous',
        '+15 relayed via Reuters',
        '+15 contains figures',
        '+5 paraphrased, not quoted',
      ]),
    );
  });

  it('explains every point of the score', () => {
    const sut = triagePriority(claim({ content: 'two million people', confidence: 0.3 }));
    const explained = sut.reasons.reduce((sum, reason) => sum + Number(reason.split(' ')[0]), 20);
    expect(sut.score).toBe(explained);
  });

  it('stays within 0..100', () => {
    const sut = triagePriority(
      claim({ sourceType: 'anonymous', via: 'X', quote: 'indirect', content: '5', confidence: 0.1 }),
    );
    expect(sut.score).toBeLessThanOrEqual(100);
    expect(sut.score).toBeGreaterThanOrEqual(0);
  });
});

describe('triagePriority with desk signals', () => {
  const plain = { risk: 0.2, worthiness: 0, reach: 1 };

  it('adds nothing for a new source, a claim worth nothing and a single article', () => {
    expect(triagePriority(claim(), plain)).toEqual(triagePriority(claim()));
  });

  it('checks a claim from an often misattributed source first', () => {
    const trusted = triagePriority(claim(), { ...plain, risk: 0.05 });
    const sut = triagePriority(claim(), { ...plain, risk: 0.6 });
    expect(sut.score).toBeGreaterThan(trusted.score);
    expect(sut.reasons.join(' ')).toContain('source risk 0.60');
  });

  it('raises the priority with each doubling of reach, up to 15 points', () => {
    const scores = [1, 2, 4, 8, 64].map((reach) => triagePriority(claim(), { ...plain, reach }).score);
    expect(scores.map((score) => score - scores[0])).toEqual([0, 5, 10, 15, 15]);
    expect(triagePriority(claim(), { ...plain, reach: 4 }).reasons).toContain('+10 carried by 4 articles');
  });

  it('still explains every point', () => {
    const sut = triagePriority(claim({ content: 'two million people' }), { risk: 0.5, worthiness: 0.7, reach: 3 });
    const explained = sut.reasons.reduce((sum, reason) => sum + Number(reason.split(' ')[0]), 20);
    expect(sut.score).toBe(explained);
  });
});
