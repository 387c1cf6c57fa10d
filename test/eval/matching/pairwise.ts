import type { GoldMention, Story } from './story-set';

/** An extracted claim as the desk placed it: `canonicalId` is the claim it stands as (itself, or the one it joined). */
export interface PlacedClaim {
  id: string;
  canonicalId: string;
  source: string;
  sourceId: string | null;
  via: string | null;
  status: string;
  content: string;
  start: number;
  end: number;
  possibleDuplicateOf: string | null;
  duplicateSimilarity: number | null;
}

export interface MentionPair {
  a: GoldMention;
  b: GoldMention;
}

export interface PairScore {
  mentions: number;
  extracted: number;
  goldPairs: number;
  predictedPairs: number;
  truePairs: number;
  /** Predicted pairs whose mentions belong to different stories (counted in `predictedPairs`). */
  crossStoryPairs: number;
  precision: number;
  recall: number;
  f1: number;
  misses: MentionPair[];
  falseJoins: MentionPair[];
}

const overlap = (claim: PlacedClaim, mention: GoldMention) =>
  Math.max(0, Math.min(claim.end, mention.end) - Math.max(claim.start, mention.start));

/**
 * The extracted claim carrying each gold mention: of the claims of the mention's article, the one whose span
 * overlaps the mention's text most; null when none does (the extractor missed it).
 */
export function placeMentions(
  mentions: GoldMention[],
  claimsOf: (story: string, outlet: string) => PlacedClaim[],
): Map<string, PlacedClaim | null> {
  return new Map(
    mentions.map((mention) => {
      const best = claimsOf(mention.story, mention.outlet).reduce<PlacedClaim | null>(
        (chosen, claim) => (overlap(claim, mention) > (chosen ? overlap(chosen, mention) : 0) ? claim : chosen),
        null,
      );
      return [mention.key, best];
    }),
  );
}

const ratio = (part: number, whole: number) => (whole === 0 ? 1 : part / whole);

/**
 * Pairwise precision and recall of the desk's clusters against the gold claims: a pair of mentions is gold when both
 * carry the same claim of a story, predicted when the desk placed both on the same claim. A mention the extractor
 * missed is in no predicted pair, so its gold pairs are misses.
 */
export function scorePairs(mentions: GoldMention[], placed: Map<string, PlacedClaim | null>): PairScore {
  const misses: MentionPair[] = [];
  const falseJoins: MentionPair[] = [];
  let goldPairs = 0;
  let predictedPairs = 0;
  let truePairs = 0;
  let crossStoryPairs = 0;
  mentions.forEach((a, index) => {
    for (const b of mentions.slice(index + 1)) {
      const gold = a.story === b.story && a.claim === b.claim;
      const placedA = placed.get(a.key);
      const placedB = placed.get(b.key);
      const predicted = !!placedA && !!placedB && placedA.canonicalId === placedB.canonicalId;
      if (gold) goldPairs += 1;
      if (predicted) {
        predictedPairs += 1;
        if (a.story !== b.story) crossStoryPairs += 1;
      }
      if (gold && predicted) truePairs += 1;
      else if (gold) misses.push({ a, b });
      else if (predicted) falseJoins.push({ a, b });
    }
  });
  const precision = ratio(truePairs, predictedPairs);
  const recall = ratio(truePairs, goldPairs);
  return {
    mentions: mentions.length,
    extracted: [...placed.values()].filter(Boolean).length,
    goldPairs,
    predictedPairs,
    truePairs,
    crossStoryPairs,
    precision,
    recall,
    f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall),
    misses,
    falseJoins,
  };
}

export interface ConflictScore {
  gold: number;
  found: number;
  /** Each gold conflict: `story: claim / claim`, and whether the desk linked the two as a conflict. */
  list: { label: string; found: boolean }[];
}

/**
 * Gold conflicts (`conflictsWith`: the same source's claim with another figure) the desk linked: some claim placed
 * for one side lists a claim placed for the other among its conflicts.
 */
export function scoreConflicts(
  stories: Story[],
  placed: Map<string, PlacedClaim | null>,
  conflictsOf: (claimId: string) => string[],
): ConflictScore {
  const list = stories.flatMap((story) =>
    story.claims
      .filter((claim) => claim.conflictsWith)
      .map((claim) => {
        const canonicals = (id: string) =>
          story.mentions
            .filter((mention) => mention.claim === id)
            .flatMap((mention) => placed.get(mention.key)?.canonicalId ?? []);
        const other = new Set(canonicals(claim.conflictsWith as string));
        const found = canonicals(claim.id).some((id) => conflictsOf(id).some((linked) => other.has(linked)));
        return { label: `${story.slug}: ${claim.id} / ${claim.conflictsWith}`, found };
      }),
  );
  return { gold: list.length, found: list.filter((item) => item.found).length, list };
}
