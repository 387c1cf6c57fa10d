import { DataSource } from 'typeorm';
import { ApiKeyEntity, dataSourceOptions, ensureDatabase } from '@factdesk/persistence';
import { ApiKeysService, type AppConfig, diagnosePostgresError } from '@factdesk/platform';

/** Creates the database if missing; an unreachable server is one line naming it, at once, with no retries. */
export async function ensureDatabaseExists(config: AppConfig): Promise<void> {
  try {
    if (await ensureDatabase(config.DATABASE_URL)) console.log('created database');
  } catch (error) {
    throw diagnosePostgresError(error, config.DATABASE_URL);
  }
}

/**
 * Runs `work` on a small pool of its own: one attempt and a one-line diagnosis (server down, database missing or not
 * migrated) instead of the application context's retries and stack traces.
 */
export async function withDatabase<T>(config: AppConfig, work: (dataSource: DataSource) => Promise<T>): Promise<T> {
  const dataSource = new DataSource(dataSourceOptions(config.DATABASE_URL, 8));
  try {
    await dataSource.initialize();
    return await work(dataSource);
  } catch (error) {
    throw diagnosePostgresError(error, config.DATABASE_URL);
  } finally {
    if (dataSource.isInitialized) await dataSource.destroy();
  }
}

/** `work` with the API-key service (withDatabase). */
export const withApiKeys = <T>(config: AppConfig, work: (keys: ApiKeysService) => Promise<T>): Promise<T> =>
  withDatabase(config, (dataSource) => work(new ApiKeysService(dataSource.getRepository(ApiKeyEntity))));
