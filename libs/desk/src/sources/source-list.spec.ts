import { bind } from '@factdesk/persistence';
import { DomainError } from '@factdesk/platform';
import { containsPattern, decodeCursor, encodeCursor, pageOf, pageSize, sourceListStatement } from './source-list';

const ID = '3f1c2a4e-8d9b-4c7a-9e2f-1a2b3c4d5e6f';

describe('source list paging', () => {
  it('round-trips a cursor, keys with any characters included', () => {
    const cursor = { key: 'kemal öztürk "quoted" \\ %', id: ID };
    expect(decodeCursor(encodeCursor(cursor))).toEqual(cursor);
    expect(encodeCursor(cursor)).toMatch(/^[A-Za-z0-9_-]+$/);
  });

  it.each([
    ['not base64 json', 'Zm9v'],
    ['garbage', '%%%'],
    ['a bad id', Buffer.from(JSON.stringify(['k', "1' OR 1=1"])).toString('base64url')],
    ['a NUL the database cannot take', Buffer.from(JSON.stringify(['a\u0000b', ID])).toString('base64url')],
    ['a wrong shape', Buffer.from(JSON.stringify({ key: 'k', id: ID })).toString('base64url')],
  ])('refuses a cursor with %s as invalid input', (_what, cursor) => {
    expect(() => decodeCursor(cursor)).toThrow(DomainError);
    try {
      decodeCursor(cursor);
    } catch (error) {
      expect((error as DomainError).code).toBe('invalid_input');
    }
  });

  it('keeps page sizes within 1..100', () => {
    expect([pageSize(undefined), pageSize(0), pageSize(5.7), pageSize(1_000)]).toEqual([20, 1, 5, 100]);
  });

  it('splits off the extra row and points the next cursor at the last row kept', () => {
    const rows = [1, 2, 3].map((n) => ({ key: `k${n}`, id: ID }));
    const sut = pageOf(rows, 2);
    expect(sut.rows).toEqual(rows.slice(0, 2));
    expect(decodeCursor(sut.nextCursor as string)).toEqual({ key: 'k2', id: ID });
    expect(pageOf(rows, 3)).toEqual({ rows, nextCursor: null });
  });
});

describe('sourceListStatement', () => {
  it('escapes LIKE wildcards so they match themselves', () => {
    expect(containsPattern('50%_a\\b')).toBe('%50\\%\\_a\\\\b%');
  });

  it('passes every user value as a parameter, never in the SQL text', () => {
    const q = "Öztürk'; DROP TABLE sources; --";
    const sut = sourceListStatement({
      q: `  ${q} `,
      type: 'person',
      limit: 10,
      cursor: encodeCursor({ key: 'abc', id: ID }),
    });
    expect(sut.sql).not.toContain('DROP');
    expect(sut.sql).not.toContain('abc');
    expect(sut.params).toEqual({
      type: 'person',
      word: q,
      pattern: containsPattern(q),
      afterKey: 'abc',
      afterId: ID,
      limit: 11,
    });
    expect(sut.sql).toContain('s.type = :type');
    expect(sut.sql).toContain('factdesk_fold(name) ILIKE factdesk_fold(:pattern)');
    expect(sut.sql).toContain('factdesk_fold(:word) <% factdesk_fold(alias)');
    expect(sut.sql).toContain('(s.normalised_name, s.id) > (:afterKey, :afterId::uuid)');
    // Every name the text uses has a value and every value a use (bind refuses either slip).
    expect(bind(sut.sql, sut.params)[1]).toHaveLength(6);
    expect(sut.sql).toContain('LIMIT :limit');
  });

  it('lists everything in key order without filters, and ignores a blank search', () => {
    const sut = sourceListStatement({ q: '   ' });
    expect(sut.sql).not.toMatch(/FROM sources s\s+WHERE/);
    expect(sut.sql).toContain('ORDER BY s.normalised_name, s.id');
    expect(sut.params).toEqual({ limit: 21 });
    expect(bind(sut.sql, sut.params)[1]).toEqual([21]);
  });
});
