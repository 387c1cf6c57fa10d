import { ORGANISATION_HEADS } from './lexicon/organisation-heads';
import { PLACES } from './lexicon/places';
import { AMBIGUOUS_TITLES, CONNECTORS, PORTFOLIOS, TITLE_MODIFIERS, TITLES } from './lexicon/titles';
import { foldText } from './text-fold';

const TITLE_WORDS = TITLES.map((title) => title.split(' ')).sort((a, b) => b.length - a.length);
/** Words before a title that say which office it is, not whose name follows. */
const isQualifier = (word: string) => TITLE_MODIFIERS.has(word) || PORTFOLIOS.has(word) || PLACES.has(word);
const isTailWord = (word: string) => PORTFOLIOS.has(word) || PLACES.has(word) || ORGANISATION_HEADS.has(word);
/** "Central Bank of Kenya Governor", "White House press secretary": how many words of an office may stand before its title. */
const MAX_OFFICE_PREFIX = 4;
const MAX_TAIL_WORDS = 3;

/**
 * The registry key of a source name, so that spelling variants of one source meet: "Syrian Defence Minister Marhaf
 * Abu Qasra", "Marhaf Abu Qasra" and "marhaf abu-qasra" share one key. See README for each step and its limits.
 */
export function sourceKey(name: string): string {
  const words = nameWords(name);
  if (words.length === 0) return foldText(name).trim().replace(/\s+/g, ' ');
  while (words.length > 1 && words[0] === 'the') words.shift();
  if (ORGANISATION_HEADS.has(words[words.length - 1])) return words.join(' ');
  let rest = words;
  for (let stripped = withoutTitles(rest); stripped; stripped = withoutTitles(rest)) rest = stripped;
  return rest.join(' ');
}

function nameWords(name: string): string[] {
  const words = foldText(name)
    .replace(/'s\b/g, '')
    .replace(/s'(?=\s|$)/g, 's')
    // Dots and apostrophes join what they separate: "U.S." is "us", "O'Brien" is "obrien".
    .replace(/['.]/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  return joinInitials(words);
}

/** "u s" (from "U. S.") and "j k" are one word, as "US" and "JK" are. */
function joinInitials(words: string[]): string[] {
  const joined: string[] = [];
  let afterInitial = false;
  for (const word of words) {
    const isInitial = /^\p{L}$/u.test(word);
    if (isInitial && afterInitial) joined[joined.length - 1] += word;
    else joined.push(word);
    afterInitial = isInitial;
  }
  return joined;
}

/** One step of stripping: a leading title chain, or an office ("World Bank") and its title before a full name. */
function withoutTitles(words: string[]): string[] | null {
  for (let start = 0; start <= MAX_OFFICE_PREFIX && start < words.length; start += 1) {
    if (start > 0 && (CONNECTORS.has(words[0]) || CONNECTORS.has(words[start - 1]))) continue;
    const end = titleChainEnd(words, start);
    if (end === start) continue;
    const left = words.length - end;
    // Before a bare title the rest only has to exist; after an office prefix it must look like a full name.
    if (left < (start === 0 ? 1 : 2) || CONNECTORS.has(words[end])) continue;
    if (end - start === 1 && AMBIGUOUS_TITLES.has(words[start]) && (left < 2 || ORGANISATION_HEADS.has(words[end])))
      continue;
    return words.slice(end);
  }
  return null;
}

/** Index after the last title of a chain of qualifiers and titles starting at `start`; `start` when there is none. */
function titleChainEnd(words: string[], start: number): number {
  let end = start;
  let at = start;
  while (at < words.length) {
    const title = titleLengthAt(words, at);
    if (title > 0) {
      at = portfolioTailEnd(words, at + title);
      end = at;
    } else if (isQualifier(words[at])) {
      at += 1;
    } else {
      break;
    }
  }
  return end;
}

function titleLengthAt(words: string[], at: number): number {
  const title = TITLE_WORDS.find((parts) => parts.every((part, offset) => words[at + offset] === part));
  return title?.length ?? 0;
}

/** "Minister for Health", "Secretary of State", "President of the European Commission". */
function portfolioTailEnd(words: string[], at: number): number {
  if (words[at] !== 'of' && words[at] !== 'for') return at;
  const first = words[at + 1] === 'the' ? at + 2 : at + 1;
  let end = first;
  while (end < words.length && end - first < MAX_TAIL_WORDS && isTailWord(words[end])) end += 1;
  return end > first ? end : at;
}
