import { runMigrations } from '@factdesk/persistence';
import { type AppConfig, diagnosePostgresError } from '@factdesk/platform';
import { ensureDatabaseExists } from './postgres';

/** Creates the database if missing and applies pending migrations (under an advisory lock). */
export async function migrate(config: AppConfig): Promise<void> {
  await ensureDatabaseExists(config);
  const applied = await runMigrations(config.DATABASE_URL).catch((error: unknown) => {
    throw diagnosePostgresError(error, config.DATABASE_URL);
  });
  console.log(applied.length ? `applied migrations: ${applied.join(', ')}` : 'schema is up to date');
}
