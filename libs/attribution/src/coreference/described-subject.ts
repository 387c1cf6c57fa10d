import { BUSINESS_NOUNS } from '../lexicon/organizations';
import { type SourcePhrase } from '../types';

const BUSINESS = new Set(BUSINESS_NOUNS);
/** "the carrier", "the Swedish airline", "the German chemicals maker": a determiner, up to three words, a trade. */
const DESCRIPTION = /^(?:the|its)\s+((?:[\p{L}-]+\s+){0,3}([\p{Ll}-]+))$/iu;
/** A claim that opens on a name of two words or more and goes on with a verb: "Nordic Sky Airlines will order …". */
const NAMED_SUBJECT =
  /^((?!(?:The|A|An|This|That|These|Those|Its|Their|Our)\s)\p{Lu}[\p{L}\d&'’.-]*(?:\s+\p{Lu}[\p{L}\d&'’.-]*){1,4})\s+\p{Ll}/u;

/**
 * The company a description stands for when the article has named none before it, but the claim itself opens on the
 * company's name: in "Nordic Sky Airlines will order 40 jets, the carrier said", the carrier is Nordic Sky Airlines,
 * as a reader takes it. Only a business's trade (not "the ministry", whose claim about a country is not the country's).
 */
export function describedSubject(written: string, phrase: SourcePhrase, content: string): SourcePhrase | null {
  const description = DESCRIPTION.exec(written.trim());
  if (!description || !BUSINESS.has(description[2].toLowerCase())) return null;
  // Resolved already: the description stands for a name the article gave before.
  if (phrase.name.toLowerCase() !== description[1].toLowerCase()) return null;
  const subject = NAMED_SUBJECT.exec(content);
  if (!subject) return null;
  return { name: subject[1], type: 'organization', roles: [...phrase.roles, description[2].toLowerCase()] };
}
