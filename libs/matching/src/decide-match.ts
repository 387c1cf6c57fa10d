import { type ClaimComparison, type FigureRelation } from './claim-comparison';

export interface MatchCandidate {
  claimId: string;
  /** pg_trgm similarity of the two claims' matchText, 0..1. */
  similarity: number;
  /** The new claim's match text against the candidate's (`compareClaims`). */
  comparison: ClaimComparison;
  /**
   * The new claim's figures against those of each claim already joined to the candidate: one `differ` is enough to
   * keep the new claim out ("200 vehicles" joined a claim without figures; "300 vehicles" must not join it too).
   */
  memberFigures?: FigureRelation[];
  /**
   * The candidate's speaker against the new claim's: the same (match key); another, where one of the two is only
   * described ("the regional prefect" against "Laurent Dubreuil", `describesSpeaker`), which may be the same claim on
   * stronger words (`MATCH_RULES.described`); or another named speaker, which is never the same claim.
   */
  speaker: 'same' | 'described' | 'other';
  status: string;
}

export interface MatchThresholds {
  /** Trigram similarity at or above which the same speaker's claim is the same claim (figures agreeing). */
  high: number;
  /** At or above (and below high): a possible match, suggested to the reviewer. */
  low: number;
}

/** Why a candidate is the same claim: the words that decide it, for the audit event. */
export type MatchEvidence =
  'similar text' | 'contained text' | 'close text' | 'same figures' | 'close text, described speaker';

export interface ConflictLink {
  claimId: string;
  similarity: number;
}

export type MatchDecision = (
  | { kind: 'appearance'; claimId: string; similarity: number; evidence: MatchEvidence }
  | { kind: 'suggestion'; claimId: string; similarity: number }
  | { kind: 'new' }
) & {
  /** Claims of the same speaker that say the same with other figures: linked as conflicts, never joined. */
  conflicts: ConflictLink[];
};

/**
 * The rules, as numbers: a text that holds CONTAINED of the other's words (at least MIN_WORDS of them) is the same
 * claim cut short or carried further; with a figure in common, SAME_FIGURES of the words is enough (the same speaker
 * and the same figures are strong evidence), and with a telling figure in common (`tellingFigures`: "40,000", not
 * "2026" or "two") no word is needed, since outlets reword everything around a count but the count; a rewrite that
 * is neither similar nor contained enough by itself but CLOSE on both together (`closeness`), over CLOSE_WORDS words
 * or more, is the same claim too (a headline's "to arm Damascus" against the body's "plans to supply Syria"; a short
 * text has too few words for half of them to tell); a conflict needs CONFLICT of the words besides the figures.
 * A speaker described in one claim and named in the other ("the health secretary" / "Priya Raman") may be someone
 * else, so only a rewrite close on both measures together, DESCRIBED, over DESCRIBED_WORDS words is the same claim
 * (DESCRIBED_FIGURE with a telling figure in common; one word fewer with such a figure and DESCRIBED_SHORT); figures
 * alone are not enough, since another
 * source's figure for the same event shares them ("consumer prices rose 21.4 percent in the year to March" from the
 * statistics office, "inflation rose to 21.4 percent in March" from the governor: 0.60 over four words).
 */
export const MATCH_RULES = {
  contained: 0.75,
  sameFigures: 0.4,
  close: 0.5,
  closeWords: 5,
  conflict: 0.6,
  minWords: 3,
  conflictWords: 4,
  described: 0.55,
  describedFigure: 0.5,
  describedWords: 5,
  describedShort: 0.65,
  describedSuggestion: 0.4,
  openingApart: 0.25,
} as const;

/** A discarded claim was judged not worth checking, a duplicate or out of scope: nothing new should join it. */
const IGNORED_STATUSES = new Set(['discarded']);

function assertThresholds({ high, low }: MatchThresholds): void {
  if (!(low > 0 && low <= high && high <= 1)) {
    throw new RangeError(`thresholds must satisfy 0 < low <= high <= 1; got low ${low}, high ${high}`);
  }
}

const figuresDiffer = (candidate: MatchCandidate) =>
  candidate.comparison.figures === 'differ' || (candidate.memberFigures ?? []).includes('differ');

/** How close two claims are, for choosing among candidates and as evidence: trigram similarity and word containment alike. */
const closeness = (candidate: MatchCandidate) => (candidate.similarity + candidate.comparison.containment) / 2;

/** Why the candidate says what the new claim says (figures aside), or null. */
function sameWords(candidate: MatchCandidate, high: number): MatchEvidence | null {
  const { containment, shorterWords, sharedFigures } = candidate.comparison;
  if (candidate.similarity >= high) return 'similar text';
  if (containment >= MATCH_RULES.contained && shorterWords >= MATCH_RULES.minWords) return 'contained text';
  if (sharedFigures > 0 && containment >= MATCH_RULES.sameFigures && shorterWords >= 2) return 'same figures';
  if (candidate.comparison.tellingFigures > 0) return 'same figures';
  if (closeness(candidate) >= MATCH_RULES.close && shorterWords >= MATCH_RULES.closeWords) return 'close text';
  return null;
}

