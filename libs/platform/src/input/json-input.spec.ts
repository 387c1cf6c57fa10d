import { findUnsafeText, jsonNestsDeeperThan, MAX_JSON_DEPTH, mayHoldUnsafeText } from './json-input';

const nested = (depth: number, open = '{"a":', close = '}') => open.repeat(depth) + '1' + close.repeat(depth);

describe('jsonNestsDeeperThan', () => {
  it.each([
    ['objects at the limit', nested(MAX_JSON_DEPTH), false],
    ['objects one past the limit', nested(MAX_JSON_DEPTH + 1), true],
    ['arrays 5,000 deep', nested(5_000, '[', ']'), true],
    ['a flat array of many objects', `[${'{"a":1},'.repeat(1_000)}{}]`, false],
    ['brackets inside strings', JSON.stringify({ body: '[{'.repeat(1_000) }), false],
    ['escaped quotes inside strings', JSON.stringify({ body: '\\"[[[['.repeat(100) }), false],
  ])('%s', (_, text, deeper) => {
    expect(jsonNestsDeeperThan(text, MAX_JSON_DEPTH)).toBe(deeper);
  });
});

describe('findUnsafeText', () => {
  it.each([
    ['a NUL in a nested field', { payload: { ratingNote: 'a\u0000b' } }, 'payload.ratingNote', /NUL/],
    ['a lone high surrogate', { outlet: 'x\ud800' }, 'outlet', /lone surrogate/],
    ['a lone low surrogate in an array', { ids: ['ok', '\udfff'] }, 'ids.1', /lone surrogate/],
    ['a NUL in a field name', { payload: { 'a\u0000': 1 } }, 'payload', /field names must not contain the NUL/],
    ['a bare string body', 'a\u0000', '(body)', /NUL/],
  ])('names %s', (_, value, field, problem) => {
    expect(findUnsafeText(value)).toEqual({ field, problem: expect.stringMatching(problem) });
  });

  it('accepts paired surrogates (emoji) and ordinary text', () => {
    expect(findUnsafeText({ body: 'Türkiye 👍 «quoted»', n: 3, ok: true, none: null })).toBeNull();
  });
});

describe('mayHoldUnsafeText', () => {
  it('spots the escapes that decode to unsafe text, so clean bodies skip the walk', () => {
    expect(mayHoldUnsafeText(JSON.stringify({ a: 'x\u0000' }))).toBe(true);
    expect(mayHoldUnsafeText('{"a":"\\uD83D"}')).toBe(true);
    expect(mayHoldUnsafeText(JSON.stringify({ a: 'Türkiye 👍' }))).toBe(false);
  });
});
