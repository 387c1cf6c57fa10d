/** Clause structure read off wink-nlp's part-of-speech tags: subjects, finite verbs, insertions, that-less clauses. */
import { type Sentence, type Token } from '../segment';
import { DATELINE, FRAME, OPENER, PARTICIPLE_OPENER, stripTrailingAdverbs } from './patterns';
import { words } from './spans';

/** Capitalised words are names, not verbs ("Lead author", "Acting Director"). */
const startsUpper = (word: string) => {
  const first = word.charCodeAt(0);
  return first < 128 ? first >= 65 && first <= 90 : word[0] !== word[0].toLowerCase();
};
export const isVerb = (token: Token) => token.pos === 'VERB' || token.pos === 'AUX';

/** The sentence's grammatical subject: the words before its first verb, after any frame or opener. */
export function subjectOf(sentence: Sentence, frameLength: number): string | null {
  const first = sentence.tokens.find((token) => token.start >= sentence.start + frameLength && isVerb(token));
  if (!first) return null;
  const subject = sentence.text.slice(frameLength, first.start - sentence.start);
  const cleaned = stripTrailingAdverbs(subject.trim().replace(/,$/, '').trim());
  return cleaned && words(cleaned) <= 14 ? cleaned : null;
}

/**
 * Comma-enclosed insertions (appositives, relative and participle clauses) between a subject and its verb, and a
 * relative clause closed by a comma ("A driver who gave only his first name, Jan, said"). A comma inside a number
 * ("62,000") closes neither.
 */
export const INSERTION = /,\s(?:[^,]|,(?=\d)){1,200},|\s(?:who|whose)\s(?:[^,]|,(?=\d)){1,120}(?=,)/g;
export function parentheticals(text: string, offset: number): [number, number][] {
  if (text.indexOf(',') < 0) return [];
  const spans: [number, number][] = [];
  INSERTION.lastIndex = 0;
  for (let m = INSERTION.exec(text); m; m = INSERTION.exec(text))
    spans.push([offset + m.index, offset + m.index + m[0].length]);
  return spans;
}

/**
 * "A study published in ...", "figures released by ...", "officials speaking on condition of anonymity": a participle
 * modifying the noun before it, not a verb (an -ing form without its auxiliary is never finite).
 */
function isReducedRelative(tokens: Token[], index: number): boolean {
  const previous = tokens[index - 1];
  const next = tokens[index + 1];
  return (
    /(?:ed|wn|en|ing)$/.test(tokens[index].text) &&
    !!previous &&
    (previous.pos === 'NOUN' || previous.pos === 'PROPN') &&
    !!next &&
    (next.pos === 'ADP' || /^(?:last|this|earlier|on)$/.test(next.text))
  );
}

/** "A group calling itself Cyber Wolves", "hackers who call themselves X": a name the speaker goes by, no verb of its own. */
const selfNaming = (tokens: Token[], index: number): boolean =>
  /^(?:calling|call|calls|called|naming)$/.test(tokens[index].text) &&
  /^(?:itself|themselves|himself|herself)$/i.test(tokens[index + 1]?.text ?? '');

/**
 * "the polling firm", "a ruling coalition", "the authority's managing director": an -ing word between a determiner
 * (or a possessive) and a noun modifies the noun.
 */
