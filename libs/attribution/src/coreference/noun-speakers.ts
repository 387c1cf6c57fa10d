import { NOUN_SPEAKERS } from '../lexicon/noun-speakers';
import { type Entity, type EntityStore } from './entity-store';
import { sectorOf } from './sectors';

/**
 * Whom a bare noun stands for when no name ends in it ("the regulator", a headline's "Government says"): the rule
 * NOUN_SPEAKERS gives the noun, and for any other noun the first organisation quoted (else named) with that noun in
 * its name.
 */
export function speakerFor(store: EntityStore, head: string): Entity | null {
  const rule = NOUN_SPEAKERS.get(head);
  // A headline's "Central bank says" is the organisation whose name has that noun anywhere ("Bank of Ghana").
  if (!rule) return store.firstQuotedElseNamed((e) => e.type === 'organization' && e.padded.includes(` ${head} `));
  const accept = (e: Entity) =>
    e.type === rule.type &&
    (!rule.sector || sectorOf(e) === rule.sector) &&
    (!rule.role || e.roles.includes(rule.role));
  return rule.pick === 'main' ? store.firstQuotedElseNamed(accept) : store.earliest((e) => e.asSource && accept(e));
}

/** Whether the noun stands for its speaker in the body too ("The regulator said"), not only in a headline. */
export const speaksInBody = (head: string): boolean => NOUN_SPEAKERS.get(head)?.inBody ?? false;
