import { createInterface } from 'readline';
import type { Readable } from 'stream';
import type { DataSource, EntityManager } from 'typeorm';
import { bind } from '@factdesk/persistence';
import {
  currentMigration,
  type DeskTable,
  deskTables,
  EXPORT_FORMAT,
  type ExportLine,
  quoteIdentifier,
  SEEDED_BY_MIGRATIONS,
} from './desk-tables';

const BATCH_ROWS = 500;

/** The file cannot be imported here; nothing was written (the import is one transaction). */
export class ImportRefused extends Error {}

/**
 * Reads an export (DeskExport) into an empty, migrated desk in one transaction: rows go in batches through
 * jsonb_populate_recordset, tables in foreign-key order, self-references checked at commit. A file that is cut off,
 * of another migration, or a target that already holds rows is refused and leaves the target as it was.
 */
export class DeskImport {
  constructor(private readonly dataSource: DataSource) {}

  async readFrom(input: Readable): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      const tables = new Map((await deskTables(manager)).map((table) => [table.name, table]));
      await this.refuseNonEmptyTarget(
        manager,
        [...tables.keys()].filter((name) => !SEEDED_BY_MIGRATIONS.includes(name)),
      );
      for (const table of tables.values()) await this.deferSelfReferences(manager, table);
      const importer = new BatchedRows(manager, tables);
      let header = false;
      let ended: number | undefined;
      for await (const text of createInterface({ input, crlfDelay: Infinity })) {
        // `npm run cli -- export > file` puts npm's own banner ("> factdesk@… cli") above the header
        if (!text.trim() || (!header && text.startsWith('> '))) continue;
        if (ended !== undefined) throw new ImportRefused('lines after the end line');
        const line = JSON.parse(text) as ExportLine;
        if (!header) {
          await this.checkHeader(manager, line);
          header = true;
        } else if (line.kind === 'sequence') {
          const { name, value, called } = line;
          await manager.query(
            ...bind('SELECT setval(:name::regclass, :value::bigint, :called)', { name, value, called }),
          );
        } else if (line.kind === 'row') {
          await importer.add(line.table, line.row);
        } else if (line.kind === 'end') {
          ended = line.rows;
        } else {
          throw new ImportRefused(`unexpected line of kind ${(line as { kind: string }).kind}`);
        }
      }
      if (!header) throw new ImportRefused('the input is empty');
      const imported = await importer.finish();
      if (ended === undefined) throw new ImportRefused(`the file is cut off: no end line after ${imported} rows`);
      if (ended !== imported) throw new ImportRefused(`the end line counts ${ended} rows, the file holds ${imported}`);
      await manager.query('SET CONSTRAINTS ALL IMMEDIATE');
      for (const table of tables.values()) await this.deferSelfReferences(manager, table, false);
      return imported;
    });
  }

  private async checkHeader(manager: EntityManager, line: ExportLine): Promise<void> {
    if (line.kind !== 'header' || line.format !== EXPORT_FORMAT || line.version !== 1) {
      throw new ImportRefused(`not a ${EXPORT_FORMAT} version 1 export`);
    }
    const migration = await currentMigration(manager);
    if (line.migration !== migration) {
      throw new ImportRefused(`the export is at migration ${line.migration}, this database at ${migration || 'none'}`);
    }
    // Audit rows carry the id of the transaction that wrote them and the event log is read in that order: ids from a
    // cluster further along would sort after every new transaction here.
    const [{ behind }]: Array<{ behind: boolean }> = await manager.query(
      ...bind('SELECT pg_current_xact_id() < :tx::xid8 AS behind', { tx: line.tx }),
    );
    if (behind) {
      throw new ImportRefused(
        `this cluster's transaction counter is behind the export's (${line.tx}); restore the cluster from a base backup instead (docs/RELIABILITY.md)`,
      );
    }
  }

  private async refuseNonEmptyTarget(manager: EntityManager, tables: string[]): Promise<void> {
    const probes = tables.map(
      (name) => `SELECT '${name}' AS name WHERE EXISTS (SELECT 1 FROM ${quoteIdentifier(name)})`,
    );
    const filled: Array<{ name: string }> = await manager.query(probes.join(' UNION ALL '));
    if (filled.length) {
      throw new ImportRefused(
        `the target desk is not empty (${filled.map((row) => row.name).join(', ')}): import into a new, migrated database`,
      );
    }
  }

  /** A claim may point at a claim later in the file: its own foreign keys wait for the end of the transaction. */
  private async deferSelfReferences(manager: EntityManager, table: DeskTable, deferred = true): Promise<void> {
    for (const constraint of table.selfReferences) {
      await manager.query(
        `ALTER TABLE ${quoteIdentifier(table.name)} ALTER CONSTRAINT ${quoteIdentifier(constraint)} ${deferred ? 'DEFERRABLE INITIALLY DEFERRED' : 'NOT DEFERRABLE'}`,
      );
    }
  }
}

/** Rows gathered per table and written BATCH_ROWS at a time. */
class BatchedRows {
  private table?: DeskTable;
  private rows: Record<string, unknown>[] = [];
  private readonly started = new Set<string>();
  private count = 0;

  constructor(
    private readonly manager: EntityManager,
    private readonly tables: Map<string, DeskTable>,
  ) {}

  async add(tableName: string, row: Record<string, unknown>): Promise<void> {
    if (tableName !== this.table?.name) {
      await this.flush();
      const table = this.tables.get(tableName);
      if (!table) throw new ImportRefused(`the export holds rows of a table this desk has not: ${tableName}`);
      this.table = table;
      await this.start(table);
    }
    this.rows.push(row);
    if (this.rows.length >= BATCH_ROWS) await this.flush();
  }

  async finish(): Promise<number> {
    await this.flush();
    // tables the file holds no rows for: empty them of what insert triggers wrote, as for the others
    for (const table of this.tables.values()) await this.start(table);
    return this.count;
  }

  /**
   * Insert triggers fill derived tables (the search documents of claims and articles) while their base rows go in;
   * the file holds those rows as exported, so the derived rows are cleared just before (the target started empty).
   */
  private async start(table: DeskTable): Promise<void> {
    if (this.started.has(table.name)) return;
    this.started.add(table.name);
    await this.manager.query(`DELETE FROM ${quoteIdentifier(table.name)}`);
  }

  private async flush(): Promise<void> {
    if (!this.table || !this.rows.length) return;
    const columns = this.table.columns.map(quoteIdentifier).join(', ');
    const name = quoteIdentifier(this.table.name);
    await this.manager.query(
      ...bind(
        `INSERT INTO ${name} (${columns}) OVERRIDING SYSTEM VALUE
         SELECT ${columns} FROM jsonb_populate_recordset(NULL::${name}, :rows::jsonb)`,
        { rows: JSON.stringify(this.rows) },
      ),
    );
    this.count += this.rows.length;
    this.rows = [];
  }
}
