import { KEY_REVISION_CHECK_MS, VERIFIED_KEY_TTL_MS, VerifiedKeys } from './verified-keys';

const caller = { keyId: 'k1', name: 'Desk A', role: 'editor' as const };

describe('VerifiedKeys', () => {
  it('remembers a key until its revision moves', () => {
    const sut = new VerifiedKeys();
    expect(sut.observeRevision(3, 0)).toBe(true);
    sut.remember('h', caller, 0, null);
    expect(sut.get('h', 100)).toEqual(caller);
    expect(sut.observeRevision(4, 200)).toBe(true);
    expect(sut.get('h', 200)).toBeNull();
  });

  it('asks for the revision again after KEY_REVISION_CHECK_MS', () => {
    const sut = new VerifiedKeys();
    expect(sut.revisionIsStale(0)).toBe(true);
    sut.observeRevision(1, 1000);
    expect(sut.revisionIsStale(1000 + KEY_REVISION_CHECK_MS - 1)).toBe(false);
    expect(sut.revisionIsStale(1000 + KEY_REVISION_CHECK_MS)).toBe(true);
  });

  it('does not let a slow read of an older revision undo a newer one', () => {
    const sut = new VerifiedKeys();
    sut.observeRevision(5, 1000);
    sut.remember('h', caller, 1000, null);
    expect(sut.observeRevision(4, 1001)).toBe(false);
    expect(sut.get('h', 1002)).toEqual(caller);
  });

  it('forgets a key at its expiry or grace end, and after the TTL at the latest', () => {
    const sut = new VerifiedKeys();
    sut.observeRevision(1, 0);
    sut.remember('expiring', caller, 0, new Date(50));
    sut.remember('lasting', caller, 0, null);
    expect(sut.get('expiring', 49)).toEqual(caller);
    expect(sut.get('expiring', 50)).toBeNull();
    expect(sut.get('lasting', VERIFIED_KEY_TTL_MS - 1)).toEqual(caller);
    expect(sut.get('lasting', VERIFIED_KEY_TTL_MS)).toBeNull();
  });
});
