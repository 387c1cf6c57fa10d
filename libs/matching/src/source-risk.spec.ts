import { type AttributionRecord, SOURCE_RISK_PRIOR, sourceRisk } from './source-risk';

const record = (overrides: Partial<AttributionRecord> = {}): AttributionRecord => ({
  confirmed: 0,
  misattributed: 0,
  distorted: 0,
  unverifiable: 0,
  ...overrides,
});

describe('sourceRisk', () => {
  it('gives a source without verdicts the base rate', () => {
    expect(sourceRisk(record())).toEqual({
      risk: SOURCE_RISK_PRIOR.baseRate,
      decided: 0,
      note: 'no verdicts yet: risk is the base rate 0.2',
    });
  });

  it('does not swing to 0 or 1 on a single verdict', () => {
    const sut = [record({ misattributed: 1 }), record({ confirmed: 1 })].map((one) => sourceRisk(one).risk);
    expect(sut).toEqual([0.36, 0.16]);
  });

  it('follows the record as verdicts accumulate', () => {
    expect(sourceRisk(record({ misattributed: 12, distorted: 6, confirmed: 2 })).risk).toBeCloseTo(18.8 / 24, 3);
    expect(sourceRisk(record({ confirmed: 20 })).risk).toBe(0.033);
  });

  it('counts distorted as misattributed, and unverifiable at half weight', () => {
    expect(sourceRisk(record({ distorted: 3, confirmed: 1 })).risk).toBe(
      sourceRisk(record({ misattributed: 3, confirmed: 1 })).risk,
    );
    expect(sourceRisk(record({ unverifiable: 2, confirmed: 2 })).risk).toBe(
      sourceRisk(record({ misattributed: 1, confirmed: 3 })).risk,
    );
  });

  it('explains its counts and its smoothing', () => {
    const sut = sourceRisk(record({ confirmed: 3, misattributed: 1, distorted: 1, unverifiable: 1 }));
    expect(sut.decided).toBe(6);
    expect(sut.note).toBe(
      '2.5 problem points in 6 verdicts (1 misattributed, 1 distorted, 1 unverifiable at weight 0.5, 3 confirmed); ' +
        'smoothed toward the base rate 0.2 as if 4 more verdicts at that rate',
    );
  });

  it('takes another prior, such as the desk-wide rate', () => {
    expect(sourceRisk(record({ misattributed: 1 }), { baseRate: 0.1, strength: 9 }).risk).toBe(0.19);
  });

  it.each([
    ['a negative count', record({ confirmed: -1 })],
    ['a fractional count', record({ distorted: 0.5 })],
    ['a missing count', record({ unverifiable: Number.NaN })],
  ])('refuses %s', (_, bad) => {
    expect(() => sourceRisk(bad)).toThrow(RangeError);
  });

  it.each([
    { baseRate: 0, strength: 4 },
    { baseRate: 1, strength: 4 },
    { baseRate: 0.2, strength: 0 },
  ])('refuses the prior %o', (prior) => {
    expect(() => sourceRisk(record(), prior)).toThrow(RangeError);
  });
});
