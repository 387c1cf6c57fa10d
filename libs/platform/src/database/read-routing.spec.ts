import { readTarget } from './read-routing';

describe('readTarget', () => {
  const base = { replicaConfigured: true, now: 100_000, windowMs: 10_000 };

  it('reads the primary when no replica is configured, whatever the caller did', () => {
    expect(readTarget({ ...base, replicaConfigured: false, lastWriteAt: null })).toBe('primary');
    expect(readTarget({ ...base, replicaConfigured: false, lastWriteAt: 1 })).toBe('primary');
  });

  it('reads the replica for a caller who has changed nothing lately', () => {
    expect(readTarget({ ...base, lastWriteAt: null })).toBe('replica');
    expect(readTarget({ ...base, lastWriteAt: base.now - base.windowMs })).toBe('replica');
  });

  it('reads the primary within the window after the caller changed something', () => {
    expect(readTarget({ ...base, lastWriteAt: base.now })).toBe('primary');
    expect(readTarget({ ...base, lastWriteAt: base.now - base.windowMs + 1 })).toBe('primary');
  });

  it('reads the primary when the last write cannot be told', () => {
    expect(readTarget({ ...base, lastWriteAt: 'unknown' })).toBe('primary');
  });
});
