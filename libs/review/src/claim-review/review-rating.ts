import type { Rating } from 'schema-dts';
import { type Verdict } from '../payloads';

/** The numeric scale of every published rating: 1 (false) to 5 (true). */
export const RATING_SCALE = { worst: 1, best: 5 } as const;

type ClaimRating = Verdict['claimRating'];

/** The desk's claim ratings in words and on the scale; `unproven` has no place on it, so it carries words only. */
const CLAIM_RATINGS: Record<ClaimRating, { words: string; value: number | null }> = {
  true: { words: 'True', value: 5 },
  mostly_true: { words: 'Mostly true', value: 4 },
  mixed: { words: 'Mixed', value: 3 },
  misleading: { words: 'Misleading', value: 2 },
  false: { words: 'False', value: 1 },
  unproven: { words: 'Unproven', value: null },
};

/**
 * ClaimReview has no field for "the source never said it", yet that is the finding readers need first: a false
 * attribution replaces the claim rating, in words and on the scale (what was reported, X said Y, is false or
 * misleading whatever the truth of Y).
 */
const ATTRIBUTION_PROBLEMS: Partial<Record<Verdict['attributionVerdict'], { words: string; value: number }>> = {
  misattributed: { words: 'Misattributed', value: 1 },
  distorted: { words: 'Distorted quote', value: 2 },
};

export function reviewRating(verdict: Pick<Verdict, 'attributionVerdict' | 'claimRating'>): Rating {
  const { words, value } = ATTRIBUTION_PROBLEMS[verdict.attributionVerdict] ?? CLAIM_RATINGS[verdict.claimRating];
  return {
    '@type': 'Rating',
    alternateName: words,
    ...(value === null ? {} : { ratingValue: value, bestRating: RATING_SCALE.best, worstRating: RATING_SCALE.worst }),
  };
}
