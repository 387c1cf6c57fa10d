import {
  CURRENCY_NAMES,
  CURRENCY_SIGNS,
  SCALE_ABBREVIATIONS,
  TENS_WORDS,
  UNINFLECTED_PLURALS,
  UNIT_WORDS,
} from './lexicon/numbers';
import { STOP_WORDS } from './lexicon/stop-words';
import { PHRASAL_VERBS } from './lexicon/synonyms';
import { foldText } from './text-fold';
import { baseForms } from './word-forms';

const NUMBER_WORDS: Record<string, number> = { ...UNIT_WORDS, ...TENS_WORDS };
const oneOf = (words: string[]) => `(${words.join('|')})`;
const DIGIT_UNITS = Object.keys(UNIT_WORDS).filter((word) => UNIT_WORDS[word] >= 1 && UNIT_WORDS[word] <= 9);
const TENS_AND_UNIT = new RegExp(`\\b${oneOf(Object.keys(TENS_WORDS))}[ -]${oneOf(DIGIT_UNITS)}\\b`, 'g');
const NUMBER_WORD = new RegExp(`\\b${oneOf(Object.keys(NUMBER_WORDS))}\\b`, 'g');
const CURRENCY_SIGN = new RegExp(`[${Object.keys(CURRENCY_SIGNS).join('')}]`, 'g');
const SCALE_ABBREVIATION = new RegExp(`(\\d)\\s?${oneOf(Object.keys(SCALE_ABBREVIATIONS))}\\b`, 'g');
/** "m" after an amount of money is million ("£60m"); after a bare number it may be metres, so it is left alone. */
const MONEY_MILLIONS = new RegExp(`\\b${oneOf(Object.values(CURRENCY_SIGNS))}\\s+(\\d+(?:[.,]\\d+)*)\\s?m\\b`, 'g');
/**
 * "m" written onto a number before what it counts is million too ("28m tonnes", "4m people"); before anything else
 * ("a 60m tower", "the 100m hurdles") it may be metres.
 */
const COUNTED_MILLIONS = new RegExp(
  `\\b(\\d+(?:[.,]\\d+)*)m(?= (?:(?!hurdles\\b)[a-z]+s|${UNINFLECTED_PLURALS.join('|')})\\b)`,
  'g',
);
/** A currency named after an amount ("640 million pounds"), which becomes the code its sign does. */
const CURRENCY_NAME = new RegExp(`(\\d|\\b(?:million|billion|trillion)) ${oneOf(Object.keys(CURRENCY_NAMES))}\\b`, 'g');
/** A number keeps its decimal point and thousands separators; anything else that is not a letter or digit goes. */
const TOKEN = /\d+(?:[.,]\d+)*|[\p{L}\p{N}]+/gu;
const STOP = new Set(STOP_WORDS);

/**
 * The form of a claim's content that the database compares by trigram similarity (pg_trgm). Rewordings that differ
 * only in case, accents, typography, punctuation or in how figures are written ("five per cent" / "5%") come out
 * alike, so similarity measures the words that differ; function words (`lexicon/stop-words.ts`) are left out, so it
 * measures the words that carry the claim (and the index stays selective). Words are in their base forms
 * (`baseForms`: "supplied" and "supplies" are "supply", and so is "provided"), so a change of tense or of a synonym
 * is no difference either, nor is a phrasal verb for its one word ("come back" / "return", `PHRASAL_VERBS`).
 */
export function matchText(content: string): string {
  const spelt = foldText(content)
    // A negation must survive the apostrophe's removal: "don't" and "won't" say "not"; so does "cannot".
    .replace(/\b(?:can|won)'t\b/g, (word) => (word.startsWith('w') ? 'will not' : 'can not'))
    .replace(/\bcannot\b/g, 'can not')
    .replace(/n't\b/g, ' not')
    .replace(/'s\b/g, '')
    .replace(/'/g, '')
    .replace(CURRENCY_SIGN, (sign) => ` ${CURRENCY_SIGNS[sign]} `)
    .replace(/%/g, ' percent ')
    .replace(/\bper cent\b/g, 'percent')
    .replace(MONEY_MILLIONS, (_, currency: string, amount: string) => `${currency} ${amount} million`)
    .replace(COUNTED_MILLIONS, '$1 million')
    .replace(SCALE_ABBREVIATION, (_, digit: string, scale: string) => `${digit} ${SCALE_ABBREVIATIONS[scale]}`)
    // After the scales are spelt out, so "4.2bn euros" is "4.2 billion eur" as "€4.2bn" is.
    .replace(CURRENCY_NAME, (_, amount: string, name: string) => `${amount} ${CURRENCY_NAMES[name]}`)
    .replace(TENS_AND_UNIT, (_, tens: string, unit: string) => String(TENS_WORDS[tens] + UNIT_WORDS[unit]))
    .replace(NUMBER_WORD, (word) => String(NUMBER_WORDS[word]))
    .replace(/\ba dozen\b/g, '12');
  const worded = PHRASAL_VERBS.reduce((text, { phrase, word }) => text.replace(phrase, word), spelt);
  const tokens = (worded.match(TOKEN) ?? []).filter((token) => !STOP.has(token));
  return baseForms(tokens)
    .filter((form) => !STOP.has(form))
    .join(' ');
}

const FIGURE = /^\d+(?:[.,]\d+)*$/;
const longestFirst = (a: string, b: string) => b.length - a.length || (a < b ? -1 : 1);
const isWordTerm = (token: string) => token.length >= 3 && !/^\d/.test(token);

/**
 * What the matching index holds of a claim: its distinct words of three letters or more and its figures, each an exact
 * term (the index keys them by speaker, so a term's list holds that speaker's claims only).
 */
export function matchTerms(text: string): string[] {
  return [...new Set(text.split(' ').filter((token) => isWordTerm(token) || FIGURE.test(token)))];
}

/**
 * What a candidate search looks up: the `wordCount` longest words of a match text (long words are the rare ones) and
 * its `figureCount` longest figures. A claim said again keeps some of its rare words or its figures ("2.1 million
 * containers" / "container traffic reached 2.1 million"), so it holds two of these terms.
 */
export function blockingTerms(text: string, wordCount = 8, figureCount = 3): string[] {
  const terms = matchTerms(text);
  return [
    ...terms.filter(isWordTerm).sort(longestFirst).slice(0, wordCount),
    ...terms
      .filter((term) => FIGURE.test(term))
      .sort(longestFirst)
      .slice(0, figureCount),
  ];
}

/**
 * The figures of a match text precise enough to find the claim by themselves: written with a thousands separator or
 * a decimal point ("40,000", "2.1" million). Outlets reword everything around such a count but the count ("40,000
 * public sector workers walked off the job" / "40,000 of its members had taken part"), and few claims of one speaker
 * share one by chance, so each is looked up alone as well as in pairs.
 */
export const distinctiveFigures = (text: string): string[] =>
  matchTerms(text).filter((term) => FIGURE.test(term) && /[.,]/.test(term));
