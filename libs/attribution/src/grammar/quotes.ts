import { type Sentence } from '../segment';
import { viaIn } from '../source-phrase/via-in-frame';
import { CUE } from './patterns';
import { type ConsumedCues, type Draft } from './draft';

interface QuoteSpan {
  open: number;
  close: number;
}

const QUOTE_PAIRS = /“([^“”]*)”|"([^"]*)"|«([^«»]*)»/g;
/** A period inside a speaker phrase only after a title or an initial: "Dr. Amara Sesay", "John F. Kennedy". */
const ABBREVIATED = String.raw`(?<=(?:\b(?:Dr|Mr|Mrs|Ms|Prof|Gen|Col|Lt|Maj|Sgt|Capt|Adm|Sen|Rep|Gov|Rev|St|Jr|Sr)|\b\p{Lu}))\.`;
/** “C,” S said (…) / “C,” said S (…): what follows a comma after them may hold quotes ("to shouts of “No!”"). */
const AFTER_SOURCE_CUE = new RegExp(
  `^\\s*,?\\s*([^“”",.;:!?](?:[^“”".;:!?]|${ABBREVIATED}){0,120}?)\\s+(${CUE})\\b([^“”"]*)(?:,\\s.*)?$`,
  'su',
);
/** “A,” she said, “B.”: the quote resumes after the attribution in the same sentence. */
const RESUMED = new RegExp(`^\\s*,?\\s*[^“”".;:!?]{1,120}?\\s+${CUE}\\b[^“”".;:!?]*,\\s*$`, 'u');
const AFTER_CUE_SOURCE = new RegExp(
  `^\\s*,?\\s*(${CUE})\\s+([^“”"]{1,160}?)\\s*(?:,\\s[^“”"]*[“"].*)?[.!]?\\s*$`,
  'su',
);
/** “C,” said X, speaking to the BBC: the participle after the speaker names the relay. */
const SPEAKING_TO = /,\s*(?:speaking|talking|writing)\s+(?:to|with|on|in)\s.*$/u;
const BEFORE_SOURCE_CUE = new RegExp(`([^“”",.;]{1,80}?)\\s+(${CUE})\\b[^“”"]{0,60}?[:,]\\s*$`, 'u');

export function quoteSpans(text: string, from: number, to: number): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  for (const match of text.slice(from, to).matchAll(QUOTE_PAIRS)) {
    const open = from + (match.index ?? 0);
    spans.push({ open, close: open + match[0].length - 1 });
  }
  return spans;
}

const startsSentence = (text: string, paragraphStart: number, open: number) =>
  open === paragraphStart || /(?:[.!?]["”’]?|:|—)\s+$/.test(text.slice(Math.max(paragraphStart, open - 4), open));

/** Content of a quote without the marks and trailing comma or stop (the scorer and readers ignore those). */
function innerSpan(text: string, quote: QuoteSpan): [number, number] {
  let end = quote.close;
  while (end > quote.open + 1 && /[\s,.;:]/.test(text[end - 1])) end -= 1;
  return [quote.open + 1, end];
}

/**
 * Direct quotes that stand as statements: opened at a sentence start (or after "X said:") and attributed right
 * after the closing mark (“…,” she said / “…,” said X) or before it. A quote with no attribution of its own that
 * opens a sentence continues the previous speaker. Quotes inside a sentence are partial and left to reported speech.
 */
export function directQuotes(text: string, paragraph: Sentence[], consumedCues: ConsumedCues): Draft[] {
  const from = paragraph[0].start;
  const to = paragraph[paragraph.length - 1].end;
  const drafts: Draft[] = [];
  let previous: Draft | null = null;
  let previousClose = -1;

  // Quotes come in text order, so one forward-moving cursor finds each quote's sentences (no rescans).
  let cursor = 0;
  const sentenceAt = (offset: number, fromIndex: number) => {
    let index = fromIndex;
    while (index < paragraph.length - 1 && paragraph[index].end <= offset) index += 1;
    return index;
  };
  for (const quote of quoteSpans(text, from, to)) {
    cursor = sentenceAt(quote.open, cursor);
    const sentence = paragraph[cursor];
    const closing = paragraph[sentenceAt(quote.close, cursor)];
    const after = text.slice(quote.close + 1, closing.end);
    const before = text.slice(sentence.start, quote.open);
    const [contentStart, contentEnd] = innerSpan(text, quote);
    if (contentEnd - contentStart < 3) continue;
    const opensStatement = startsSentence(text, from, quote.open);
    // Plain literals in one key order (no spreads): drafts are made often and stay one shape for the JIT.
    const make = (
      source: Draft['source'],
      cue: string,
      via: string | null,
      position: number,
      confidence: number,
    ): Draft => ({
      source,
      cue,
      contentStart,
      contentEnd,
      quote: 'direct',
      via,
      sentence: sentence.index,
      position,
      confidence,
    });

    const sourceFirst = AFTER_SOURCE_CUE.exec(after);
    const cueFirst = AFTER_CUE_SOURCE.exec(after);
    // Only a colon introduces a quote ("X said: “…”"); the unanchored pattern is costly, so test the colon first.
    const introduced = before.trimEnd().endsWith(':') ? BEFORE_SOURCE_CUE.exec(before) : null;
    let draft: Draft | null = null;
    if (opensStatement && sourceFirst && !/[“”"]/.test(sourceFirst[1])) {
      const cueAt = quote.close + 1 + after.indexOf(sourceFirst[2], sourceFirst[1].length);
      consumedCues.set(cueAt, sourceFirst[1]);
      draft = make(sourceFirst[1], sourceFirst[2], viaIn(`${sourceFirst[2]}${sourceFirst[3]}`), cueAt, 0.9);
    } else if (opensStatement && cueFirst) {
      const cueAt = quote.close + 1 + after.indexOf(cueFirst[1]);
      consumedCues.set(cueAt, cueFirst[2]);
      const speaking = SPEAKING_TO.exec(cueFirst[2]);
      draft = make(cueFirst[2], cueFirst[1], speaking ? viaIn(speaking[0]) : null, cueAt, 0.9);
    } else if (introduced) {
      const cueAt =
        sentence.start + (introduced.index ?? 0) + introduced[0].indexOf(introduced[2], introduced[1].length);
      consumedCues.set(cueAt, introduced[1]);
      draft = make(introduced[1], introduced[2], null, cueAt, 0.85);
    } else if (
      previous &&
      (opensStatement || RESUMED.test(text.slice(previousClose + 1, quote.open))) &&
      !/\S/.test(after.replace(/^[\s.,!?]+/, ''))
    ) {
      draft = make(previous.source, previous.cue, previous.via, quote.open, 0.75);
    }
    if (draft) {
      drafts.push(draft);
      previous = draft;
      previousClose = quote.close;
    }
  }
  return drafts;
}
