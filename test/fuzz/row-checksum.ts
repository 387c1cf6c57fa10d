import type { Pool } from 'pg';

/** Columns that change on reads by design (a key's last use), left out of the comparison. */
const VOLATILE_COLUMNS = ['last_used_at'];

/**
 * One query giving, for every table of the desk (partitions through their parent), its row count and an md5 over its
 * rows; two equal results mean no row was added, removed or changed.
 */
export async function tableChecksums(db: Pool): Promise<Record<string, string>> {
  const { rows: tables } = await db.query<{ name: string }>(
    `SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') AND NOT c.relispartition
       AND c.relname <> 'typeorm_migrations' ORDER BY 1`,
  );
  const dropped = VOLATILE_COLUMNS.map((column) => ` - '${column}'`).join('');
  const parts = tables.map(
    ({ name }) =>
      `SELECT '${name}' AS name, count(*) || ':' || coalesce(md5(string_agg(md5((to_jsonb(t)${dropped})::text), '' ORDER BY md5((to_jsonb(t)${dropped})::text))), '') AS sum FROM "${name}" t`,
  );
  const { rows } = await db.query<{ name: string; sum: string }>(parts.join(' UNION ALL '));
  return Object.fromEntries(rows.map((row) => [row.name, row.sum]));
}

export function changedTables(before: Record<string, string>, after: Record<string, string>): string[] {
  return Object.keys({ ...before, ...after }).filter((name) => before[name] !== after[name]);
}
