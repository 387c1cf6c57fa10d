/**
 * "A second poll put opposition at 58 percent", "the survey puts turnout at about 60 percent": a poll or estimate
 * that puts a quantity at a figure states that figure. Only an unnamed document says so ("The United States
 * Geological Survey put the magnitude at 6.6" is an agency's reading, named as such).
 */
const AT_FIGURE =
  /^\s+[^,;]{1,80}?\s+at\s+(?:(?:about|around|roughly|nearly|almost|some|just|over|under|more than|less than)\s+)*[\d$€£]/u;
const ESTIMATING_HEAD =
  /^(?:(?:\S+\s+){0,3}?(?:polls?|surveys?|study|report|estimates?|analysis|projections?|forecasts?|census)|(?:Polls?|Surveys?|Estimates?))\b/u;

/** Whether the words after "put" name a quantity and a figure ("opposition to the plan at 58 percent"). */
export const putsAtFigure = (afterCue: string): boolean => AT_FIGURE.test(afterCue);

/** Whether a subject is an unnamed poll or estimate, which "put ... at" reports: "A second poll, by X". */
export const isEstimate = (subject: string): boolean =>
  ESTIMATING_HEAD.test(subject.split(/,|\s+(?:by|from|of)\s+/)[0].trim());
