import { GENERIC_MEDIA_NOUNS, MEDIA_KINDS } from '../lexicon/outlets';
import { escape } from '../source-phrase/name-patterns';
import { type EntityStore, type Outlet } from './entity-store';

/** Whether an outlet the text described with `noun` may be what a later `reference` ("the paper") means. */
const ofKind = (reference: string, noun: string): boolean =>
  GENERIC_MEDIA_NOUNS.includes(reference) ||
  GENERIC_MEDIA_NOUNS.includes(noun) ||
  MEDIA_KINDS.some((kind) => kind.includes(reference) && kind.includes(noun));

const mediaNoun = (roles: string[]) => roles.find((role) => MEDIA_KINDS.some((kind) => kind.includes(role))) ?? null;

/** The outlets relayed, quoted or named before `position`, one per name: where last named, with any noun given. */
function outletsBefore(store: EntityStore, position: number): Outlet[] {
  const named: Outlet[] = store.entities
    .filter((e) => e.type === 'media')
    .map((e) => ({ name: e.name, noun: mediaNoun(e.roles), position: e.position }));
  const outlets = new Map<string, Outlet>();
  for (const outlet of [...store.outlets, ...named]) {
    const known = outlets.get(outlet.name);
    if (outlet.position <= position)
      outlets.set(outlet.name, {
        name: outlet.name,
        noun: known?.noun ?? outlet.noun,
        position: Math.max(known?.position ?? -1, outlet.position),
      });
  }
  return [...outlets.values()];
}

/** The last of `outlets` that `accept` takes. */
function lastOf(outlets: Outlet[], accept: (outlet: Outlet) => boolean): string | null {
  let last: Outlet | null = null;
  for (const outlet of outlets) if (accept(outlet) && (!last || outlet.position > last.position)) last = outlet;
  return last?.name ?? null;
}

/**
 * The outlet a reference ("told the magazine", "the same newspaper reported") points back to: the last one before
 * `position` that the text has not described as another kind ("the paper" skips "the broadcaster Kanal 5").
 */
export function outletReferredTo(store: EntityStore, reference: string, position: number): string | null {
  return lastOf(outletsBefore(store, position), (outlet) => !outlet.noun || ofKind(reference, outlet.noun));
}

/** The last word of a name of several ("the Ledger" for "Harlow Falls Ledger"), which later mentions may use alone. */
const shortNameOf = (name: string): string | null => {
  const last = name.slice(name.lastIndexOf(' ') + 1);
  return last !== name && /^\p{Lu}\p{L}{2,}$/u.test(last) ? last : null;
};

/** The outlet named before in full that a short name stands for: "obtained by the Ledger" -> "Harlow Falls Ledger". */
export function outletInFull(store: EntityStore, name: string, position: number): string | null {
  return lastOf(outletsBefore(store, position), (outlet) => shortNameOf(outlet.name) === name);
}

/**
 * An outlet named before, addressed again in the words of an attribution ("told the Ledger", "in an email to WHFX",
 * "in a statement sent to Lusa"): the relay, though its name alone does not say it is an outlet.
 */
export function outletAddressed(store: EntityStore, attribution: string, position: number): string | null {
  const addressed = (name: string | null) =>
    !!name &&
    new RegExp(`\\b(?:told|to|with|by)\\s+(?:the\\s+)?${escape(name)}(?![\\p{L}\\p{M}])`, 'u').test(attribution);
  return lastOf(
    outletsBefore(store, position),
    (outlet) => addressed(outlet.name) || addressed(shortNameOf(outlet.name)),
  );
}
