import type { EntityManager } from 'typeorm';
import { bind } from '@factdesk/persistence';
import { registerSources, registryParams, type SourceRef, sourceRows } from './source-rows';

export interface RegisteredSource {
  sourceId: string;
  viaSourceId: string | null;
}

/** Registers each distinct source and relay once (aliases resolved) and returns their ids per input, in order. */
export async function upsertSources(manager: EntityManager, refs: SourceRef[]): Promise<RegisteredSource[]> {
  const rows = sourceRows(refs);
  if (rows.registry.length === 0) return [];
  const slots: { slot: string; id: string }[] = await manager.query(
    ...bind(`WITH ${registerSources()} SELECT slot, id FROM slots`, registryParams(rows)),
  );
  const idAt = new Map(slots.map((row) => [Number(row.slot), row.id]));
  return refs.map((_, index) => ({
    sourceId: idAt.get(rows.sourceSlot[index]) as string,
    viaSourceId: rows.viaSlot[index] === null ? null : (idAt.get(rows.viaSlot[index]) as string),
  }));
}
