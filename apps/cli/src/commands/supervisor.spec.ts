import { RESTART_POLICY, restartDelay } from './supervisor';

describe('restartDelay', () => {
  it('doubles from half a second for each crash in a row, up to 30 s', () => {
    expect([0, 1, 2, 3, 4, 5, 6, 7, 20].map((crashes) => restartDelay(crashes))).toEqual([
      500, 1_000, 2_000, 4_000, 8_000, 16_000, 30_000, 30_000, 30_000,
    ]);
  });

  it('follows the policy it is given', () => {
    expect(restartDelay(2, { ...RESTART_POLICY, initialMs: 100, maxMs: 250 })).toBe(250);
  });
});
