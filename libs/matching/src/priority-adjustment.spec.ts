import { MAX_RISK_POINTS, MAX_WORTHINESS_POINTS, priorityAdjustment as sut } from './priority-adjustment';

describe('priorityAdjustment', () => {
  it('gives no points to a new source with a claim not worth checking', () => {
    expect(sut(0.2, 0)).toEqual({
      points: 0,
      reason: 'source risk 0.20 not above base rate 0.20 (+0), check-worthiness 0.00 (+0)',
    });
  });

  it('gives full points to a source always wrong and a claim fully worth checking', () => {
    expect(sut(1, 1).points).toBe(MAX_RISK_POINTS + MAX_WORTHINESS_POINTS);
  });

  it('adds the two parts, each named in the reason', () => {
    expect(sut(0.6, 0.72)).toEqual({
      points: 15,
      reason: 'source risk 0.60 above base rate 0.20 (+8), check-worthiness 0.72 (+7)',
    });
  });

  it('does not push a clean source below an unknown one', () => {
    expect(sut(0.03, 0.5).points).toBe(sut(0.2, 0.5).points);
  });

  it('returns whole points that grow with risk and with check-worthiness', () => {
    const byRisk = [0.2, 0.3, 0.5, 0.7, 0.9, 1].map((risk) => sut(risk, 0.5).points);
    const byWorthiness = [0, 0.25, 0.5, 0.75, 1].map((worthiness) => sut(0.5, worthiness).points);
    for (const points of [byRisk, byWorthiness]) {
      expect(points.every(Number.isInteger)).toBe(true);
      points.slice(1).forEach((value, index) => expect(value).toBeGreaterThan(points[index]));
    }
  });

  it('measures risk against the base rate it is given', () => {
    expect(sut(0.19, 0, 0.1).points).toBe(2);
  });

  it.each([
    [-0.1, 0.5],
    [0.5, 1.2],
    [Number.NaN, 0.5],
  ])('refuses risk %s with check-worthiness %s', (risk, worthiness) => {
    expect(() => sut(risk, worthiness)).toThrow(RangeError);
  });
});
