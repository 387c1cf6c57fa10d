import { normaliseSourceName } from '@factdesk/attribution';

export interface SourceRef {
  source: string;
  sourceType: string;
}

export interface SourceRows {
  /** Each distinct (key, type) once, sorted so concurrent writers lock source rows in the same order (no deadlock). */
  registry: { name: string; key: string; type: string }[];
  /** The registry key of each input, in input order. */
  keyPerClaim: string[];
}

export function sourceRows(refs: SourceRef[]): SourceRows {
  const keyPerClaim = refs.map((ref) => normaliseSourceName(ref.source) || ref.source.toLowerCase());
  const distinct = new Map<string, { name: string; key: string; type: string }>();
  refs.forEach((ref, index) => {
    const key = keyPerClaim[index];
    distinct.set(`${ref.sourceType}\u0000${key}`, { name: ref.source, key, type: ref.sourceType });
  });
  const registry = [...distinct.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([, row]) => row);
  return { registry, keyPerClaim };
}
