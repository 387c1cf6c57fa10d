import { type SourceType } from '../types';
import { type Sector } from './organizations';

/**
 * Whom a bare noun stands for when no name the article gives ends in it ("The regulator said", a headline's
 * "Government says"): the entities of one type (of a sector, or holding a role), and which of them.
 * - `main`: the first the article quotes, else the first it names (by where each is first named);
 * - `earliest quoted`: of those the article quotes, the one that stands earliest (where it was last quoted).
 * `inBody`: the noun stands for it in the body too, not only in a headline.
 */
export interface NounSpeaker {
  type: SourceType;
  sector?: Sector;
  role?: string;
  pick: 'main' | 'earliest quoted';
  inBody: boolean;
}

/** Any other noun (a headline's "Central bank says") is the main organisation with that noun anywhere in its name. */
export const NOUN_SPEAKERS = new Map<string, NounSpeaker>([
  ['regulator', { type: 'organization', sector: 'public', pick: 'main', inBody: true }],
  ['government', { type: 'person', role: 'minister', pick: 'earliest quoted', inBody: false }],
]);
