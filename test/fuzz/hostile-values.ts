import { randomUUID } from 'crypto';
import type { Random } from './random';

const nested = (depth: number): unknown => (depth === 0 ? 'leaf' : { a: nested(depth - 1) });
const nestedArray = (depth: number): unknown => (depth === 0 ? 1 : [nestedArray(depth - 1)]);

/** Strings a hostile client sends: control characters, broken Unicode, injections, sizes at and past the limits. */
export const HOSTILE_STRINGS: readonly string[] = [
  '',
  ' ',
  '\t\r\n',
  'a\u0000b',
  '\u0000',
  'a\ud800b',
  '\udfff',
  '\ud83d',
  '\u202eevil\u202c',
  '\ufeff',
  '👍🏽 «quoted» — ‘curly’',
  "' OR 1=1 --",
  "'; DROP TABLE claims; --",
  '" OR ""="',
  '\\',
  '%',
  '%00',
  '%s%s%s%n',
  '_%_',
  '$1',
  ':name',
  '{"$gt": ""}',
  '<script>alert(1)</script>',
  '../../../../etc/passwd',
  '${jndi:ldap://127.0.0.1/a}',
  '{{7*7}}',
  '__proto__',
  'constructor',
  'NaN',
  'Infinity',
  '-1',
  '1e309',
  '0x7fffffff',
  'null',
  'true',
  '2026-13-45T99:99:99Z',
  '0000-00-00',
  '9999-12-31T23:59:59.999Z',
  '-271821-04-20T00:00:00Z',
  'x'.repeat(10_000),
  'é'.repeat(100_000),
  'x'.repeat(1_100_000),
];

/** Values of every JSON type, for fields that expect another. */
export const HOSTILE_VALUES: readonly unknown[] = [
  null,
  true,
  false,
  0,
  -1,
  1.5,
  1e308,
  -1e308,
  Number.MAX_SAFE_INTEGER + 2,
  [],
  [null],
  ['a\u0000'],
  {},
  { $gt: '' },
  JSON.parse('{"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}}'),
  nested(30),
  nested(40),
  nestedArray(31),
  Array.from({ length: 10_000 }, (_, n) => n),
  Array.from({ length: 600 }, () => randomUUID()),
];

/** Ids that are not, or are not quite, uuids of a row. */
export const BAD_IDS: readonly string[] = [
  'not-a-uuid',
  '00000000-0000-0000-0000-000000000000',
  'ffffffff-ffff-ffff-ffff-ffffffffffff',
  '0B6F2C1E-3F5D-4A57-9A43-2D1C8E7F9A10',
  '0b6f2c1e-3f5d-4a57-9a43-2d1c8e7f9a1',
  '0b6f2c1e3f5d4a579a432d1c8e7f9a10',
  '{0b6f2c1e-3f5d-4a57-9a43-2d1c8e7f9a10}',
  "' OR 1=1 --",
  '1',
  '-1',
  '%00',
  '%2e%2e',
  '..',
  'a'.repeat(5_000),
  '%F0%9F%91%8D',
  '%ED%A0%80',
];

/** Encodes `value` as the api's cursors are encoded (base64url JSON), so a forged cursor gets past the decoding. */
export const asCursor = (value: unknown) => Buffer.from(JSON.stringify(value) ?? 'null').toString('base64url');

export function forgedCursor(random: Random): string {
  switch (random.int(5)) {
    case 0:
      return random.pick(['x', '=', '!!!', 'a'.repeat(20_000), '%00', 'eyJ']);
    case 1:
      return asCursor([hostileValue(random), hostileValue(random)]);
    case 2:
      return asCursor({ v: random.pick([1, 2, -1, '1', null]), q: hostileValue(random), k: [hostileValue(random)] });
    case 3:
      return Buffer.from(random.pick(HOSTILE_STRINGS)).toString('base64url');
    default:
      return asCursor(hostileValue(random));
  }
}

export function hostileValue(random: Random): unknown {
  return random.chance(0.5) ? random.pick(HOSTILE_STRINGS) : random.pick(HOSTILE_VALUES);
}

/** Replaces one leaf of a decoded cursor (as JSON) with a hostile value and encodes it again. */
export function mutateCursor(cursor: string, random: Random): string {
  let decoded: unknown;
  try {
    decoded = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    return forgedCursor(random);
  }
  return asCursor(replaceLeaf(decoded, random));
}

function replaceLeaf(value: unknown, random: Random): unknown {
  if (Array.isArray(value) && value.length) {
    const copy = [...value];
    const at = random.int(copy.length);
    copy[at] = replaceLeaf(copy[at], random);
    return copy;
  }
  if (value && typeof value === 'object' && Object.keys(value).length) {
    const key = random.pick(Object.keys(value));
    return { ...value, [key]: replaceLeaf((value as Record<string, unknown>)[key], random) };
  }
  return hostileValue(random);
}
