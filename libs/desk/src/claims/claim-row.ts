import type { EntityManager, EntityMetadata } from 'typeorm';
import { ClaimEntity, queryPrepared } from '@factdesk/persistence';

/** A `claims` row as a statement returns it (column names) to the entity (property names). */
export function claimFromRow(metadata: EntityMetadata, row: Record<string, unknown>): ClaimEntity {
  const claim = metadata.create() as ClaimEntity;
  for (const column of metadata.columns) (claim as unknown as Record<string, unknown>)[column.propertyName] = row[column.databaseName];
  return claim;
}

const selectById = new WeakMap<EntityMetadata, string>();

/** The claim with this id, read by a prepared statement (triage reads one or two per claim it places). */
export async function findClaim(manager: EntityManager, id: string): Promise<ClaimEntity | null> {
  const metadata = manager.dataSource.getMetadata(ClaimEntity);
  let text = selectById.get(metadata);
  if (!text) {
    text = `SELECT ${metadata.columns.map((column) => `"${column.databaseName}"`).join(', ')} FROM claims WHERE id = $1`;
    selectById.set(metadata, text);
  }
  const [row] = await queryPrepared<Record<string, unknown>>(manager, text, [id]);
  return row ? claimFromRow(metadata, row) : null;
}
