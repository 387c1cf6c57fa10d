import { CUE_MODIFIERS, CUE_VERBS } from '../lexicon/cues';

export const CUE_FORMS = [...CUE_VERBS.keys()].sort((a, b) => b.length - a.length);
export const CUE = `(?:${CUE_FORMS.join('|')})`;

/**
 * Sentence openers that frame a statement: "In a statement, ", "In a post on Telegram, ", "In remarks broadcast by X, ",
 * "At a news conference in Rome, ".
 */
export const FRAME =
  /^(?:In|On|At|Via|Through)\s+(?:(?:a|an|its|his|her|their|the)\s+|(?=(?:remarks|comments)\s))[^,]{0,90}?,\s*/u;
/**
 * Participle openers that set the scene for the subject: "Speaking on the Senate floor, ", "Asked about the
 * deal, ", "Writing on X, ". "According to" and "Citing" are attributions in their own right, so not here.
 */
export const PARTICIPLE_OPENER =
  /^(?!According\b|Citing\b)(?:\p{Lu}\p{Ll}+ing|Asked|Pressed|Questioned|Interviewed)\s+\p{Ll}[^,]{0,80},\s*/u;
/**
 * Time and setting openers that are not part of a subject: "Last week, ", "Before their departure, ", and with a
 * relative clause about the place or time: "In Romania, which reported the most cases, "; sentence adverbs and
 * stances that link to the sentence before: "Nevertheless, ", "For her part, ".
 */
export const OPENER =
  /^(?:(?:Nevertheless|Nonetheless|Moreover|Furthermore|Indeed|Likewise|Similarly|Yet|For\s+(?:his|her|its|their|our|my)\s+part),\s*|(?:Last|Earlier|Later|Before|After|Meanwhile|Separately|However|Also|Yesterday|Today|Instead|Still|Now|Then|Afterwards|Finally|Overall|Elsewhere|Previously|On\s+\p{Lu}\p{L}+day|In\s+(?:\p{Lu}\p{L}+|\d{4}))\b[^,]{0,50},\s*(?:(?:which|where|when)\s[^,]{1,80},\s*)?)/u;
/** "When Ellery accused X of Y, the speaker ...": the cue of a sentence-opening subordinate clause. */
export const LEADING_SUBORDINATOR = /^(?:When|After|As|While|Because|Since|Although|Though|Before|If|Once|Until)\s+/u;
/**
 * A wire dateline: "TALLINN (Example Wire) — ", "BRUSSELS, June 3 (Reuters) - ", "DHAKA — ", and the outlet alone when
 * the place is left out: "(Example Wire) — ".
 */
export const DATELINE =
  /^(?:[\p{Lu}\p{M}][\p{Lu}\p{M}\s,.'’-]*(?:,\s*[\p{L}\d\s.]+)?\s*(?:\([^)]{1,60}\)\s*[—–-]|[—–])|\([^)]{1,60}\)\s*[—–-])\s*/u;

// A time phrase followed by a verb or a possessive is the claim's subject ("said this year was the worst").
const MODIFIER = new RegExp(
  `^\\s*,?\\s*(?:${CUE_MODIFIERS.join('|')})(?![\\p{L}]|['’]s\\b|\\s+(?:was|were|is|are|will|would|had|has|have|could|may|might|saw|marked)\\b)`,
  'u',
);
const TRAILING_ADVERB =
  /\s+(?:(?:late |early )?on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|(?:last|this) (?:week|month|year)|yesterday|today|also|recently|previously|earlier|later|again|separately|repeatedly|publicly|privately|officially|initially|first|has|had|have|has long|have long|had long|would|will|could|may|might|then|now|once|already|quickly|flatly|strongly)$/iu;

/** Strips time, place and setting phrases between a cue and its content; returns what was stripped too. */
export function stripModifiers(text: string): { rest: string; stripped: string } {
  let rest = text;
  let stripped = '';
  for (let guard = 0; guard < 8; guard += 1) {
    const match = MODIFIER.exec(rest);
    if (!match) break;
    stripped += match[0];
    rest = rest.slice(match[0].length);
  }
  return { rest, stripped };
}

export function stripTrailingAdverbs(text: string): string {
  let result = text;
  for (let guard = 0; guard < 4; guard += 1) {
    const from = Math.max(0, result.length - 40);
    const match = TRAILING_ADVERB.exec(result.slice(from));
    if (!match) break;
    result = result.slice(0, from + match.index);
  }
  return result;
}

/**
 * The last characters of a text, for end-anchored patterns: V8 runs "…$" regexes from the start of the string, so
 * testing the tail keeps them cheap on long sentences.
 */
export const tailOf = (text: string, length = 40): string => (text.length > length ? text.slice(-length) : text);
