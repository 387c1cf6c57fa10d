import { type CueVerb } from '../lexicon/cues';
import { type Sentence, type Token } from '../segment';

/** Who speaks at a cue: the source phrase as written, the relay that carried it, and where the attribution sits. */
export interface Clause {
  sourceRaw: string;
  via: string | null;
  position: number;
}

/** One cue verb of a sentence, as reported speech reads it: the words before it, the words after it. */
export interface CueSite {
  text: string;
  sentence: Sentence;
  token: Token;
  cue: CueVerb;
  /** The cue as written, in lower case. */
  form: string;
  cueEnd: number;
  /** From the cue's end to the sentence's end. */
  afterCue: string;
  /** From the end of the sentence's frame ("According to Xinhua, ") to the cue. */
  leftText: string;
  leftTail: string;
  frameLength: number;
  /** Adds a claim of `speaker` over text[start, end) (trimmed, cut at a second cue), if it holds words enough. */
  draft: (speaker: Clause, start: number, end: number, confidence: number, cueText?: string) => void;
}
