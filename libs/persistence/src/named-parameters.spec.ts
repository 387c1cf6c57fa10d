import { bind } from './named-parameters';

describe('bind', () => {
  it('numbers names in order of first use and reuses a repeated name', () => {
    const sut = bind('SELECT :b, :a, :b', { a: 1, b: 2 });
    expect(sut).toEqual(['SELECT $1, $2, $1', [2, 1]]);
  });

  it.each([
    ['casts', 'SELECT :id::uuid, now()::date', 'SELECT $1::uuid, now()::date'],
    ['string literals', "SELECT ':not' || 'it''s :not', :id", "SELECT ':not' || 'it''s :not', $1"],
    ['quoted identifiers', 'SELECT "a:b" FROM t WHERE x = :id', 'SELECT "a:b" FROM t WHERE x = $1'],
    ['dollar-quoted bodies', 'DO $f$ SELECT :no $f$; SELECT :id', 'DO $f$ SELECT :no $f$; SELECT $1'],
    ['line comments', 'SELECT :id -- not :this\n', 'SELECT $1 -- not :this\n'],
    ['array slices written without spaces', 'SELECT (:id)[1:2]', 'SELECT ($1)[1:2]'],
  ])('leaves %s alone', (_what, text, expected) => {
    expect(bind(text, { id: 7 })).toEqual([expected, [7]]);
  });

  it('refuses a name without a value and undefined values', () => {
    expect(() => bind('SELECT :missing', {})).toThrow(':missing has no value');
    expect(() => bind('SELECT :id', { id: undefined })).toThrow(':id has no value');
  });

  it('passes null through as SQL NULL', () => {
    expect(bind('SELECT :id', { id: null })).toEqual(['SELECT $1', [null]]);
  });

  it('refuses values the statement does not use', () => {
    expect(() => bind('SELECT :id', { id: 1, idd: 2 })).toThrow('not used in the statement: idd');
  });
});
