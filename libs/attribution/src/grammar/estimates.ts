/**
 * "A second poll put opposition at 58 percent", "the survey puts turnout at about 60 percent": a poll or estimate
 * that puts a quantity at a figure states that figure. Of a measured quantity only an unnamed document says so ("The
 * United States Geological Survey put the magnitude at 6.6" is an agency's reading, named as such).
 */
const APPROXIMATELY = /(?:(?:about|around|roughly|nearly|almost|some|just|over|under|more than|less than)\s+)*/u.source;
const AT_FIGURE = new RegExp(String.raw`^\s+[^,;]{1,80}?\s+at\s+${APPROXIMATELY}[\d$€£]`, 'u');
/**
 * "Police put the number of marchers at 12,000", "the insurer put the damage at 8 million": a count or a cost is an
 * estimate whoever makes it, unlike a measurement (a depth, a magnitude).
 */
const COUNT_AT_FIGURE = new RegExp(
  String.raw`^\s+(?:the\s+)?(?:(?:death|final|official)\s+)?(?:number|toll|count|crowd|turnout|cost|damage|losses|bill)\b[^,;]{0,60}?\s+at\s+${APPROXIMATELY}[\d$€£]`,
  'u',
);
const ESTIMATING_HEAD =
  /^(?:(?:\S+\s+){0,3}?(?:polls?|surveys?|study|report|estimates?|analysis|projections?|forecasts?|census)|(?:Polls?|Surveys?|Estimates?))\b/u;

/** "gives the Social Democrats 31 percent", "gave the plan 58%": who or what, then a share. */
const SHARE_GIVEN = /^\s+[^,;]{1,60}?\s+(?:\d+(?:[.,]\d+)?\s*(?:%|percent\b|per cent\b))/u;

/** Whether the words after "gives" are a share a poll gives a party or an option. */
export const givesShare = (afterCue: string): boolean => SHARE_GIVEN.test(afterCue);

/** Whether the words after "put" name a quantity and a figure ("opposition to the plan at 58 percent"). */
export const putsAtFigure = (afterCue: string): boolean => AT_FIGURE.test(afterCue);

/** Whether the words after "put" are a count or a cost at a figure, which any speaker's "put" estimates. */
export const putsCountAt = (afterCue: string): boolean => COUNT_AT_FIGURE.test(afterCue);

/** Whether a subject is an unnamed poll or estimate, which "put ... at" reports: "A second poll, by X". */
export const isEstimate = (subject: string): boolean =>
  ESTIMATING_HEAD.test(subject.split(/,|\s+(?:by|from|of)\s+/)[0].trim());
