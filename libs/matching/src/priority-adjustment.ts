import { SOURCE_RISK_PRIOR } from './source-risk';

export interface PriorityAdjustment {
  /** Whole priority points, 0..25, to add to the triage priority (0-100). */
  points: number;
  /** Why, phrased to follow "+N " the way triage reasons read ("+12 source risk 0.52 ..."). */
  reason: string;
}

/** Risk above the base rate earns up to 15 points; check-worthiness up to 10. */
export const MAX_RISK_POINTS = 15;
export const MAX_WORTHINESS_POINTS = 10;

/** Rounded before scaling so that float noise (0.6 - 0.2 = 0.3999...) does not turn a half point down. */
const points = (max: number, share: number) => Math.round((max * Math.round(share * 1e6)) / 1e6);

function assertShare(name: string, value: number): void {
  if (!(value >= 0 && value <= 1)) throw new RangeError(`${name} must be within 0..1; got ${value}`);
}

/**
 * Priority points for a claim from its source's risk (see sourceRisk) and its check-worthiness score. Risk counts
 * only above the base rate, so every new source (which sits at the base rate) gets no risk points and a source with a
 * clean record is not pushed down below claims from unknown ones. The two parts are rounded separately and
 * added, so the reason adds up.
 */
export function priorityAdjustment(
  risk: number,
  checkWorthiness: number,
  baseRate = SOURCE_RISK_PRIOR.baseRate,
): PriorityAdjustment {
  assertShare('risk', risk);
  assertShare('checkWorthiness', checkWorthiness);
  assertShare('baseRate', baseRate);
  const excess = baseRate === 1 ? 0 : Math.max(0, (risk - baseRate) / (1 - baseRate));
  const riskPoints = points(MAX_RISK_POINTS, excess);
  const worthinessPoints = points(MAX_WORTHINESS_POINTS, checkWorthiness);
  const riskReason =
    riskPoints > 0
      ? `source risk ${risk.toFixed(2)} above base rate ${baseRate.toFixed(2)} (+${riskPoints})`
      : `source risk ${risk.toFixed(2)} not above base rate ${baseRate.toFixed(2)} (+0)`;
  return {
    points: riskPoints + worthinessPoints,
    reason: `${riskReason}, check-worthiness ${checkWorthiness.toFixed(2)} (+${worthinessPoints})`,
  };
}
