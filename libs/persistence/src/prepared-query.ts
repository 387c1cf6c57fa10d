import { createHash } from 'crypto';
import type { Pool, PoolClient } from 'pg';
import type { DataSource, EntityManager } from 'typeorm';

const names = new Map<string, string>();

/** A statement's name is a digest of its text: pg keeps one plan per name and connection, so a name never means two texts. */
function statementName(text: string): string {
  let name = names.get(text);
  if (!name) {
    name = `fd_${createHash('sha1').update(text).digest('hex').slice(0, 24)}`;
    names.set(text, name);
  }
  return name;
}

/**
 * Runs `text` as a named prepared statement, so each connection parses and plans it once instead of on every call
 * (for the intake and triage statements, planning cost PostgreSQL about as much as running them). Given a manager of
 * a transaction it runs on that transaction's connection, otherwise on the pool.
 */
export async function queryPrepared<T>(
  target: DataSource | EntityManager,
  text: string,
  values: unknown[],
): Promise<T[]> {
  const manager = 'manager' in target ? target.manager : target;
  const runner = manager.queryRunner;
  const client: Pool | PoolClient =
    runner && !runner.isReleased
      ? ((await runner.connect()) as PoolClient)
      : (manager.dataSource.driver as unknown as { master: Pool }).master;
  return (await client.query({ name: statementName(text), text, values })).rows as T[];
}
