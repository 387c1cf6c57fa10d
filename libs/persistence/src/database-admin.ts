import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from './data-source-options';
import { bind } from './named-parameters';

const MIGRATION_LOCK_KEY = 4_201_977_361;

export function databaseName(databaseUrl: string): string {
  return decodeURIComponent(new URL(databaseUrl).pathname.slice(1));
}

function maintenanceUrl(databaseUrl: string): string {
  const url = new URL(databaseUrl);
  url.pathname = '/postgres';
  return url.toString();
}

/** Creates the database named in the URL when it does not exist yet; returns whether it did. */
export async function ensureDatabase(databaseUrl: string): Promise<boolean> {
  const name = databaseName(databaseUrl);
  const client = new Client({ connectionString: maintenanceUrl(databaseUrl), connectionTimeoutMillis: 5_000 });
  await client.connect();
  try {
    const { rowCount } = await client.query(...bind('SELECT 1 FROM pg_database WHERE datname = :name', { name }));
    if (rowCount) return false;
    const quoted = `"${name.replace(/"/g, '""')}"`;
    await client.query(`CREATE DATABASE ${quoted}`).catch((error: { code?: string }) => {
      if (error.code !== '42P04') throw error; // created by a concurrent starter
    });
    return true;
  } finally {
    await client.end();
  }
}

export async function dropDatabase(databaseUrl: string): Promise<void> {
  const client = new Client({ connectionString: maintenanceUrl(databaseUrl) });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS "${databaseName(databaseUrl).replace(/"/g, '""')}" WITH (FORCE)`);
  } finally {
    await client.end();
  }
}

/** Runs pending migrations under an advisory lock so two starting processes never race. */
export async function runMigrations(databaseUrl: string): Promise<string[]> {
  const dataSource = new DataSource({ ...dataSourceOptions(databaseUrl, 2), migrationsTransactionMode: 'each' });
  await dataSource.initialize();
  const runner = dataSource.createQueryRunner();
  try {
    await runner.connect();
    await runner.query(...bind('SELECT pg_advisory_lock(:lockKey)', { lockKey: MIGRATION_LOCK_KEY }));
    const applied = await dataSource.runMigrations();
    return applied.map((migration) => migration.name);
  } finally {
    await runner
      .query(...bind('SELECT pg_advisory_unlock(:lockKey)', { lockKey: MIGRATION_LOCK_KEY }))
      .catch(() => undefined);
    await runner.release();
    await dataSource.destroy();
  }
}
