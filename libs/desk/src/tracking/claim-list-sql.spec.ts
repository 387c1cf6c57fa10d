import { bind } from '@factdesk/persistence';
import { defaultSort, resolveClaimQuery } from './claim-filters';
import { claimListStatement } from './claim-list-sql';

const CALLER = '9d1c2a4e-8d9b-4c7a-9e2f-1a2b3c4d5e6f';
const resolve = (filters: object, order: object = {}) => resolveClaimQuery(filters, order, CALLER);

describe('resolveClaimQuery', () => {
  it('reads open work by priority and everything else newest first', () => {
    expect(defaultSort({ status: ['queued', 'in_review'] })).toBe('priority');
    expect(defaultSort({ overdue: true })).toBe('priority');
    expect(defaultSort({})).toBe('created');
    expect(defaultSort({ status: ['queued', 'approved'] })).toBe('created');
    expect(defaultSort({ status: ['new'] })).toBe('created');
    expect(resolve({}, { sort: 'due' })).toMatchObject({ sort: 'due', order: 'asc' });
    expect(resolve({}, { sort: 'decided' })).toMatchObject({ sort: 'decided', order: 'desc' });
  });

  it('resolves me to the caller, sorts and deduplicates lists, drops a blank search', () => {
    const sut = resolve({ assignee: 'me', status: ['reopened', 'queued', 'queued'], q: '   ' });
    expect(sut.filters).toMatchObject({ assignee: CALLER, status: ['queued', 'reopened'], q: undefined });
  });

  it.each([
    [{ priorityMin: 60, priorityMax: 40 }, 'priorityMin'],
    [{ createdFrom: new Date('2025-02-01'), createdTo: new Date('2025-01-01') }, 'createdFrom'],
    [{ decidedFrom: new Date('2025-02-01'), decidedTo: new Date('2025-01-01') }, 'decidedFrom'],
  ])('refuses a range the wrong way round, naming its field', (filters, field) => {
    expect(() => resolve(filters)).toThrow(
      expect.objectContaining({ code: 'invalid_input', details: [{ field, errors: expect.any(Array) }] }),
    );
  });
});

describe('claimListStatement', () => {
  it('passes every value as a named parameter, never in the text', () => {
    const q = "Öztürk'; DROP TABLE claims; --";
    const sut = claimListStatement(
      resolve({ q, outlet: 'MNTV', sourceId: CALLER, priorityMin: 10, status: ['queued'] }),
      { after: ['-50', '2025-12-08T10:00:00.000000Z', CALLER], limit: 21 },
    );
    expect(sut.text).not.toContain('DROP');
    expect(sut.text).not.toContain('MNTV');
    expect(sut.params).toMatchObject({
      q,
      outlet: 'MNTV',
      negatedMin: -10,
      status: ['queued'],
      limit: 21,
      after0: '-50',
    });
    const [text, values] = bind(sut.text, sut.params);
    expect(values).toHaveLength(Object.keys(sut.params).length);
    expect(text).toContain('websearch_to_tsquery');
  });

  it('pages on the sort tuple in one row comparison, reversed by the other order', () => {
    const after = ['-50', '2025-12-08T10:00:00.000000Z', CALLER];
    const desc = claimListStatement(resolve({ status: ['queued'] }), { after, limit: 10 }).text;
    expect(desc).toContain('((-c.priority), c.created_at, c.id) > (:after0::int, :after1::timestamptz, :after2::uuid)');
    expect(desc).toContain('ORDER BY (-c.priority) ASC, c.created_at ASC, c.id ASC');
    const asc = claimListStatement(resolve({ status: ['queued'] }, { order: 'asc' }), { after, limit: 10 }).text;
    expect(asc).toContain('((-c.priority), c.created_at, c.id) < (');
    expect(asc).toContain('ORDER BY (-c.priority) DESC, c.created_at DESC, c.id DESC');
  });

  it('writes no cursor condition and no limit for the export', () => {
    const sut = claimListStatement(resolve({}));
    expect(sut.text).not.toMatch(/LIMIT|:after/);
    expect(sut.params).toEqual({});
  });

  it('says decided_at is set when only decided claims can match, so the partial index applies', () => {
    expect(claimListStatement(resolve({ status: ['approved'] })).text).toContain('c.decided_at IS NOT NULL');
    expect(claimListStatement(resolve({ decidedFrom: new Date(0) })).text).toContain('c.decided_at IS NOT NULL');
    expect(claimListStatement(resolve({ status: ['approved', 'queued'] })).text).not.toContain(
      'c.decided_at IS NOT NULL',
    );
  });

  it('has unassigned claims for assignee=none and a key for an id', () => {
    expect(claimListStatement(resolve({ assignee: 'none' })).text).toContain('c.assignee_id IS NULL');
    expect(claimListStatement(resolve({ assignee: 'me' })).params).toEqual({ assignee: CALLER });
  });
});
