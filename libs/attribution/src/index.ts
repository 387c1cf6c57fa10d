export { extract } from './extract';
export { normaliseSourceName } from './normalise';
export type { AttributedClaim, ExtractOptions, ExtractResult, QuoteType, SourceType } from './types';
