import type { PoolClient } from 'pg';
import QueryStream from 'pg-query-stream';
import type { Writable } from 'stream';
import type { DataSource, EntityManager } from 'typeorm';
import {
  currentMigration,
  deskSequences,
  deskTables,
  EXPORT_FORMAT,
  type ExportLine,
  quoteIdentifier,
} from './desk-tables';

/** Writes one line, waiting for the reader when its buffer is full, so memory holds a batch, never the desk. */
async function writeLine(out: Writable, line: ExportLine): Promise<void> {
  if (!out.write(`${JSON.stringify(line)}\n`)) await new Promise((resolve) => out.once('drain', resolve));
}

/**
 * The whole desk as NDJSON (header, sequences, every row of every table, end line), read in one REPEATABLE READ
 * snapshot so the file is consistent however busy the desk is; rows stream through a server-side cursor.
 */
export class DeskExport {
  constructor(private readonly dataSource: DataSource) {}

  async writeTo(out: Writable): Promise<number> {
    return this.dataSource.transaction('REPEATABLE READ', async (manager) => {
      await manager.query('SET TRANSACTION READ ONLY');
      const [{ tx }]: Array<{ tx: string }> = await manager.query('SELECT pg_current_snapshot()::text AS tx');
      await writeLine(out, {
        kind: 'header',
        format: EXPORT_FORMAT,
        version: 1,
        migration: await currentMigration(manager),
        // the snapshot's xmax: every transaction id stored in the rows is below it (see the import's check)
        tx: tx.split(':')[1],
        exportedAt: new Date().toISOString(),
      });
      for (const { name } of await deskSequences(manager)) {
        const [state]: Array<{ value: string; called: boolean }> = await manager.query(
          `SELECT last_value::text AS value, is_called AS called FROM ${quoteIdentifier(name)}`,
        );
        await writeLine(out, { kind: 'sequence', name, ...state });
      }
      let rows = 0;
      for (const table of await deskTables(manager))
        rows += await this.writeTable(manager, table.name, table.columns, out);
      await writeLine(out, { kind: 'end', rows });
      return rows;
    });
  }

  private async writeTable(manager: EntityManager, table: string, columns: string[], out: Writable): Promise<number> {
    // the transaction's own connection, so the cursor reads the export's snapshot
    const client = (await manager.queryRunner!.connect()) as PoolClient;
    const selected = columns.map(quoteIdentifier).join(', ');
    const stream = client.query(
      new QueryStream(`SELECT to_jsonb(t) AS row FROM (SELECT ${selected} FROM ${quoteIdentifier(table)}) t`, [], {
        batchSize: 500,
        highWaterMark: 500,
      }),
    );
    let count = 0;
    for await (const { row } of stream as AsyncIterable<{ row: Record<string, unknown> }>) {
      await writeLine(out, { kind: 'row', table, row });
      count++;
    }
    return count;
  }
}
