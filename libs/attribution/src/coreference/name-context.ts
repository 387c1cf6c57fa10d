import { ORGANIZATION_WORDS } from '../lexicon/organizations';
import { ROLE_WORDS } from '../lexicon/roles';

// What the words around a name say of it: titles before it, role words in its description, where it stands.

/** Role and organisation words in a short description (its last 12 words). */
// The lexicons are plain ASCII, so an ASCII split is enough (and much cheaper than a Unicode one).
export const roleWordsOf = (text: string) =>
  !text
    ? []
    : text
        .toLowerCase()
        .split(/[^a-z-]+/)
        .slice(-12)
        .filter((word) => ROLE_WORDS.has(word) || ORGANIZATION_WORDS.has(word));

const TITLE_LINKS = new Set(['the', 'a', 'an', 'of', 'for', 'and']);

/**
 * Role words in the title right before a name ("Estonian Defence Minister", "chief of defence, General"), up to four
 * words back; a lower-case word that is no title ends it ("A police spokesman told the Irish Independent").
 */
export function titleWordsBefore(text: string): string[] {
  const words = text.slice(text.lastIndexOf('\n') + 1).split(/\s+/);
  const roles: string[] = [];
  for (let i = words.length - 1, seen = 0; i >= 0 && seen < 4; i -= 1) {
    const word = words[i].toLowerCase().replace(/[^a-z-]+$/, '');
    if (!word) continue;
    seen += 1;
    // A title runs over a comma ("the developer, Transcosta"); a place in a setting does not ("read to the court, Susan
    // Pike").
    if (
      words[i].endsWith(',') &&
      TITLE_LINKS.has(words[i - 1]?.toLowerCase()) &&
      /^(?:to|at|in|from|on|by|with)$/i.test(words[i - 2] ?? '')
    )
      break;
    if (ROLE_WORDS.has(word) || ORGANIZATION_WORDS.has(word)) roles.push(word);
    else if (!TITLE_LINKS.has(word) && !/^\p{Lu}/u.test(words[i])) break;
  }
  return roles;
}

/** A short description set off before a name, opening its sentence: "Kestria's chief negotiator, ". */
const DESCRIPTION_LEAD = /^(?:[\p{L}'’-]+\s+){0,5}[\p{L}'’-]+,\s*$/u;

/**
 * Whether a name at `at` opens its sentence, titles aside ("Transport Minister Declan Hughes urged ..."), or is set
 * off right after a short description that does ("The city's mayor, Imran Hossain, rejected ...": `end` is where the
 * name ends).
 */
export function opensSentence(text: string, at: number, end = at): boolean {
  const before = text.slice(Math.max(0, at - 60), at);
  const boundary = Math.max(before.lastIndexOf('\n'), before.search(/[.!?]["”’]?\s+[^.!?]*$/) + 1);
  const lead = before.slice(boundary).replace(/^[.!?"”’\s]+/, '');
  if (boundary === 0 && at >= 60) return false;
  if (text.charCodeAt(end) === 44 /* , */ && DESCRIPTION_LEAD.test(lead)) return true;
  return lead.split(/\s+/).every((word) => !word || ROLE_WORDS.has(word.toLowerCase()) || /^\p{Lu}/u.test(word));
}

/** Whether a match at `at` starts with a capital that begins a word (the fast regex start admits more). */
export function isNameStart(text: string, at: number): boolean {
  const first = text[at];
  if (first === first.toLowerCase()) return false;
  const previous = at > 0 ? text.charCodeAt(at - 1) : 32;
  return previous < 128
    ? !((previous >= 65 && previous <= 90) || (previous >= 97 && previous <= 122))
    : !/[\p{L}\p{M}]/u.test(text[at - 1]);
}
