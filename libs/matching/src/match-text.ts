import { CURRENCY_SIGNS, SCALE_ABBREVIATIONS, TENS_WORDS, UNIT_WORDS } from './lexicon/numbers';
import { STOP_WORDS } from './lexicon/stop-words';
import { foldText } from './text-fold';

const NUMBER_WORDS: Record<string, number> = { ...UNIT_WORDS, ...TENS_WORDS };
const oneOf = (words: string[]) => `(${words.join('|')})`;
const DIGIT_UNITS = Object.keys(UNIT_WORDS).filter((word) => UNIT_WORDS[word] >= 1 && UNIT_WORDS[word] <= 9);
const TENS_AND_UNIT = new RegExp(`\\b${oneOf(Object.keys(TENS_WORDS))}[ -]${oneOf(DIGIT_UNITS)}\\b`, 'g');
const NUMBER_WORD = new RegExp(`\\b${oneOf(Object.keys(NUMBER_WORDS))}\\b`, 'g');
const CURRENCY_SIGN = new RegExp(`[${Object.keys(CURRENCY_SIGNS).join('')}]`, 'g');
const SCALE_ABBREVIATION = new RegExp(`(\\d)\\s?${oneOf(Object.keys(SCALE_ABBREVIATIONS))}\\b`, 'g');
/** A number keeps its decimal point and thousands separators; anything else that is not a letter or digit goes. */
const TOKEN = /\d+(?:[.,]\d+)*|[\p{L}\p{N}]+/gu;
const STOP = new Set(STOP_WORDS);

/**
 * The form of a claim's content that the database compares by trigram similarity (pg_trgm). Rewordings that differ
 * only in case, accents, typography, punctuation or in how figures are written ("five per cent" / "5%") come out
 * alike, so similarity measures the words that differ; function words (`lexicon/stop-words.ts`) are left out, so it
 * measures the words that carry the claim (and the index stays selective).
 */
export function matchText(content: string): string {
  const spelt = foldText(content)
    .replace(/'s\b/g, '')
    .replace(/'/g, '')
    .replace(CURRENCY_SIGN, (sign) => ` ${CURRENCY_SIGNS[sign]} `)
    .replace(/%/g, ' percent ')
    .replace(/\bper cent\b/g, 'percent')
    .replace(SCALE_ABBREVIATION, (_, digit: string, scale: string) => `${digit} ${SCALE_ABBREVIATIONS[scale]}`)
    .replace(TENS_AND_UNIT, (_, tens: string, unit: string) => String(TENS_WORDS[tens] + UNIT_WORDS[unit]))
    .replace(NUMBER_WORD, (word) => String(NUMBER_WORDS[word]));
  return (spelt.match(TOKEN) ?? []).filter((token) => !STOP.has(token)).join(' ');
}

const figuresOf = (text: string): Set<string> => new Set(text.match(/\d+(?:[.,]\d+)*/g) ?? []);

/**
 * Whether two match texts can state the same facts as far as their figures go: one's figures are all among the
 * other's. "200 vehicles" and "300 vehicles" disagree, so they are different claims to check however alike the words;
 * a rewrite that adds a year ("in 2025") still agrees.
 */
export function figuresAgree(a: string, b: string): boolean {
  const [fewer, more] = [figuresOf(a), figuresOf(b)].sort((x, y) => x.size - y.size);
  return [...fewer].every((figure) => more.has(figure));
}

/**
 * The words a candidate search starts from: the `count` longest distinct words of a match text (long words are the
 * rare ones), figures left out. A claim said again shares most of its words, so it shares some of these; the trigram
 * index finds the rows holding a whole word fast, where a bare similarity search would read every common trigram's list.
 */
export function blockingWords(text: string, count = 4): string[] {
  const words = [...new Set(text.split(' ').filter((word) => word.length >= 4 && !/^\d/.test(word)))];
  return words.sort((a, b) => b.length - a.length || (a < b ? -1 : 1)).slice(0, count);
}
