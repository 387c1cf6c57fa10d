import { countedOpenClaim, openCounterChanges, sameCount } from './open-claims';

const now = {
  status: 'queued',
  priority: 75,
  dueAt: new Date('2026-12-02T10:00:00Z'),
  slaBreachedAt: null,
  outlet: 'MNTV',
};

describe('open claims', () => {
  it('counts open claims by band and SLA state, and nothing for new or final ones', () => {
    expect(countedOpenClaim(now)).toEqual({ outlet: 'MNTV', band: 'high', dueAt: now.dueAt, breached: false });
    expect(countedOpenClaim({ ...now, priority: 40, slaBreachedAt: new Date() })).toMatchObject({
      band: 'normal',
      breached: true,
    });
    for (const status of ['new', 'approved', 'discarded', 'merged'])
      expect(countedOpenClaim({ ...now, status })).toBeNull();
    expect(countedOpenClaim(null)).toBeNull();
  });

  it('moves a claim from its old band to its new one in both scopes', () => {
    const before = countedOpenClaim(now);
    const after = countedOpenClaim({ ...now, priority: 10, slaBreachedAt: new Date() });
    expect(sameCount(before, after)).toBe(false);
    expect(openCounterChanges(before, after)).toEqual([
      { scope: '', band: 'high', claims: -1, breached: 0 },
      { scope: 'MNTV', band: 'high', claims: -1, breached: 0 },
      { scope: '', band: 'low', claims: 1, breached: 1 },
      { scope: 'MNTV', band: 'low', claims: 1, breached: 1 },
    ]);
    expect(sameCount(before, countedOpenClaim({ ...now, status: 'in_review' }))).toBe(true);
  });
});