function isGerundModifier(tokens: Token[], index: number): boolean {
  const previous = tokens[index - 1];
  return (
    tokens[index].text.endsWith('ing') &&
    !!previous &&
    (previous.pos === 'DET' || previous.pos === 'ADJ' || /^['’]s$/.test(previous.text)) &&
    tokens[index + 1]?.pos === 'NOUN'
  );
}

/**
 * Possessives before a word the tagger reads as a verb make it a noun or a modifier: "Its lead author", "The party's
 * lead candidate".
 */
const POSSESSIVES = new Set(['its', 'his', 'their', 'our', 'my', 'your', 'Its', 'His', 'Their', 'Our', 'My', 'Your']);

/** Whether a finite verb stands in [from, to) outside insertions; capitalised words are names, not verbs ("Lead author"). */
export function hasVerb(sentence: Sentence, from: number, to: number, skip: [number, number][] = []): boolean {
  const tokens = sentence.tokens;
  for (let index = 0; index < tokens.length; index += 1) {
    const token = tokens[index];
    if (token.start >= to) break;
    if (
      token.start < from ||
      !isVerb(token) ||
      startsUpper(token.text) ||
      sentence.text[token.start - sentence.start - 1] === '-'
    )
      continue;
    if (index > 0 && (POSSESSIVES.has(tokens[index - 1].text) || /^['’]s$/.test(tokens[index - 1].text))) continue;
    if (
      !skip.some(([a, b]) => token.start >= a && token.start < b) &&
      !isReducedRelative(tokens, index) &&
      !selfNaming(tokens, index) &&
      !isGerundModifier(tokens, index)
    )
      return true;
  }
  return false;
}

const NOUN_PHRASE_TAGS = new Set(['DET', 'PRON', 'PROPN', 'NOUN', 'ADJ', 'NUM', 'ADP', 'PART', 'CCONJ', 'ADV']);
/** Subordinators the tagger reads as prepositions: a verb after one starts another clause ("defeat as the count neared"). */
const SUBORDINATORS = new Set(['as', 'after', 'before', 'since', 'until', 'because', 'than']);

/**
 * Whether a clause starts at `from`: a short noun phrase and then a finite verb ("admitted his side had been
 * outplayed"), as opposed to a plain object ("stressed the need for calm") or an infinitive ("warned them to leave").
 */
export function clauseAt(sentence: Sentence, from: number): boolean {
  const tokens = sentence.tokens;
  let index = tokens.findIndex((token) => token.start >= from);
  if (index < 0) return false;
  // A participle before a noun is its adjective: "warn stolen records are for sale".
  const modifier = isVerb(tokens[index]) && /(?:ed|en)$/.test(tokens[index].text) && tokens[index + 1]?.pos === 'NOUN';
  if (!modifier && !['DET', 'PRON', 'PROPN', 'NOUN', 'NUM', 'ADJ'].includes(tokens[index].pos)) return false;
  if (modifier) index += 1;
  for (let seen = 0; index < tokens.length && seen < 10; index += 1, seen += 1) {
    const token = tokens[index];
    if (isVerb(token)) return seen > 0 && !/ing$/.test(token.text) && tokens[index - 1].text.toLowerCase() !== 'to';
    const word = token.text.toLowerCase();
    if (!NOUN_PHRASE_TAGS.has(token.pos) || word === 'to' || SUBORDINATORS.has(word)) return false;
  }
  return false;
}

/**
 * Whether a participle opener at [from, to) sets a scene ("Speaking to Reuters, "): its first word is read as a verb
 * and no finite verb follows. "Hearing aids linked to ..., study finds" and "Rising prices hurt shoppers, ..." are
 * claims, not settings.
 */
function isSetting(sentence: Sentence, from: number, to: number): boolean {
  const first = sentence.tokens.find((token) => token.start >= from);
  return !!first && isVerb(first) && !hasVerb(sentence, from, to);
}

/**
 * Frame, opener and dateline at the start of a sentence, or at `from` in it: their length (from the sentence start),
 * and the frame text (for relays).
 */
export function leadingFrame(sentence: Sentence, from = 0): { length: number; frame: string } {
  const { text, start } = sentence;
  let length = from;
  let frame = '';
  for (let guard = 0; guard < 3; guard += 1) {
    const rest = text.slice(length);
    const setting = DATELINE.exec(rest) ?? FRAME.exec(rest) ?? OPENER.exec(rest);
    const participle = setting ? null : PARTICIPLE_OPENER.exec(rest);
    const match =
      setting ??
      (participle && isSetting(sentence, start + length, start + length + participle[0].length) ? participle : null);
    if (!match) break;
    if (participle || FRAME.test(rest)) frame += match[0];
    length += match[0].length;
  }
  return { length, frame };
}
