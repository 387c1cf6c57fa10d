import { ensureDatabase, runMigrations } from '@factdesk/persistence';
import { AppConfig } from '@factdesk/platform';

/** Creates the database if missing and applies pending migrations (under an advisory lock). */
export async function migrate(config: AppConfig): Promise<void> {
  if (await ensureDatabase(config.DATABASE_URL)) console.log('created database');
  const applied = await runMigrations(config.DATABASE_URL);
  console.log(applied.length ? `applied migrations: ${applied.join(', ')}` : 'schema is up to date');
}
