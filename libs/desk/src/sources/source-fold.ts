import type { EntityManager } from 'typeorm';
import { mergedNotes, RegistrySource } from './alias-plan';

export interface FoldResult {
  folded: { id: string; name: string; type: string }[];
  /** Claims whose source moved to the target. */
  claims: number;
  /** Claims whose relay moved to the target. */
  relayed: number;
}

const movedCount = async (manager: EntityManager, sql: string, params: unknown[]): Promise<number> =>
  (await manager.query(`WITH moved AS (${sql} RETURNING 1) SELECT count(*)::int AS n FROM moved`, params))[0].n;

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
  const ids = rows.map((row) => row.id);
  const claims = await movedCount(
    manager,
    `UPDATE claims SET source_id = $1, updated_at = now() WHERE source_id = ANY($2::uuid[])`,
    [target.id, ids],
  );
  const relayed = await movedCount(
    manager,
    `UPDATE claims SET via_source_id = $1, updated_at = now() WHERE via_source_id = ANY($2::uuid[])`,
    [target.id, ids],
  );
  await manager.query(`UPDATE claim_match_keys SET source_id = $1 WHERE source_id = ANY($2::uuid[])`, [target.id, ids]);
  await manager.query(`UPDATE source_aliases SET source_id = $1 WHERE source_id = ANY($2::uuid[])`, [target.id, ids]);
  await manager.query(`UPDATE sources SET notes = $2, updated_at = now() WHERE id = $1`, [
    target.id,
    mergedNotes(target, rows),
  ]);
  await manager.query(`DELETE FROM sources WHERE id = ANY($1::uuid[])`, [ids]);
  return { folded, claims, relayed };
}
