import type { QuoteType, SourcePhrase } from '../types';

/** A claim found by the grammar before its source is resolved and its span trimmed. */
export interface Draft {
  /** The source as written ("he", "the minister", "A spokeswoman for Albany"), or already resolved. */
  source: string | SourcePhrase;
  cue: string;
  contentStart: number;
  contentEnd: number;
  quote: QuoteType;
  via: string | null;
  sentence: number;
  /** Where the attribution sits, for coreference (what has the article said before this point). */
  position: number;
  confidence: number;
}

/** Cues the direct-quote grammar has read (by their offset), with the speaker it read each with. */
export type ConsumedCues = Map<number, string>;
