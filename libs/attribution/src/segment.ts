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

export interface Sentence {
  index: number;
  paragraph: number;
  start: number;
  end: number;
  text: string;
  readonly tokens: Token[];
}

/**
 * Sentences with character offsets, by wink-nlp's sentence splitter and tagger. Line breaks also end a
 * sentence: headlines and standfirsts have no final period, and a paragraph never continues a sentence.
 */
export function segment(text: string): Sentence[] {
  const doc = nlp.readDoc(text);
  const values = doc.tokens().out() as string[];
  const spaces = doc.tokens().out(its.precedingSpaces) as string[];
  const tags = doc.tokens().out(its.pos) as string[];
  const starts: number[] = new Array(values.length);
  let offset = 0;
  for (let i = 0; i < values.length; i += 1) {
    offset += spaces[i].length;
    starts[i] = offset;
    offset += values[i].length;
  }

  const sentences: Sentence[] = [];
  let paragraph = 0;
  const push = (from: number, to: number) => {
    while (from <= to && tags[from] === 'SPACE') from += 1;
    while (to >= from && tags[to] === 'SPACE') to -= 1;
    if (from > to) return;
    const start = starts[from];
    const end = starts[to] + values[to].length;
    let tokens: Token[] | undefined;
    sentences.push({
      index: sentences.length, paragraph, start, end, text: text.slice(start, end),
      // Most sentences carry no attribution and never need their tokens: build them on first use.
      get tokens() {
        if (!tokens) {
          tokens = [];
          for (let i = from; i <= to; i += 1) tokens.push({ text: values[i], start: starts[i], pos: tags[i] });
        }
        return tokens;
      },
    });
  };

  const spans = doc.sentences().out(its.span) as unknown as [number, number][];
  for (const [first, last] of spans) {
    let from = first;
    for (let i = first; i <= last; i += 1) {
      const breaks = values[i].includes('\n') || spaces[i].includes('\n');
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
