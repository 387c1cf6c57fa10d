/** Day and month names as regex alternations, for time phrases that are no part of a claim or a name. */
export const WEEKDAY = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';
export const MONTH = '(?:January|February|March|April|May|June|July|August|September|October|November|December)';
/**
 * When a statement was made, as news copy dates it: "on Thursday evening", "late on Friday", "last week", "in June",
 * "in 2024". No part of who spoke, nor of whom they told.
 */
export const TIME_OF_STATEMENT = `(?:(?:late|early)\\s+)?(?:on\\s+${WEEKDAY}(?:\\s+(?:morning|afternoon|evening|night))?|(?:last|this|earlier this)\\s+(?:week|month|year)|in\\s+(?:\\d{4}|${MONTH})|yesterday|today)`;
