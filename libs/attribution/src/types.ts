export type SourceType = 'person' | 'organization' | 'media' | 'anonymous' | 'document' | 'social';
export type QuoteType = 'direct' | 'indirect' | 'mixed';

export interface AttributedClaim {
  /** Fullest name the article uses for the speaker; anonymous sources keep the text's phrase. */
  source: string;
  sourceType: SourceType;
  /** Outlet, channel or platform that relayed the claim, or null. */
  via: string | null;
  /** The attribution verb or phrase as written. */
  cue: string;
  quote: QuoteType;
  /** The claim itself; always text.slice(start, end). */
  content: string;
  start: number;
  end: number;
  /** Index of the sentence the content starts in. */
  sentence: number;
  confidence: number;
}

export interface ExtractOptions {
  /** Drop claims below this confidence (default 0). */
  minConfidence?: number;
}

export interface ExtractResult {
  claims: AttributedClaim[];
}

/** A source phrase read into a name and a type (internal: the grammar's and coreference's currency). */
export interface SourcePhrase {
  name: string;
  type: SourceType;
  /** Lower-case role words seen with the name ("minister", "coach"), for later "the minister". */
  roles: string[];
  /** For an account (sourceType social): the platform it posts on, which is the claim's relay. */
  platform?: string;
}
