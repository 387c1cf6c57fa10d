import { DeskExport, DeskImport, ImportRefused } from '@factdesk/desk';
import type { AppConfig } from '@factdesk/platform';
import { parseOptions, UsageError } from './args';
import { withDatabase } from './postgres';

/** export > desk.ndjson: the whole desk as NDJSON on stdout, one consistent snapshot, streamed. */
export async function exportDesk(config: AppConfig, argv: string[]): Promise<void> {
  parseOptions(argv, { values: [] });
  const rows = await withDatabase(config, (dataSource) => new DeskExport(dataSource).writeTo(process.stdout));
  console.error(`exported ${rows} rows`);
}

/** import < desk.ndjson: an export read into this (new, migrated) database, all or nothing. */
export async function importDesk(config: AppConfig, argv: string[]): Promise<void> {
  parseOptions(argv, { values: [] });
  if (process.stdin.isTTY)
    throw new UsageError('import reads an export on stdin: npm run -s cli -- import < desk.ndjson');
  try {
    const rows = await withDatabase(config, (dataSource) => new DeskImport(dataSource).readFrom(process.stdin));
    console.error(`imported ${rows} rows`);
  } catch (error) {
    if (error instanceof ImportRefused) throw new UsageError(`import refused, nothing written: ${error.message}`);
    throw error;
  }
}
