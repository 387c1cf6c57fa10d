import type { EntityManager } from 'typeorm';
import { normaliseSourceName } from '@factdesk/attribution';

export interface SourceRef {
  source: string;
  sourceType: string;
}

const key = (name: string, type: string) => `${type}\u0000${name}`;

/** Registers each distinct (normalised name, type) once and returns the source id per claim, in order. */
export async function upsertSources(manager: EntityManager, refs: SourceRef[]): Promise<string[]> {
  const normalised = refs.map((ref) => ({ ...ref, name: normaliseSourceName(ref.source) || ref.source.toLowerCase() }));
  // Sorted so concurrent transactions lock source rows in the same order and cannot deadlock.
  const distinct = [...new Map(normalised.map((ref) => [key(ref.name, ref.sourceType), ref])).entries()]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([, ref]) => ref);
  if (distinct.length === 0) return [];
  const rows: { id: string; normalised_name: string; type: string }[] = await manager.query(
    `INSERT INTO sources (name, normalised_name, type)
     SELECT * FROM unnest($1::text[], $2::text[], $3::text[])
     ON CONFLICT (normalised_name, type) DO UPDATE SET normalised_name = EXCLUDED.normalised_name
     RETURNING id, normalised_name, type`,
    [distinct.map((ref) => ref.source), distinct.map((ref) => ref.name), distinct.map((ref) => ref.sourceType)],
  );
  const ids = new Map(rows.map((row) => [key(row.normalised_name, row.type), row.id]));
  return normalised.map((ref) => ids.get(key(ref.name, ref.sourceType)) as string);
}
