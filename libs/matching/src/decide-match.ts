export interface MatchCandidate {
  claimId: string;
  /** pg_trgm similarity of the two claims' matchText, 0..1. */
  similarity: number;
  /** Whether the candidate has the new claim's source key; only such a candidate can be the same claim again. */
  sameSource: boolean;
  /**
   * Whether the two claims' figures agree (see `figuresAgree`); false keeps a near-identical claim with other
   * numbers ("200 vehicles" against "300 vehicles") a suggestion, never an appearance. Absent counts as true.
   */
  sameFigures?: boolean;
  status: string;
}

export interface MatchThresholds {
  /** At or above: the same claim, recorded as another appearance. */
  high: number;
  /** At or above (and below high): a possible match, suggested to the reviewer. */
  low: number;
}

export type MatchDecision =
  | { kind: 'appearance'; claimId: string; similarity: number }
  | { kind: 'suggestion'; claimId: string; similarity: number }
  | { kind: 'new' };

/** A discarded claim was judged not worth checking, a duplicate or out of scope: nothing new should join it. */
const IGNORED_STATUSES = new Set(['discarded']);

function assertThresholds({ high, low }: MatchThresholds): void {
  if (!(low > 0 && low <= high && high <= 1)) {
    throw new RangeError(`thresholds must satisfy 0 < low <= high <= 1; got low ${low}, high ${high}`);
  }
}

/** Highest similarity first; on a tie an approved claim (its verdict can be reused), then the order given. */
function best(candidates: MatchCandidate[]): MatchCandidate | undefined {
  return candidates.reduce<MatchCandidate | undefined>((chosen, candidate) => {
    if (!chosen || candidate.similarity > chosen.similarity) return candidate;
    const breaksTie =
      candidate.similarity === chosen.similarity && candidate.status === 'approved' && chosen.status !== 'approved';
    return breaksTie ? candidate : chosen;
  }, undefined);
}

/**
 * What a newly extracted claim is to the claims already on the desk: another appearance of one of them, a possible
 * match to suggest, or a new claim. A candidate from another source is at most a suggestion, however similar:
 * the same words from a different speaker are a different attribution to check.
 */
export function decideMatch(candidates: MatchCandidate[], thresholds: MatchThresholds): MatchDecision {
  assertThresholds(thresholds);
  const open = candidates.filter(
    (candidate) => !IGNORED_STATUSES.has(candidate.status) && candidate.similarity >= thresholds.low,
  );
  const appearance = best(
    open.filter(
      (candidate) => candidate.sameSource && candidate.sameFigures !== false && candidate.similarity >= thresholds.high,
    ),
  );
  if (appearance) return { kind: 'appearance', claimId: appearance.claimId, similarity: appearance.similarity };
  const suggestion = best(open);
  if (suggestion) return { kind: 'suggestion', claimId: suggestion.claimId, similarity: suggestion.similarity };
  return { kind: 'new' };
}
