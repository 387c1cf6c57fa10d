import type { EntityManager } from 'typeorm';
import { bind } from '@factdesk/persistence';

/** A table of the desk as export and import see it: the columns they copy and the constraints import defers. */
export interface DeskTable {
  name: string;
  /** Every column but generated ones (PostgreSQL computes those again). */
  columns: string[];
  /** Foreign keys from the table to itself (a claim merged into a claim): checked at the end of the import. */
  selfReferences: string[];
}

export interface DeskSequence {
  name: string;
}

/** A line of the NDJSON export; the header comes first and the end line last, so a cut-off file is refused. */
export type ExportLine =
  | { kind: 'header'; format: typeof EXPORT_FORMAT; version: 1; migration: string; tx: string; exportedAt: string }
  | { kind: 'sequence'; name: string; value: string; called: boolean }
  | { kind: 'row'; table: string; row: Record<string, unknown> }
  | { kind: 'end'; rows: number };

export const EXPORT_FORMAT = 'factdesk-desk';

/** The migration bookkeeping is the target's own: both sides must simply be at the same migration. */
const NOT_DESK_DATA = ['typeorm_migrations'];

/**
 * Tables a migration fills (the session signing key, the key revision, the webhooks consumer's start position): a new
 * desk has their rows already, and the import replaces them with the file's, so that sessions signed by the exported
 * desk stay valid and every event-log consumer resumes where it stood in the exported log.
 */
export const SEEDED_BY_MIGRATIONS = ['web_session_signing_key', 'api_key_revision', 'event_consumers'];

export const quoteIdentifier = (name: string) => `"${name.replace(/"/g, '""')}"`;

/**
 * The desk's tables, read from the catalog (so a new table is exported without editing this file), ordered so that
 * every table comes after the tables its foreign keys point at; partitions come through their parent.
 */
export async function deskTables(manager: EntityManager): Promise<DeskTable[]> {
  const tables: Array<{ name: string; columns: string[]; references: string[]; self_references: string[] }> =
    await manager.query(
      ...bind(
        `SELECT c.relname AS name,
              array(SELECT a.attname::text FROM pg_attribute a
                    WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = ''
                    ORDER BY a.attnum) AS columns,
              array(SELECT DISTINCT f.confrelid::regclass::text FROM pg_constraint f
                    WHERE f.conrelid = c.oid AND f.contype = 'f' AND f.confrelid <> c.oid) AS references,
              array(SELECT f.conname::text FROM pg_constraint f
                    WHERE f.conrelid = c.oid AND f.contype = 'f' AND f.confrelid = c.oid) AS self_references
       FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
       WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p') AND NOT c.relispartition
         AND c.relname <> ALL (:excluded::text[])
       ORDER BY c.relname`,
        { excluded: NOT_DESK_DATA },
      ),
    );
  const ordered: DeskTable[] = [];
  const placed = new Set<string>();
  // Seeded tables go last: triggers on other tables write them (a key's insert moves the key revision), and the file's
  // rows must be the ones that stay.
  const seeded = (table: { name: string }) => SEEDED_BY_MIGRATIONS.includes(table.name);
  const pending = [...tables.filter((table) => !seeded(table)), ...tables.filter(seeded)];
  while (pending.length) {
    const ready = pending.findIndex((table) => table.references.every((name) => placed.has(name)));
    if (ready < 0) throw new Error(`foreign keys form a cycle among ${pending.map((t) => t.name).join(', ')}`);
    const [table] = pending.splice(ready, 1);
    placed.add(table.name);
    ordered.push({ name: table.name, columns: table.columns, selfReferences: table.self_references });
  }
  return ordered;
}

export async function deskSequences(manager: EntityManager): Promise<DeskSequence[]> {
  return manager.query(
    `SELECT sequencename AS name FROM pg_sequences
     WHERE schemaname = current_schema() AND sequencename <> 'typeorm_migrations_id_seq' ORDER BY 1`,
  );
}

export async function currentMigration(manager: EntityManager): Promise<string> {
  const rows: Array<{ name: string }> = await manager.query(
    'SELECT name FROM typeorm_migrations ORDER BY timestamp DESC LIMIT 1',
  );
  return rows[0]?.name ?? '';
}
