import type { EntityManager } from 'typeorm';
import { SourceRef, sourceRows } from './source-rows';

/** Registers each distinct (normalised name, type) once and returns the source id per claim, in order. */
export async function upsertSources(manager: EntityManager, refs: SourceRef[]): Promise<string[]> {
  const { registry, keyPerClaim } = sourceRows(refs);
  if (registry.length === 0) return [];
  const rows: { id: string; normalised_name: string; type: string }[] = await manager.query(
    `INSERT INTO sources (name, normalised_name, type)
     SELECT * FROM unnest($1::text[], $2::text[], $3::text[])
     ON CONFLICT (normalised_name, type) DO UPDATE SET normalised_name = EXCLUDED.normalised_name
     RETURNING id, normalised_name, type`,
    [registry.map((row) => row.name), registry.map((row) => row.key), registry.map((row) => row.type)],
  );
  const ids = new Map(rows.map((row) => [`${row.type}\u0000${row.normalised_name}`, row.id]));
  return refs.map((ref, index) => ids.get(`${ref.sourceType}\u0000${keyPerClaim[index]}`) as string);
}
