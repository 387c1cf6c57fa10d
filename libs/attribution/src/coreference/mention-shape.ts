import { DOCUMENT_HEADS } from '../lexicon/documents';
import { GENERIC_ORGANIZATION_NOUNS } from '../lexicon/organizations';
import { PERSON_ROLES, ROLE_WORDS } from '../lexicon/roles';
import { GROUP_PRONOUNS, PERSON_PRONOUNS } from '../lexicon/unnamed-speakers';
import { memoise } from '../memoise';

export interface Shape {
  text: string;
  kind: 'person-pronoun' | 'group-pronoun' | 'description' | 'short-name' | 'other';
  /** For a description: its lower-case words without the determiner ("health", "minister"). */
  words: string[];
}

const AGE_DESCRIPTION = /^the \d{1,3}-year-old$/;

/** What a source phrase is, before looking anyone up: a pronoun, a description ("the minister"), a short name. */
export const shapeOf = memoise((raw: string): Shape => {
  const text = raw.trim().replace(/^(?:also|then)\s+/i, '');
  const lower = text.toLowerCase();
  // "the 31-year-old" stands for a person named before, as "she" does.
  if (PERSON_PRONOUNS.has(lower) || AGE_DESCRIPTION.test(lower)) return { text, kind: 'person-pronoun', words: [] };
  if (GROUP_PRONOUNS.has(lower)) return { text, kind: 'group-pronoun', words: [] };
  const determined = /^(?:the|his|her|its|their)\s/i.test(text) || !/[\p{Lu}]/u.test(text);
  // A lone capitalised noun is a description only when it is a role ("Coach says ..."), else a name ("Varga").
  const headlineRole =
    /^[\p{Lu}][\p{Ll}-]+$/u.test(text) &&
    (ROLE_WORDS.has(lower) || GENERIC_ORGANIZATION_NOUNS.has(lower) || DOCUMENT_HEADS.has(lower));
  // A role with no article before it is a description too: "Kremlin spokesman says", "Foreign ministry spokeswoman".
  // So is an organisation's kind: "Central bank says", "Energy ministry".
  const last = lower.slice(lower.lastIndexOf(' ') + 1);
  const bareRole =
    /^[\p{Lu}][\p{L}-]*(?:\s+[\p{Ll}-]+){1,3}$/u.test(text) &&
    (PERSON_ROLES.has(last) || GENERIC_ORGANIZATION_NOUNS.has(last));
  if (
    (determined || headlineRole || bareRole) &&
    /^(?:(?:the|his|her|its|their)\s+)?(?:[\p{Ll}-]+\s+){0,3}[\p{Ll}-]+$/u.test(lower) &&
    !/[\p{Lu}]/u.test(text.replace(/^\p{Lu}/u, ''))
  ) {
    return { text, kind: 'description', words: lower.replace(/^(?:the|his|her|its|their)\s+/, '').split(/\s+/) };
  }
  const shortName = /^[\p{Lu}][\p{L}\p{M}'’-]+(?:\s+[\p{Lu}][\p{L}\p{M}'’-]+)?$/u.test(text);
  return { text, kind: shortName ? 'short-name' : 'other', words: [] };
});
