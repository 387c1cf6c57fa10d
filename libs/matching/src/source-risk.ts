/** A source's attribution verdicts so far, by kind (the review machine's `ATTRIBUTION_VERDICTS`). */
export interface AttributionRecord {
  confirmed: number;
  misattributed: number;
  distorted: number;
  unverifiable: number;
}

export interface SourceRisk {
  /** 0..1, rounded to 3 decimals: the smoothed share of problematic attributions. */
  risk: number;
  /** How many verdicts the record holds. */
  decided: number;
  note: string;
}

export interface RiskPrior {
  /** The share of problematic attributions expected of a source we know nothing about. */
  baseRate: number;
  /** How many verdicts the base rate is worth: a source needs about this many of its own to pull away from it. */
  strength: number;
}

/**
 * A Beta(0.8, 3.2) prior: a new source starts at 0.2, one bad verdict moves it to 0.36 rather than 1, and twenty
 * confirmed verdicts bring it down to 0.033.
 */
export const SOURCE_RISK_PRIOR: RiskPrior = { baseRate: 0.2, strength: 4 };

/** "Unverifiable" is half a problem: the words could not be traced, which is not the same as traced and wrong. */
export const UNVERIFIABLE_WEIGHT = 0.5;

const round = (value: number) => Math.round(value * 1000) / 1000;

function assertRecord(record: AttributionRecord): void {
  for (const [kind, count] of Object.entries(record)) {
    if (!Number.isInteger(count) || count < 0)
      throw new RangeError(`${kind} must be a whole number >= 0; got ${count}`);
  }
}

function assertPrior({ baseRate, strength }: RiskPrior): void {
  if (!(baseRate > 0 && baseRate < 1)) throw new RangeError(`prior baseRate must be within (0, 1); got ${baseRate}`);
  if (!(strength > 0 && Number.isFinite(strength))) throw new RangeError(`prior strength must be > 0; got ${strength}`);
}

/**
 * How likely the source's words are to be misattributed or distorted, from its record: the posterior mean of a
 * Beta prior, i.e. (problems + strength x baseRate) / (decided + strength), where problems counts misattributed and
 * distorted verdicts in full and unverifiable ones at UNVERIFIABLE_WEIGHT.
 */
export function sourceRisk(record: AttributionRecord, prior: RiskPrior = SOURCE_RISK_PRIOR): SourceRisk {
  assertRecord(record);
  assertPrior(prior);
  const { confirmed, misattributed, distorted, unverifiable } = record;
  const decided = confirmed + misattributed + distorted + unverifiable;
  const problems = misattributed + distorted + UNVERIFIABLE_WEIGHT * unverifiable;
  const risk = round((problems + prior.strength * prior.baseRate) / (decided + prior.strength));
  const smoothing = `smoothed toward the base rate ${prior.baseRate} as if ${prior.strength} more verdicts at that rate`;
  const note =
    decided === 0
      ? `no verdicts yet: risk is the base rate ${prior.baseRate}`
      : `${problems} problem points in ${decided} verdicts (${misattributed} misattributed, ${distorted} distorted, ` +
        `${unverifiable} unverifiable at weight ${UNVERIFIABLE_WEIGHT}, ${confirmed} confirmed); ${smoothing}`;
  return { risk, decided, note };
}
