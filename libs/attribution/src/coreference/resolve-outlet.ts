import { GENERIC_MEDIA_NOUNS, MEDIA_KINDS } from '../lexicon/outlets';
import { type EntityStore, type Outlet } from './entity-store';

/** Whether an outlet the text described with `noun` may be what a later `reference` ("the paper") means. */
const ofKind = (reference: string, noun: string): boolean =>
  GENERIC_MEDIA_NOUNS.includes(reference) ||
  GENERIC_MEDIA_NOUNS.includes(noun) ||
  MEDIA_KINDS.some((kind) => kind.includes(reference) && kind.includes(noun));

/**
 * The outlet a reference ("told the magazine", "the same newspaper reported") points back to: the last one before
 * `position` that the text has not described as another kind ("the paper" skips "the broadcaster Kanal 5").
 */
export function outletReferredTo(store: EntityStore, reference: string, position: number): string | null {
  const mediaNoun = (roles: string[]) => roles.find((role) => MEDIA_KINDS.some((kind) => kind.includes(role))) ?? null;
  const named: Outlet[] = store.entities
    .filter((e) => e.type === 'media')
    .map((e) => ({ name: e.name, noun: mediaNoun(e.roles), position: e.position }));
  // One outlet per name: where it was last named, described by any noun the text gave it.
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
  let referred: Outlet | null = null;
  for (const outlet of outlets.values()) {
    if ((!outlet.noun || ofKind(reference, outlet.noun)) && (!referred || outlet.position > referred.position))
      referred = outlet;
  }
  return referred?.name ?? null;
}
