import {
  CURRENCY_SIGNS,
  CURRENCY_WORDS,
  PERCENT_WORDS,
  QUANTITY_WORDS,
  TENS_WORDS,
  UNIT_WORDS,
} from './lexicon/numbers';
import { PLACES } from './lexicon/places';
import { CALENDAR_WORDS, NAME_PARTICLES, NOT_COMPARATIVES, NOT_SUPERLATIVES } from './lexicon/worthiness';
import { foldText } from './text-fold';

/** How often a kind of wording occurs in a claim, with the words found, for the feature's note. */
export interface Signal {
  count: number;
  found: string[];
}

const signal = (found: string[]): Signal => ({ count: found.length, found });
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const wordsPattern = (phrases: string[]) =>
  [...phrases]
    .sort((a, b) => b.length - a.length)
    .map((phrase) => escape(phrase).replace(/ /g, '[\\s-]+'))
    .join('|');

/**
 * A counter for a list of folded phrases, matched as whole words. The month "May" is not the modal "may", so a
 * capitalised May after the first word is set aside before folding.
 */
export function phraseCounter(phrases: string[]): (content: string) => Signal {
  const pattern = new RegExp(`\\b(?:${wordsPattern(phrases)})\\b`, 'g');
  return (content) => signal(foldText(content.replace(/(?<=\S\s+)May\b/g, 'Maymonth')).match(pattern) ?? []);
}

/** "One" is left out: "one of the", "no one" say nothing about quantity. */
const NUMBER_WORDS = [...Object.keys(UNIT_WORDS), ...Object.keys(TENS_WORDS), ...QUANTITY_WORDS].filter(
  (word) => word !== 'one',
);
const FIGURE = new RegExp(
  `\\d+(?:[.,]\\d+)*|%|[${Object.keys(CURRENCY_SIGNS).map(escape).join('')}]|\\b(?:${wordsPattern([...NUMBER_WORDS, ...PERCENT_WORDS, ...CURRENCY_WORDS])})\\b`,
  'g',
);

/** Digits, number words, percentages and currencies: each mark counts, so "12 percent" is two. */
export const figures = (content: string): Signal => signal(foldText(content).match(FIGURE) ?? []);

const SUPERLATIVE = /\b[a-z]{2,}est\b/g;
const COMPARATIVE = /\b([a-z]{2,}er) than\b/g;

/**
 * Comparisons by word form that the comparison list does not spell out: superlatives ("largest", "lowest") and
 * comparatives before "than" ("higher than", "cheaper than").
 */
export function comparisonForms(content: string): Signal {
  const folded = foldText(content);
  const superlative = (folded.match(SUPERLATIVE) ?? []).filter((word) => !NOT_SUPERLATIVES.has(word));
  const comparative = [...folded.matchAll(COMPARATIVE)]
    .filter((match) => !NOT_COMPARATIVES.has(match[1]))
    .map((match) => match[0]);
  return signal([...superlative, ...comparative]);
}

const ACRONYM = /^\p{Lu}[\p{Lu}\d&]+s?$/u;
const DOTTED_ACRONYM = /^(?:\p{Lu}\.){2,}/u;
const SENTENCE_END = /[.!?]["'”’)]*$/;
const ENDS_PHRASE = /[,;:.!?)\]"”’]$/;
const LEADING_PUNCTUATION = /^["'“‘([]+/;
const TRAILING_PUNCTUATION = /["'”’)\],;:.!?]+$/;

/**
 * Names: runs of capitalised words ("World Food Programme", "Bank of England", "Syria", "Kurdish") and acronyms ("IMF",
 * "U.S."). A capitalised word that opens a sentence is not counted, since every sentence opens with one, unless it is
 * a country or a people ("Türkiye plans to ...").
 */
export function namedEntities(content: string): Signal {
  const found: string[] = [];
  let name: string[] = [];
  let particles: string[] = [];
  const endName = () => {
    if (name.length >= 1) found.push(name.join(' '));
    name = [];
    particles = [];
  };
  let opensSentence = true;
  for (const token of content.split(/\s+/).filter(Boolean)) {
    const unquoted = token.replace(LEADING_PUNCTUATION, '');
    const word = unquoted.replace(TRAILING_PUNCTUATION, '').replace(/['’]s$/, '');
    // The trailing dot of "U.S." is part of it, so it is read before punctuation is trimmed.
    const acronym = DOTTED_ACRONYM.exec(unquoted)?.[0] ?? (ACRONYM.test(word) ? word : null);
    const isAcronym = acronym !== null;
    const isCapitalised = /^\p{Lu}/u.test(word) && !CALENDAR_WORDS.has(word.toLowerCase());
    const isPlace = PLACES.has(foldText(word));
    if (isAcronym) {
      endName();
      found.push(acronym);
    } else if (isCapitalised && (!opensSentence || isPlace)) {
      name.push(...particles, word);
      particles = [];
    } else if (name.length > 0 && NAME_PARTICLES.has(word)) {
      particles.push(word);
    } else {
      endName();
    }
    if (ENDS_PHRASE.test(token) && !isAcronym) endName();
    opensSentence = SENTENCE_END.test(token) && !isAcronym;
  }
  endName();
  return signal(found);
}
