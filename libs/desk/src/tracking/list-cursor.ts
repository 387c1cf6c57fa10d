import { createHash } from 'crypto';
import { DomainError } from '@factdesk/platform';

/** The SQL type of one sort key, which says how its value is checked before it reaches the database. */
export type KeyType = 'int' | 'timestamptz' | 'uuid';

const CURSOR_VERSION = 1;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** How list statements write timestamps (UTC, microseconds), or an infinity that stands for a missing time. */
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/;

/** A sort key as text that round-trips exactly: timestamps in UTC with microseconds, whatever the session's settings. */
export const sortKeyText = (expression: string, type: KeyType): string =>
  type === 'timestamptz'
    ? `CASE WHEN isfinite(${expression}) THEN to_char(${expression} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') ELSE ${expression}::text END`
    : `${expression}::text`;

const isValidKey = (value: unknown, type: KeyType): value is string => {
  if (typeof value !== 'string') return false;
  switch (type) {
    case 'uuid':
      return UUID.test(value);
    case 'int':
      return /^-?\d{1,10}$/.test(value) && Math.abs(Number(value)) <= 2 ** 31 - 1;
    case 'timestamptz':
      if (value === 'infinity' || value === '-infinity') return true;
      // A real instant: the round trip catches 2025-02-30 and 25:00, which the pattern alone lets through.
      return (
        TIMESTAMP.test(value) &&
        !Number.isNaN(Date.parse(value)) &&
        new Date(value).toISOString().slice(0, 23) === value.slice(0, 23)
      );
  }
};

/**
 * The query a cursor belongs to: a digest of the normalised filters and sort. A cursor carries it, so one taken from
 * another query (other filters, other sort, another caller's `me`) is refused rather than paging from a wrong place.
 */
export function queryFingerprint(query: object): string {
  return createHash('sha256')
    .update(JSON.stringify(canonical(query)))
    .digest('base64url')
    .slice(0, 22);
}

/** Keys sorted and unset values dropped, at every level: the same query in any parameter order has one digest. */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value instanceof Date) return value.toISOString();
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([, entry]) => entry !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([key, entry]) => [key, canonical(entry)]),
  );
}

const refuse = (reason: string): DomainError =>
  new DomainError('invalid_input', `cursor ${reason}: pass nextCursor back unchanged, with the same filters and sort`, [
    { field: 'cursor', errors: [reason] },
  ]);

/** An opaque cursor: where the last page ended (its sort keys) and which query it belongs to. */
export const encodeCursor = (fingerprint: string, keys: string[]): string =>
  Buffer.from(JSON.stringify({ v: CURSOR_VERSION, q: fingerprint, k: keys })).toString('base64url');

/**
 * The sort keys of a cursor this API issued for this query. Every key is checked against its type, so what reaches
 * the database is always a value it can compare; anything else (edited, truncated, from another query or an older
 * version) is a 400 naming `cursor`.
 */
export function decodeCursor(cursor: string, fingerprint: string, types: readonly KeyType[]): string[] {
  let parsed: unknown = null;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    // answered below like any other cursor this API did not issue
  }
  if (typeof parsed !== 'object' || parsed === null) throw refuse('is not one this API issued');
  const { v, q, k } = parsed as { v?: unknown; q?: unknown; k?: unknown };
  if (v !== CURSOR_VERSION) throw refuse('is from another version of this list');
  if (q !== fingerprint) throw refuse('belongs to another query');
  if (!Array.isArray(k) || k.length !== types.length || !k.every((key, index) => isValidKey(key, types[index]))) {
    throw refuse('is not one this API issued');
  }
  return k;
}

export const PAGE_SIZE = { default: 50, max: 200 } as const;

/** The page size asked for, within 1..max (the DTO refuses others; this keeps direct callers in range too). */
export const pageLimit = (limit?: number): number =>
  Math.min(Math.max(Math.trunc(limit ?? PAGE_SIZE.default), 1), PAGE_SIZE.max);

/**
 * Splits the extra row off a `limit + 1` fetch; the cursor of the next page holds the last kept row's sort keys
 * (`key_0`, `key_1` ... as the statement returns them).
 */
export type KeyedRow = Record<`key_${number}`, string>;

export function pageOf<T extends KeyedRow>(
  rows: T[],
  limit: number,
  fingerprint: string,
  keyCount: number,
): { rows: T[]; nextCursor: string | null } {
  if (rows.length <= limit) return { rows, nextCursor: null };
  const kept = rows.slice(0, limit);
  const last = kept[limit - 1];
  return {
    rows: kept,
    nextCursor: encodeCursor(
      fingerprint,
      Array.from({ length: keyCount }, (_, index) => last[`key_${index}`]),
    ),
  };
}
