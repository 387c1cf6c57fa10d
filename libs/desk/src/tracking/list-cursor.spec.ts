import { DomainError } from '@factdesk/platform';
import { decodeCursor, encodeCursor, pageLimit, pageOf, queryFingerprint } from './list-cursor';

const ID = '3f1c2a4e-8d9b-4c7a-9e2f-1a2b3c4d5e6f';
const TYPES = ['int', 'timestamptz', 'uuid'] as const;
const KEYS = ['-70', '2025-12-08T10:00:00.123456Z', ID];

const codeOf = (run: () => unknown) => {
  try {
    run();
    return 'accepted';
  } catch (error) {
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).details).toEqual([{ field: 'cursor', errors: [expect.any(String)] }]);
    return (error as DomainError).code;
  }
};

describe('list cursors', () => {
  it('round-trips the keys of the query they were issued for', () => {
    const sut = encodeCursor('fp', KEYS);
    expect(sut).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeCursor(sut, 'fp', TYPES)).toEqual(KEYS);
    expect(decodeCursor(encodeCursor('fp', ['infinity', ID]), 'fp', ['timestamptz', 'uuid'])).toEqual(['infinity', ID]);
  });

  const forged = (body: unknown) => Buffer.from(JSON.stringify(body)).toString('base64url');
  it.each([
    ['garbage', '%%%'],
    ['base64 of no JSON', 'Zm9v'],
    ['another query', encodeCursor('other', KEYS)],
    ['another version', forged({ v: 0, q: 'fp', k: KEYS })],
    ['too few keys', encodeCursor('fp', KEYS.slice(1))],
    ['SQL in a key', encodeCursor('fp', ['1; DROP TABLE claims; --', KEYS[1], ID])],
    ['a priority beyond int', encodeCursor('fp', ['99999999999', KEYS[1], ID])],
    ['a day that does not exist', encodeCursor('fp', ['1', '2025-02-30T10:00:00.000000Z', ID])],
    ['an hour that does not exist', encodeCursor('fp', ['1', '2025-02-10T25:00:00.000000Z', ID])],
    ['a time in another format', encodeCursor('fp', ['1', '2025-02-10 10:00:00+00', ID])],
    ['a bad id', encodeCursor('fp', ['1', KEYS[1], 'not-a-uuid'])],
    ['keys that are not strings', forged({ v: 1, q: 'fp', k: [1, KEYS[1], ID] })],
  ])('refuses a cursor with %s as invalid input naming cursor', (_what, cursor) => {
    expect(codeOf(() => decodeCursor(cursor, 'fp', TYPES))).toBe('invalid_input');
  });

  it('fingerprints a query whatever the order of its fields, and tells different queries apart', () => {
    const a = queryFingerprint({ sort: 'created', filters: { q: 'x', status: ['queued'], outlet: undefined } });
    const b = queryFingerprint({ filters: { status: ['queued'], q: 'x' }, sort: 'created' });
    expect(a).toBe(b);
    expect(queryFingerprint({ sort: 'created', filters: { q: 'y', status: ['queued'] } })).not.toBe(a);
    expect(queryFingerprint({ d: new Date('2025-01-01') })).not.toBe(queryFingerprint({ d: new Date('2025-01-02') }));
  });

  it('keeps page sizes within 1..200, 50 by default', () => {
    expect([pageLimit(undefined), pageLimit(0), pageLimit(7.9), pageLimit(10_000)]).toEqual([50, 1, 7, 200]);
  });

  it('splits off the extra row and points the next cursor at the last row kept', () => {
    const rows = ['a', 'b', 'c'].map((key) => ({ key_0: key, key_1: ID }));
    const sut = pageOf(rows, 2, 'fp', 2);
    expect(sut.rows).toEqual(rows.slice(0, 2));
    expect(JSON.parse(Buffer.from(sut.nextCursor as string, 'base64url').toString())).toEqual({
      v: 1,
      q: 'fp',
      k: ['b', ID],
    });
    expect(pageOf(rows, 3, 'fp', 2)).toEqual({ rows, nextCursor: null });
  });
});
