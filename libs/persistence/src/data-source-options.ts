import { join } from 'path';
import { type DataSourceOptions } from 'typeorm';
import { ENTITIES } from './entities';

/** Compiled migrations live beside the compiled libs in dist/ (tsc keeps the repo layout). */
export const MIGRATIONS_GLOB = join(__dirname, '..', '..', '..', 'migrations', '*.{js,ts}');

/** `applicationName` names the pool's connections in pg_stat_activity. */
export function dataSourceOptions(databaseUrl: string, poolSize = 10, applicationName?: string): DataSourceOptions {
  return {
    type: 'postgres',
    url: databaseUrl,
    applicationName,
    entities: ENTITIES,
    migrations: [MIGRATIONS_GLOB],
    migrationsTableName: 'typeorm_migrations',
    synchronize: false,
    uuidExtension: 'pgcrypto',
    extra: { max: poolSize, connectionTimeoutMillis: 5_000 },
  };
}
