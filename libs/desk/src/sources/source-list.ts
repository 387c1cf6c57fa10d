import { DomainError } from '@factdesk/platform';

export const SOURCE_PAGE_SIZE = { default: 20, max: 100 } as const;

export interface SourceListQuery {
  /** Part of a name or alias; case and diacritics do not matter. */
  q?: string;
  type?: string;
  limit?: number;
  /** `nextCursor` of the previous page. */
  cursor?: string;
}

/** Where the previous page stopped: the list runs in registry-key order, then id. */
export interface SourceCursor {
  key: string;
  id: string;
}

/** SQL with named parameters and their values, for `bind`. */
export interface SqlStatement {
  sql: string;
  params: Record<string, unknown>;
}

/** The page size asked for, within 1..max (the DTO refuses others; this keeps direct callers in range too). */
export const pageSize = (limit?: number): number =>
  Math.min(Math.max(Math.trunc(limit ?? SOURCE_PAGE_SIZE.default), 1), SOURCE_PAGE_SIZE.max);

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** [key, id]; a key never holds NUL, which PostgreSQL text cannot take. */
const isCursorTuple = (value: unknown): value is [string, string] =>
  Array.isArray(value) &&
  value.length === 2 &&
  typeof value[0] === 'string' &&
  !value[0].includes('\u0000') &&
  typeof value[1] === 'string' &&
  UUID.test(value[1]);

export const encodeCursor = (cursor: SourceCursor): string =>
  Buffer.from(JSON.stringify([cursor.key, cursor.id])).toString('base64url');

export function decodeCursor(cursor: string): SourceCursor {
  let parsed: unknown = null;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    // answered below like any other cursor this API did not issue
  }
  if (!isCursorTuple(parsed)) {
    throw new DomainError('invalid_input', 'cursor is not one this API issued: pass nextCursor back unchanged', [
      { field: 'cursor', errors: ['malformed cursor'] },
    ]);
  }
  return { key: parsed[0], id: parsed[1] };
}

/** `%` and `_` in a search are characters, not LIKE wildcards. */
export const containsPattern = (text: string): string => `%${text.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;

/**
 * One statement for a page of the registry. Search folds both sides with `factdesk_fold` (lower + unaccent, the
 * expression `sources_name_trgm_idx` indexes), matching a substring (ILIKE) or a close word (pg_trgm `<%`), on the
 * name or on any alias. Order is the registry key then id, so pages are stable while claims keep arriving.
 * Fetches `limit + 1` rows: the extra one only says whether another page exists.
 */
export function sourceListStatement(query: SourceListQuery): SqlStatement {
  const params: Record<string, unknown> = { limit: pageSize(query.limit) + 1 };
  const where: string[] = [];
  if (query.type) {
    params.type = query.type;
    where.push('s.type = :type');
  }
  const q = query.q?.trim();
  if (q) {
    params.word = q;
    params.pattern = containsPattern(q);
    const matches = (column: string) =>
      `factdesk_fold(${column}) ILIKE factdesk_fold(:pattern) OR factdesk_fold(:word) <% factdesk_fold(${column})`;
    where.push(`s.id IN (
      SELECT id FROM sources WHERE ${matches('name')}
      UNION SELECT source_id FROM source_aliases WHERE ${matches('alias')})`);
  }
  if (query.cursor) {
    const after = decodeCursor(query.cursor);
    params.afterKey = after.key;
    params.afterId = after.id;
    where.push('(s.normalised_name, s.id) > (:afterKey, :afterId::uuid)');
  }
  const sql = `
    SELECT s.id, s.name, s.type, s.normalised_name AS key,
      (SELECT count(*) FROM claims c WHERE c.source_id = s.id AND c.review_status <> 'merged')::int AS "claimCount",
      (SELECT count(*) FROM claims c WHERE c.via_source_id = s.id AND c.review_status <> 'merged')::int AS "relayCount",
      ARRAY(SELECT a.alias FROM source_aliases a WHERE a.source_id = s.id ORDER BY a.created_at, a.id) AS aliases
    FROM sources s
    ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
    ORDER BY s.normalised_name, s.id
    LIMIT :limit`;
  return { sql, params };
}

/** Splits the extra row off a `limit + 1` fetch and turns the last row kept into the cursor of the next page. */
export function pageOf<T extends SourceCursor>(
  rows: T[],
  limit: number | undefined,
): { rows: T[]; nextCursor: string | null } {
  const size = pageSize(limit);
  if (rows.length <= size) return { rows, nextCursor: null };
  const kept = rows.slice(0, size);
  return { rows: kept, nextCursor: encodeCursor(kept[size - 1]) };
}
