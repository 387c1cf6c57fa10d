import { CAPITALS } from './lexicon/capitals';
import { DEMONYMS } from './lexicon/demonyms';

/**
 * The kinds of body that speak for a country's government, as the last word of a name: "Qatar's foreign ministry",
 * "Niger's military government". An election commission, a central bank or a statistics office answers for itself,
 * not for the government, so none is here.
 */
const GOVERNMENT_HEADS = new Set(['government', 'ministry', 'junta', 'cabinet', 'presidency', 'administration']);
/** A council that rules ("Niger's ruling military council"), as opposed to a city or a research council. */
const RULING = new Set(['ruling', 'military']);

const COUNTRIES = new Set([...Object.values(DEMONYMS), ...Object.values(CAPITALS)]);

/** The country a word names ("qatari" and "qatar" are Qatar), or null. */
const countryOf = (word: string): string | null => DEMONYMS[word] ?? (COUNTRIES.has(word) ? word : null);

const isGovernmentBody = (words: string[]) => {
  const head = words[words.length - 1];
  return GOVERNMENT_HEADS.has(head) || (head === 'council' && words.slice(1, -1).some((word) => RULING.has(word)));
};

/**
 * The country whose government a registry name speaks for, or null: the country itself, or its capital alone, as news
 * copy names a government ("Qatar says", "Moscow denied"), or a government body of the country ("Qatar's foreign
 * ministry", "the Nigerien junta"). A headline's "Qatar says" and the body's "Qatar's foreign ministry said" are one
 * voice; matching still asks the words of their claims to agree.
 */
export function governmentOf(key: string): string | null {
  const words = key.split(' ').filter(Boolean);
  if (words.length === 1) return countryOf(words[0]) ?? CAPITALS[words[0]] ?? null;
  const country = countryOf(words[0]);
  return country && isGovernmentBody(words) ? country : null;
}

/** The words a name of the country's government may hold, to look its other names up by: the country and its capitals. */
export const governmentWords = (country: string): string[] => [
  country,
  ...Object.keys(CAPITALS).filter((capital) => CAPITALS[capital] === country),
];
