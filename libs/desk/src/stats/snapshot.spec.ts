import { parseSnapshot, visibleIn } from './snapshot';

describe('snapshot visibility', () => {
  it('sees transactions before xmin and those under xmax not in progress, like pg_visible_in_snapshot', () => {
    const sut = parseSnapshot('100:105:101,103');
    expect(['99', '100', '102', '104'].map((tx) => visibleIn(tx, sut))).toEqual([true, true, true, true]);
    expect(['101', '103', '105', '200'].map((tx) => visibleIn(tx, sut))).toEqual([false, false, false, false]);
    expect(visibleIn('7', parseSnapshot('7:7:'))).toBe(false);
    expect(() => parseSnapshot('nonsense')).toThrow();
  });
});
