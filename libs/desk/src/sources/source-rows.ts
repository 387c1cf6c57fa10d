import { PLATFORMS } from '@factdesk/attribution';
import { sourceKey, unnamedSourcesOf } from '@factdesk/matching';

export interface SourceRef {
  source: string;
  sourceType: string;
  via?: string | null;
}

export interface RegistryRow {
  name: string;
  key: string;
  type: string;
}

export interface SourceRows {
  /** Each distinct (key, type) once, sorted so concurrent writers lock source rows in the same order (no deadlock). */
  registry: RegistryRow[];
  /** Per input, in input order: the 1-based position of its source in `registry`. */
  sourceSlot: number[];
  /** Per input: the position of its relay in `registry`, or null when it has none. */
  viaSlot: (number | null)[];
}

const PLATFORM_KEYS = new Set(PLATFORMS.map(sourceKey));

/** A relay is registered as a source too, so its track record can be kept: platforms as social, the rest as media. */
export const relayType = (key: string): string => (PLATFORM_KEYS.has(key) ? 'social' : 'media');

/** The registry key of a name (also of an alias, so an alias meets the rows it names). */
export const keyOf = (name: string): string => sourceKey(name) || name.trim().toLowerCase();

const endsWithName = (full: string, short: string) => full.length > short.length && full.endsWith(` ${short}`);

/**
 * "Abu Qasra" and "Qasra" are "Marhaf Abu Qasra" when the same article names him in full: a person key that is the last
 * words of exactly one full name in the batch (a key that is not itself the end of a longer one) takes that key.
 */
function fullNames(keys: string[], types: string[]): Map<string, string> {
  const people = [...new Set(keys.filter((_, index) => types[index] === 'person'))];
  const full = people.filter((key) => !people.some((other) => endsWithName(other, key)));
  const resolved = new Map<string, string>();
  for (const short of people) {
    const longer = full.filter((name) => endsWithName(name, short));
    if (longer.length === 1) resolved.set(short, longer[0]);
  }
  return resolved;
}

/** Sources whose relay the article may name once for all their mentions ("memo shows" / "a memo seen by X"). */
const RELAYED_TYPES = new Set(['anonymous', 'document']);

/**
 * The relay of each claim: its own, or for an anonymous source or a document without one, the relay another claim of
 * the same article gives the same source ("Cloudline to cut jobs, memo shows" after "a memo seen by The Information").
 */
function relaysOf(refs: SourceRef[]): (string | null)[] {
  const phrase = refs.map((ref) => keyOf(ref.source));
  return refs.map(
    (ref, index) =>
      ref.via ??
      (RELAYED_TYPES.has(ref.sourceType)
        ? (refs.find((other, at) => other.via && other.sourceType === ref.sourceType && phrase[at] === phrase[index])
            ?.via ?? null)
        : null),
  );
}

/**
 * `outlet`: the outlet whose article the claims come from; its unnamed sources are those of a claim without a relay.
 * A claim entered by hand without an article or a relay keeps its anonymous phrase as its key.
 */
export function sourceRows(refs: SourceRef[], outlet: string | null = null): SourceRows {
  const types = refs.map((ref) => ref.sourceType);
  const relays = relaysOf(refs);
  const unnamed = refs.map((ref, index) => {
    const relay = ref.sourceType === 'anonymous' ? (relays[index] ?? outlet) : null;
    return relay ? unnamedSourcesOf(relay) : null;
  });
  const rawKeys = refs.map((ref, index) => unnamed[index]?.key ?? keyOf(ref.source));
  const longer = fullNames(rawKeys, types);
  const distinct = new Map<string, RegistryRow>();
  const add = (name: string, key: string, type: string) => {
    const id = `${type}\u0000${key}`;
    if (!distinct.has(id)) distinct.set(id, { name, key, type });
    return id;
  };
  const sourceIds = refs.map((ref, index) => {
    const key = longer.get(rawKeys[index]) ?? rawKeys[index];
    const fullName =
      unnamed[index]?.name ??
      refs.find((_other, at) => rawKeys[at] === key && types[at] === ref.sourceType)?.source ??
      ref.source;
    return add(fullName, key, ref.sourceType);
  });
  const viaIds = relays.map((via) => {
    if (!via) return null;
    const key = keyOf(via);
    return add(via, key, relayType(key));
  });
  const ordered = [...distinct.keys()].sort();
  const slot = new Map(ordered.map((id, index) => [id, index + 1]));
  return {
    registry: ordered.map((id) => distinct.get(id) as RegistryRow),
    sourceSlot: sourceIds.map((id) => slot.get(id) as number),
    viaSlot: viaIds.map((id) => (id === null ? null : (slot.get(id) as number))),
  };
}

/**
 * SQL (CTEs `named`, `registered`, `slots`, for `bind`) that registers the `registry` rows passed as
 * `...registryParams(rows)` and yields `slots(slot, id)`: the source id of each registry position. A name an editor
 * made an alias resolves to its source without creating a row. `guard` limits the insert (e.g. `AND EXISTS (...)`).
 */
export const registerSources = (guard = ''): string => `
  named AS (
    SELECT k.slot, k.name, k.key, k.type, a.source_id AS alias_of
    FROM unnest(:registryNames::text[], :registryKeys::text[], :registryTypes::text[]) WITH ORDINALITY AS k(name, key, type, slot)
    LEFT JOIN source_aliases a ON a.alias_key = k.key
  ), registered AS (
    INSERT INTO sources (name, normalised_name, type)
    SELECT name, key, type FROM named WHERE alias_of IS NULL ${guard} ORDER BY slot
    ON CONFLICT (normalised_name, type) DO UPDATE SET normalised_name = EXCLUDED.normalised_name
    RETURNING id, normalised_name, type
  ), slots AS (
    SELECT named.slot, coalesce(named.alias_of, registered.id) AS id
    FROM named LEFT JOIN registered ON registered.normalised_name = named.key AND registered.type = named.type
  )`;

/** The registry rows as the three arrays `registerSources` unnests, named as its parameters. */
export const registryParams = (
  rows: SourceRows,
): { registryNames: string[]; registryKeys: string[]; registryTypes: string[] } => ({
  registryNames: rows.registry.map((row) => row.name),
  registryKeys: rows.registry.map((row) => row.key),
  registryTypes: rows.registry.map((row) => row.type),
});
