/** A registry row as the alias decision sees it. */
export interface RegistrySource {
  id: string;
  name: string;
  key: string;
  type: string;
  notes: string | null;
}

/** The alias row that already holds the key, if any. */
export interface AliasHolder {
  aliasId: string;
  alias: string;
  sourceId: string;
  sourceName: string;
}

export type AliasPlan =
  | { kind: 'refuse'; message: string; details: Record<string, unknown> }
  /** Insert the alias (or keep the one this source already has) and fold `fold` into the target. */
  | { kind: 'add'; existingAliasId: string | null; fold: RegistrySource[] };

/**
 * Whether `alias` (registry key `aliasKey`) may become a name of `target`, and which registry rows it folds in:
 * every other row under that key, whatever its type ("Bloomberg News" the media outlet and any stray row).
 * Repeating an alias this source already has is refused, unless rows under its key appeared since (a claim stored
 * in the instant the alias was added): then it folds them.
 */
export function planAlias(
  target: RegistrySource,
  alias: string,
  aliasKey: string,
  holder: AliasHolder | null,
  sameKey: RegistrySource[],
): AliasPlan {
  const details = { alias, aliasKey, sourceId: target.id };
  if (aliasKey === target.key) {
    return {
      kind: 'refuse',
      message: `"${alias}" is already this source's own name (registry key "${aliasKey}")`,
      details,
    };
  }
  if (holder && holder.sourceId !== target.id) {
    return {
      kind: 'refuse',
      message: `"${alias}" is already an alias of ${holder.sourceName} (${holder.sourceId}); remove it there first`,
      details: { ...details, aliasOf: holder.sourceId, aliasOfName: holder.sourceName, aliasId: holder.aliasId },
    };
  }
  const fold = sameKey.filter((row) => row.id !== target.id);
  if (holder && fold.length === 0) {
    return {
      kind: 'refuse',
      message: `"${alias}" is already an alias of this source`,
      details: { ...details, aliasId: holder.aliasId },
    };
  }
  return { kind: 'add', existingAliasId: holder?.aliasId ?? null, fold };
}

/** The target's notes with each folded row's notes appended under its name, so nothing an editor wrote is lost. */
export function mergedNotes(target: RegistrySource, folded: RegistrySource[]): string | null {
  const parts = [
    target.notes,
    ...folded.filter((row) => row.notes).map((row) => `[from ${row.name}, ${row.type}] ${row.notes}`),
  ];
  const kept = parts.filter((part): part is string => Boolean(part));
  return kept.length ? kept.join('\n\n') : null;
}
