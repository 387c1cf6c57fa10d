import type { EntityManager, EntityMetadata } from 'typeorm';
import { bind, ClaimEntity, queryPrepared } from '@factdesk/persistence';

/** A `claims` row as a statement returns it (column names) to the entity (property names). */
export function claimFromRow(metadata: EntityMetadata, row: Record<string, unknown>): ClaimEntity {
  const claim = metadata.create() as ClaimEntity;
  for (const column of metadata.columns)
    (claim as unknown as Record<string, unknown>)[column.propertyName] = row[column.databaseName];
  return claim;
}

const selectByIds = new WeakMap<EntityMetadata, string>();

/** The claims with these ids that exist, in no particular order, read by one prepared statement (triage reads a batch). */
export async function findClaims(manager: EntityManager, ids: string[]): Promise<ClaimEntity[]> {
  const metadata = manager.dataSource.getMetadata(ClaimEntity);
  let text = selectByIds.get(metadata);
  if (!text) {
    text = `SELECT ${metadata.columns.map((column) => `"${column.databaseName}"`).join(', ')} FROM claims WHERE id = ANY(:ids::uuid[])`;
    selectByIds.set(metadata, text);
  }
  const rows = await queryPrepared<Record<string, unknown>>(manager, ...bind(text, { ids }));
  return rows.map((row) => claimFromRow(metadata, row));
}

export async function findClaim(manager: EntityManager, id: string): Promise<ClaimEntity | null> {
  const [claim] = await findClaims(manager, [id]);
  return claim ?? null;
}
