export { extract } from './extract';
export { normaliseSourceName } from './normalise';
export { PLATFORMS } from './lexicon/outlets';
export type { AttributedClaim, ExtractOptions, ExtractResult, QuoteType, SourceType } from './types';
