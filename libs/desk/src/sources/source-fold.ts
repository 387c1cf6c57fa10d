import type { EntityManager } from 'typeorm';
import { bind } from '@factdesk/persistence';
import { recordDomainEvent } from '../events/domain-events';
import { mergedNotes, type RegistrySource } from './alias-plan';

export interface FoldResult {
  folded: { id: string; name: string; type: string }[];
  /** Claims whose source moved to the target. */
  claims: number;
  /** Claims whose relay moved to the target. */
  relayed: number;
}

const movedCount = async (manager: EntityManager, sql: string, params: Record<string, unknown>): Promise<number> =>
  (
    await manager.query<{ n: number }[]>(
      ...bind(`WITH moved AS (${sql} RETURNING 1) SELECT count(*)::int AS n FROM moved`, params),
    )
  )[0].n;

/**
 * Folds registry rows into `target` inside the caller's transaction (rows already locked): their claims, relayed
 * claims and aliases move over, their notes are appended, and the rows go. Claims keep the name the article used
 * (`source_name`) and their version: the registry link is not review state.
 */
export async function foldSources(
  manager: EntityManager,
  target: RegistrySource,
  rows: RegistrySource[],
): Promise<FoldResult> {
  const folded = rows.map(({ id, name, type }) => ({ id, name, type }));
  if (rows.length === 0) return { folded, claims: 0, relayed: 0 };
  const moved = { target: target.id, ids: rows.map((row) => row.id) };
  const claims = await movedCount(
    manager,
    `UPDATE claims SET source_id = :target, updated_at = now() WHERE source_id = ANY(:ids::uuid[])`,
    moved,
  );
  const relayed = await movedCount(
    manager,
    `UPDATE claims SET via_source_id = :target, updated_at = now() WHERE via_source_id = ANY(:ids::uuid[])`,
    moved,
  );
  await manager.query(
    ...bind(`UPDATE claim_match_keys SET source_id = :target WHERE source_id = ANY(:ids::uuid[])`, moved),
  );
  await manager.query(
    ...bind(`UPDATE source_aliases SET source_id = :target WHERE source_id = ANY(:ids::uuid[])`, moved),
  );
  await manager.query(
    ...bind(`UPDATE sources SET notes = :notes, updated_at = now() WHERE id = :target`, {
      target: target.id,
      notes: mergedNotes(target, rows),
    }),
  );
  await manager.query(...bind(`DELETE FROM sources WHERE id = ANY(:ids::uuid[])`, { ids: moved.ids }));
  // The stats rollups count claims per source: they move the folded rows' counts over.
  await recordDomainEvent(manager, { type: 'source.folded', payload: { into: target.id, folded: moved.ids } });
  return { folded, claims, relayed };
}
