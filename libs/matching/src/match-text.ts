import { CURRENCY_SIGNS, SCALE_ABBREVIATIONS, TENS_WORDS, UNIT_WORDS } from './lexicon/numbers';
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

/**
 * The form of a claim's content that the database compares by trigram similarity (pg_trgm). Rewordings that differ
 * only in case, accents, typography, punctuation or in how figures are written ("five per cent" / "5%") come out
 * alike, so similarity measures the words that differ.
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
  return (spelt.match(TOKEN) ?? []).join(' ');
}