/** The closeness a described speaker's rewrite needs (see MATCH_RULES), or null when it is too short to tell. */
function describedBar({ shorterWords, tellingFigures }: ClaimComparison): number | null {
  if (shorterWords >= MATCH_RULES.describedWords) {
    return tellingFigures > 0 ? MATCH_RULES.describedFigure : MATCH_RULES.described;
  }
  const oneShort = shorterWords === MATCH_RULES.describedWords - 1;
  return oneShort && tellingFigures > 0 ? MATCH_RULES.describedShort : null;
}

/** Why the candidate of a described speaker says what the new claim says, or null. */
function describedSpeakerEvidence(candidate: MatchCandidate): MatchEvidence | null {
  const bar = describedBar(candidate.comparison);
  return bar !== null && closeness(candidate) >= bar ? 'close text, described speaker' : null;
}

const evidenceFor = (candidate: MatchCandidate, high: number): MatchEvidence | null =>
  candidate.speaker === 'same'
    ? sameWords(candidate, high)
    : candidate.speaker === 'described'
      ? describedSpeakerEvidence(candidate)
      : null;

/**
 * Whether a candidate that is not the same claim is close enough to put before a reviewer: a described speaker's
 * claim only when its words are close on both measures (DESCRIBED_SUGGESTION): every claim is compared with the
 * described speakers' claims, and a loose bar would put one beside every other claim.
 */
function worthSuggesting(candidate: MatchCandidate, low: number): boolean {
  const { containment, shorterWords } = candidate.comparison;
  if (candidate.speaker === 'described') {
    return closeness(candidate) >= MATCH_RULES.describedSuggestion && shorterWords >= MATCH_RULES.describedWords - 1;
  }
  return candidate.similarity >= low || (containment >= 0.5 && shorterWords >= MATCH_RULES.minWords);
}

const isConflict = (candidate: MatchCandidate, high: number) =>
  candidate.similarity >= high ||
  (candidate.comparison.containment >= MATCH_RULES.conflict &&
    candidate.comparison.shorterWords >= MATCH_RULES.conflictWords);

/** Closest first; on a tie an approved claim (its verdict can be reused), then the order given. */
function best(candidates: MatchCandidate[]): MatchCandidate | undefined {
  return candidates.reduce<MatchCandidate | undefined>((chosen, candidate) => {
    if (!chosen || closeness(candidate) > closeness(chosen)) return candidate;
    const breaksTie =
      closeness(candidate) === closeness(chosen) && candidate.status === 'approved' && chosen.status !== 'approved';
    return breaksTie ? candidate : chosen;
  }, undefined);
}

/**
 * The claim a new one joins: the closest, unless one opens OPENING_APART or more earlier in it. Two candidates whose
 * shared words begin that far apart say two parts of the new claim ("the field would start production in March and
 * supply an extra 4 bcm a year", "the Social Democrats are on 31 percent and the Freedom Party on 27 percent"), and a
 * claim is what it says first; rewrites of one claim open alike, and the closest of them is kept.
 */
function joined(joinable: MatchCandidate[]): MatchCandidate | undefined {
  const closest = best(joinable);
  if (!closest) return undefined;
  const earlier = joinable.filter(
    (candidate) => candidate.comparison.opening <= closest.comparison.opening - MATCH_RULES.openingApart,
  );
  return best(earlier) ?? closest;
}

/**
 * What a newly extracted claim is to the claims already on the desk: another appearance of one of them, a possible
 * match to suggest, or a new claim; and which of them it conflicts with. Only the same speaker's claim, or one where a
 * speaker is described, can be the same claim; figures that differ never join (the same speaker's claims are linked
 * as a conflict when their words say the same).
 */
export function decideMatch(candidates: MatchCandidate[], thresholds: MatchThresholds): MatchDecision {
  assertThresholds(thresholds);
  const open = candidates.filter((candidate) => !IGNORED_STATUSES.has(candidate.status));
  const conflicts = open
    .filter((candidate) => candidate.speaker === 'same')
    .filter((candidate) => figuresDiffer(candidate) && isConflict(candidate, thresholds.high))
    .map((candidate) => ({ claimId: candidate.claimId, similarity: candidate.similarity }));
  const joinable = open.filter((candidate) => !figuresDiffer(candidate) && evidenceFor(candidate, thresholds.high));
  const appearance = joined(joinable);
  if (appearance) {
    const evidence = evidenceFor(appearance, thresholds.high) as MatchEvidence;
    return { kind: 'appearance', claimId: appearance.claimId, similarity: appearance.similarity, evidence, conflicts };
  }
  const conflicting = new Set(conflicts.map((conflict) => conflict.claimId));
  const suggestion = best(
    open.filter((candidate) => !conflicting.has(candidate.claimId) && worthSuggesting(candidate, thresholds.low)),
  );
  if (suggestion) {
    return { kind: 'suggestion', claimId: suggestion.claimId, similarity: suggestion.similarity, conflicts };
  }
  return { kind: 'new', conflicts };
}
