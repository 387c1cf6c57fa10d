import { type Sentence } from '../segment';
import { clauseAt } from './clause';
import { hasWords, trimSpan } from './spans';

/** "… and that C2", ", and that C2": a second complement of the cue that opened the first. */
const AND_THAT = /,?\s+and\s+that\s+/gu;

/** Whether `at` (an offset into `text`) sits inside a quotation that opened after `from`. */
function insideQuote(text: string, from: number, at: number): boolean {
  let depth = 0;
  for (let i = from; i < at; i += 1) {
    if (text[i] === '“') depth += 1;
    else if (text[i] === '”') depth = Math.max(0, depth - 1);
  }
  return depth > 0;
}

/**
 * The claims of one cue's content span [start, end): "said prices were too high and that two plants would close" is
 * two claims of one speaker, each a clause the cue takes. Only a clause after "and that" splits (a noun phrase and a
 * finite verb: "and that two plants would close", not the demonstrative in "and that would hurt"); one inside a
 * quotation stays, and so does a part too short to be a claim.
 */
export function thatComplements(
  text: string,
  sentence: Sentence,
  start: number,
  end: number,
  minWords: number,
): [number, number][] {
  const parts: [number, number][] = [];
  let from = start;
  AND_THAT.lastIndex = 0;
  const span = text.slice(start, end);
  for (let match = AND_THAT.exec(span); match; match = AND_THAT.exec(span)) {
    const at = start + match.index;
    const next = at + match[0].length;
    const [first, firstEnd] = trimSpan(text, from, at);
    if (
      insideQuote(text, start, at) ||
      !clauseAt(sentence, next) ||
      !hasWords(text, first, firstEnd, minWords) ||
      !hasWords(text, next, end, minWords)
    )
      continue;
    parts.push([first, firstEnd]);
    from = next;
  }
  parts.push(trimSpan(text, from, end));
  return parts;
}
