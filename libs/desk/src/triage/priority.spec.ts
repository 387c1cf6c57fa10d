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
    const sut = triagePriority(claim({ sourceType: 'anonymous', via: 'Reuters', quote: 'indirect', content: 'Exports fell 12 percent' }));
    expect(sut.score).toBeGreaterThan(named.score);
    expect(sut.reasons).toEqual(
      expect.arrayContaining(['+30 source is anonymous', '+15 relayed via Reuters', '+15 contains figures', '+5 paraphrased, not quoted']),
    );
  });

  it('explains every point of the score', () => {
    const sut = triagePriority(claim({ content: 'two million people', confidence: 0.3 }));
    const explained = sut.reasons.reduce((sum, reason) => sum + Number(reason.split(' ')[0]), 20);
    expect(sut.score).toBe(explained);
  });

  it('stays within 0..100', () => {
    const sut = triagePriority(claim({ sourceType: 'anonymous', via: 'X', quote: 'indirect', content: '5', confidence: 0.1 }));
    expect(sut.score).toBeLessThanOrEqual(100);
    expect(sut.score).toBeGreaterThanOrEqual(0);
  });
});
