import { matchesFilter, isTypePattern } from './event-filter';
import { eventTypeOf, type RawEvent, sseFrame, toLogEvent } from './log-event';

const raw = (fields: Partial<RawEvent>): RawEvent => ({
  origin: 'review',
  tx: '10',
  seq: '3',
  name: 'submit',
  claimId: 'c1',
  articleId: 'a1',
  outlet: 'MNTV',
  from: 'in_review',
  to: 'awaiting_approval',
  actorId: 'k1',
  actorRole: 'reviewer',
  payload: { attributionNote: 'private working notes', priority: 50 },
  at: new Date('2026-12-02T10:00:00Z'),
  ...fields,
});

describe('log events', () => {
  it('names each audit event by what it means for a client', () => {
    expect(eventTypeOf(raw({ name: 'triage' }))).toBe('claim.queued');
    expect(eventTypeOf(raw({ name: 'match', to: 'merged' }))).toBe('claim.merged');
    expect(eventTypeOf(raw({ name: 'merge', to: 'merged' }))).toBe('claim.merged');
    expect(eventTypeOf(raw({ name: 'claim.sla_breached' }))).toBe('claim.sla_breached');
    expect(eventTypeOf(raw({ name: 'submit' }))).toBe('claim.transitioned');
    expect(eventTypeOf(raw({ origin: 'domain', name: 'article.extracted' }))).toBe('article.extracted');
    expect(() => eventTypeOf(raw({ origin: 'domain', name: 'made.up' }))).toThrow();
  });

  it('shows the transition and the listed payload fields, never notes', () => {
    const sut = toLogEvent(raw({}), 42);
    expect(sut).toMatchObject({
      position: 42,
      type: 'claim.transitioned',
      claimId: 'c1',
      articleId: 'a1',
      outlet: 'MNTV',
    });
    expect(sut.data).toEqual({
      claimId: 'c1',
      articleId: 'a1',
      outlet: 'MNTV',
      event: 'submit',
      from: 'in_review',
      to: 'awaiting_approval',
      actorRole: 'reviewer',
      priority: 50,
      at: '2026-12-02T10:00:00.000Z',
    });
    expect(sseFrame(sut)).toBe(`id: 42\nevent: claim.transitioned\ndata: ${JSON.stringify(sut.data)}\n\n`);
  });

  it('filters by type family, claim (merged-in claims too), article and outlet; stats.changed obeys types only', () => {
    const transition = toLogEvent(raw({}), 1);
    const merged = toLogEvent(raw({ claimId: 'c2', name: 'merge', to: 'merged', payload: { into: 'c1' } }), 2);
    const stats = toLogEvent(
      raw({ origin: 'domain', name: 'stats.changed', claimId: null, articleId: null, outlet: null, payload: {} }),
      3,
    );
    expect(matchesFilter(transition, { types: ['claim.*'] })).toBe(true);
    expect(matchesFilter(transition, { types: ['claim.queued'] })).toBe(false);
    expect(matchesFilter(merged, { claimId: 'c1' })).toBe(true);
    expect(matchesFilter(transition, { articleId: 'a2' })).toBe(false);
    expect(matchesFilter(transition, { outlet: 'MNTV', articleId: 'a1' })).toBe(true);
    expect(matchesFilter(stats, { outlet: 'Other' })).toBe(true);
    expect(matchesFilter(stats, { types: ['claim.*'] })).toBe(false);
    expect(['claim.*', 'stats.changed'].every(isTypePattern)).toBe(true);
    expect(['claims.*', 'claim', 'claim.nope'].some(isTypePattern)).toBe(false);
  });
});
