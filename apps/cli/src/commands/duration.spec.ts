import { UsageError } from './args';
import { parseDuration } from './duration';

describe('parseDuration', () => {
  it('reads days, hours, minutes, seconds and zero', () => {
    expect(parseDuration('90d', '--expires-in')).toBe(90 * 86_400_000);
    expect(parseDuration('24h', '--grace')).toBe(86_400_000);
    expect(parseDuration('30m', '--grace')).toBe(1_800_000);
    expect(parseDuration('45s', '--grace')).toBe(45_000);
    expect(parseDuration('0', '--grace')).toBe(0);
  });

  it('refuses anything else, naming the option', () => {
    for (const text of ['90', '1w', '-1d', '1.5h', 'd', '']) {
      expect(() => parseDuration(text, '--grace')).toThrow(UsageError);
    }
    expect(() => parseDuration('soon', '--expires-in')).toThrow(/--expires-in/);
  });
});
