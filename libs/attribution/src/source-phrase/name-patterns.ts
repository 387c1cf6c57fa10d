import {
  MEDIA_NOUNS,
  OUTLET_BRANCHES,
  OUTLET_NAME_BEGINNINGS,
  OUTLET_NAME_ENDINGS,
  OUTLET_NAME_PARTICLE,
  OUTLETS,
  PLATFORMS,
} from '../lexicon/outlets';

export const escape = (value: string) => value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const byLength = (a: string, b: string) => b.length - a.length;
// A capitalised "The" belongs to the name as written ("told The Associated Press"); "the BBC" keeps it outside, and
// so does "the Guardian" (listed as "The Guardian"). A name listed with "The" is no outlet when a capitalised word
// follows it ("The National Guard", "the Times Square crowd").
const THE_NAMES = OUTLETS.filter((outlet) => outlet.startsWith('The ')).map((outlet) => outlet.slice(4));
const OTHER_OUTLETS = OUTLETS.filter((outlet) => !outlet.startsWith('The '));
const alternatives = (names: string[]) => [...names].sort(byLength).map(escape).join('|');
export const OUTLET_PATTERN = new RegExp(
  `(?<![\\p{L}-])(?:The\\s+)?(?:${alternatives(OTHER_OUTLETS)})(?![\\p{L}-])` +
    `|(?:(?<![\\p{L}-])The\\s+|(?<=(?<![\\p{L}-])the\\s))(?:${alternatives(THE_NAMES)})(?![\\p{L}-]|\\s+\\p{Lu})`,
  'u',
);
export const PLATFORM_PATTERN = new RegExp(
  `(?<![\\p{L}-])(?:${[...PLATFORMS].sort(byLength).map(escape).join('|')})(?![\\p{L}-])`,
  'u',
);
export const MEDIA_NOUN_PATTERN = new RegExp(`\\b(?:${MEDIA_NOUNS.map(escape).join('|')})\\b`, 'iu');

/**
 * Where a capitalised word may start, as a fast regex prefix: an ASCII capital at a word boundary, or any letter of
 * the Latin, Greek and Cyrillic blocks (callers check the case); a bare \p{Lu} makes the engine test every position.
 */
export const WORD_START = '(?:\\b[A-Z]|[À-ÖØ-ÞĀ-ɏͰ-ӿḀ-ỿ])';
/** A capitalised word of a name: Kalniņš, Al-Araby, O'Neill, Wen-Li, McDonald, TPAO. */
export const NAME_WORD = "[\\p{Lu}][\\p{L}\\p{M}'’.-]*";
/**
 * An outlet the list does not hold: capitalised words ending like a newspaper's or a broadcaster's name ("CTV News",
 * "Channel 4 News"),
 * or starting like a broadcaster's ("Radio Okapi").
 */
export const OUTLET_NAME_PATTERN = new RegExp(
  `(?<![\\p{L}-])(?:${NAME_WORD}\\s+(?:(?:${NAME_WORD}|\\d{1,3})\\s+)*(?:${OUTLET_NAME_ENDINGS.join('|')})` +
    `|(?:${OUTLET_NAME_BEGINNINGS.join('|')})(?:\\s+(?:${OUTLET_NAME_PARTICLE}\\s+)?${NAME_WORD})+)(?![\\p{L}-])`,
  'u',
);
const OUTLET_BRANCH = new RegExp(`^\\s+(?:${OUTLET_BRANCHES.join('|')})(?![\\p{L}'’])(?:\\s+${NAME_WORD})*`, 'u');

/** A listed outlet in `text`, with the station or service named after it ("BBC Bangla", "Politico Europe"). */
export function listedOutletIn(text: string): string | null {
  const outlet = OUTLET_PATTERN.exec(text);
  if (!outlet) return null;
  return outlet[0] + (OUTLET_BRANCH.exec(text.slice(outlet.index + outlet[0].length))?.[0] ?? '');
}
