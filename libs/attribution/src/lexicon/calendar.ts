/** Day and month names as regex alternations, for time phrases that are no part of a claim or a name. */
export const WEEKDAY = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';
export const MONTH = '(?:January|February|March|April|May|June|July|August|September|October|November|December)';
