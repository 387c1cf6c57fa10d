import { PERSON_ROLES } from '../lexicon/roles';
import { ANONYMOUS_HEADS } from '../lexicon/unnamed-speakers';

/** A described person before "who": "jailed on Friday by a judge who", "the officials who". */
const BEFORE_WHO = /(?:^|\s)((?:a|an|the)\s+(?:[\p{Ll}-]+\s+){0,2}([\p{Ll}-]+))\s+who$/u;

/**
 * The speaker of a relative clause ("... by a judge who said C"): a role or an unnamed source, which the entity
 * memory resolves to the name the article gives it ("Judge Helen Rowe"). Other nouns before "who" are not speakers
 * this can name.
 */
export function relativeSpeaker(left: string): string | null {
  const match = left.endsWith(' who') ? BEFORE_WHO.exec(left) : null;
  return match && (PERSON_ROLES.has(match[2]) || ANONYMOUS_HEADS.has(match[2])) ? match[1] : null;
}
