import { HEAD_MODIFIER_STARTS, NOT_HEAD_WORDS } from '../lexicon/noun-phrases';
import { lowerWords, stripArticle } from './names';

/** "one of the people", "two of the officials": the head is the noun after the quantifier. */
const PARTITIVE =
  /^(?:one|two|three|some|several|many|most|none|each|any|all|both)\s+of\s+(?:the|those|these|its|their)\s+/i;

/** The head noun of a source phrase: its last word before any modifier ("officials familiar with the talks"). */
export function headNoun(text: string): string {
  const words = lowerWords(stripArticle(text).replace(PARTITIVE, '')).filter(
    (word) => !/^\d/.test(word) && !NOT_HEAD_WORDS.has(word),
  );
  const beforeModifier = words.findIndex((word) => HEAD_MODIFIER_STARTS.has(word));
  const core = beforeModifier > 0 ? words.slice(0, beforeModifier) : words;
  return core[core.length - 1] ?? '';
}
