/* eslint-disable @typescript-eslint/unbound-method -- wink-nlp declares its `its.*` readers as methods, but they are
   stateless functions made to be passed to out(). */
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

/** One model for the process: loading it is the expensive part, reading a document is cheap. */
const nlp = winkNLP(model, ['sbd', 'pos']);
const its = nlp.its;

export interface Token {
  text: string;
  start: number;
  pos: string;
}

/** The document's tokens as parallel arrays, shared by all its sentences (no object per token until asked for). */
export interface TokenTable {
  values: string[];
  starts: number[];
  tags: string[];
}

/** A headline or standfirst line: in the first two paragraphs, without a closing full stop. */
export const isHeadline = (sentence: Sentence): boolean =>
  sentence.paragraph < 2 && !/[.!?]["”’]?$/.test(sentence.text.slice(-2));

export class Sentence {
  /** Indexes (into `tokens`) of the words found in the cue lexicon; filled by the extractor's prefilter. */
  cues: number[] = [];
  private built: Token[] | null = null;

  constructor(
    readonly index: number,
    readonly paragraph: number,
    readonly start: number,
    readonly end: number,
    readonly text: string,
    /** Token range [from, to] in `table`. */
    readonly from: number,
    readonly to: number,
    readonly table: TokenTable,
  ) {}

  /** Token objects, built on first use: most sentences carry no attribution and never need them. */
  get tokens(): Token[] {
    if (!this.built) {
      const { values, starts, tags } = this.table;
      const tokens = new Array<Token>(this.to - this.from + 1);
      for (let i = this.from; i <= this.to; i += 1)
        tokens[i - this.from] = { text: values[i], start: starts[i], pos: tags[i] };
      this.built = tokens;
    }
    return this.built;
  }
}

const MAX_SENTENCE_TOKENS = 160;
/** wink-nlp's tokenizer is quadratic in the length of a token (100,000 characters take seconds). */
const LONG_RUN = /\S{65,}/g;

/**
 * The text wink-nlp reads: the same length and the same offsets, but a run of more than 64 non-space characters
 * (no word is that long; a URL or binary-looking junk can be) gets a space every 64 characters.
 */
function forTokenizer(text: string): string {
  return text.replace(LONG_RUN, (run) => run.replace(/(\S{63})\S/g, '$1 '));
}

/**
 * "told Danish broadcaster DR. “The route …": wink-nlp reads a name in capitals with a full stop as an abbreviation
 * ("Dr."), but a title is written in small letters, so before a capital or a quotation mark the stop ends the sentence.
 */
const CAPITALS_WITH_STOP = /^\p{Lu}{2,}\.$/u;
const closesOnCapitals = (values: string[], spaces: string[], i: number): boolean =>
  CAPITALS_WITH_STOP.test(values[i]) && spaces[i + 1]?.length > 0 && /^[\p{Lu}“"]/u.test(values[i + 1] ?? '');

/**
 * Sentences with character offsets, by wink-nlp's sentence splitter and tagger. Line breaks also end a
 * sentence: headlines and standfirsts have no final period, and a paragraph never continues a sentence.
 */
export function segment(text: string): Sentence[] {
  const doc = nlp.readDoc(forTokenizer(text));
  const values = doc.tokens().out();
  const spaces = doc.tokens().out(its.precedingSpaces);
  const tags = doc.tokens().out(its.pos) as string[];
  const starts = new Array<number>(values.length);
  let offset = 0;
  for (let i = 0; i < values.length; i += 1) {
    offset += spaces[i].length;
    starts[i] = offset;
    offset += values[i].length;
  }

  const table: TokenTable = { values, starts, tags };
  const sentences: Sentence[] = [];
  let paragraph = 0;
  const push = (from: number, to: number) => {
    // Without sentence punctuation wink-nlp returns a whole text as one sentence; the grammar must never work on an
    // unbounded span (that is quadratic), so long runs are cut, at a comma or semicolon where there is one.
    while (to - from >= MAX_SENTENCE_TOKENS) {
      let cut = from + MAX_SENTENCE_TOKENS - 1;
      for (let i = cut; i > from + MAX_SENTENCE_TOKENS / 2; i -= 1) {
        if (values[i] === ',' || values[i] === ';' || values[i] === ':') {
          cut = i;
          break;
        }
      }
      emit(from, cut);
      from = cut + 1;
    }
    emit(from, to);
  };
  const emit = (from: number, to: number) => {
    while (from <= to && tags[from] === 'SPACE') from += 1;
    while (to >= from && tags[to] === 'SPACE') to -= 1;
    if (from > to) return;
    const start = starts[from];
    const end = starts[to] + values[to].length;
    // A headline sets its items apart with semicolons ("Police say X; lawyer calls Y"): each is a sentence of its own.
    if (paragraph < 2 && !/[.!?]["”’]?$/.test(text.slice(end - 2, end))) {
      let semicolon = from + 1;
      while (semicolon < to && values[semicolon] !== ';') semicolon += 1;
      if (semicolon < to) {
        emit(from, semicolon - 1);
        emit(semicolon + 1, to);
        return;
      }
    }
    sentences.push(new Sentence(sentences.length, paragraph, start, end, text.slice(start, end), from, to, table));
  };

  const spans = doc.sentences().out(its.span) as unknown as [number, number][];
  for (const [first, last] of spans) {
    let from = first;
    for (let i = first; i <= last; i += 1) {
      if (closesOnCapitals(values, spaces, i) && i < last) {
        push(from, i);
        from = i + 1;
        continue;
      }
      // Only whitespace tokens and spacing can hold a line break; test them without scanning every word.
      const breaks =
        (spaces[i].length > 0 && spaces[i].includes('\n')) || (tags[i] === 'SPACE' && values[i].includes('\n'));
      if (!breaks) continue;
      const before = spaces[i].includes('\n') ? i - 1 : i;
      push(from, before);
      paragraph += (values[i] + spaces[i]).includes('\n') ? 1 : 0;
      from = spaces[i].includes('\n') ? i : i + 1;
    }
    push(from, last);
  }
  return sentences;
}
