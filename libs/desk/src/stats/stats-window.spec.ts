import { DomainError } from '@factdesk/platform';
import { resolveWindow } from './stats-window';

const now = new Date('2026-12-02T10:20:00Z');

describe('resolveWindow', () => {
  it('defaults to the last 30 days in whole days, up to the end of today', () => {
    const sut = resolveWindow({}, now);
    expect(sut).toEqual({
      from: new Date('2026-11-02T00:00:00Z'),
      to: new Date('2026-12-03T00:00:00Z'),
      bucket: 'day',
      outlet: null,
    });
  });

  it('rounds a window out to whole hours for hourly buckets', () => {
    const sut = resolveWindow({ from: new Date('2026-12-02T07:05:00Z'), bucket: 'hour', outlet: 'MNTV' }, now);
    expect(sut).toMatchObject({
      from: new Date('2026-12-02T07:00:00Z'),
      to: new Date('2026-12-02T11:00:00Z'),
      outlet: 'MNTV',
    });
  });

  it('refuses an empty window and too many buckets', () => {
    expect(() => resolveWindow({ from: now, to: now }, now)).toThrow(DomainError);
    expect(() => resolveWindow({ from: new Date('2026-01-01T00:00:00Z'), bucket: 'hour' }, now)).toThrow(
      /2000 hour buckets/,
    );
  });
});
