import type { QuoteType, SourceType } from '@factdesk/attribution';
import { comparisonForms, figures, namedEntities, phraseCounter, type Signal } from './claim-signals';
import {
  COMPARISON_PHRASES,
  OPINION_PHRASES,
  PLAN_PHRASES,
  SPECULATION_PHRASES,
  UNCONFIRMED_PHRASES,
} from './lexicon/worthiness';

/** The claim as extracted (see @factdesk/attribution's AttributedClaim), plus how widely it has been carried. */
export interface CheckWorthinessInput {
  content: string;
  sourceType: SourceType;
  via: string | null;
  quote: QuoteType | null;
  /** How many articles carry this claim (1 for a claim seen once). */
  appearances: number;
}

export interface WorthinessFeature {
  name: WorthinessFeatureName;
  /** 0..1: how strongly the feature is present. */
  value: number;
  weight: number;
  /** value x weight: what the feature adds to (or takes from) the score. */
  contribution: number;
  note: string;
}

export interface CheckWorthiness {
  /** 0..1, the sum of the contributions clamped to 0..1, rounded to 3 decimals. */
  score: number;
  features: WorthinessFeature[];
}

/**
 * Weights of the features, in score points (the score is their clamped sum). A count feature reaches its full value
 * at `saturatesAt` occurrences; one occurrence of a feature saturating at 2 gives half its weight. The positive
 * weights add up to 1.25, so the clamp at 1 bites only when much fires at once and strong claims keep their order.
 */
export const WORTHINESS_FEATURES = {
  base: { weight: 0.1, saturatesAt: 1 },
  figures: { weight: 0.25, saturatesAt: 2 },
  entities: { weight: 0.1, saturatesAt: 2 },
  comparison: { weight: 0.15, saturatesAt: 1 },
  unconfirmed: { weight: 0.1, saturatesAt: 1 },
  plan: { weight: 0.15, saturatesAt: 1 },
  speculation: { weight: -0.15, saturatesAt: 2 },
  opinion: { weight: -0.35, saturatesAt: 2 },
  anonymousSource: { weight: 0.1, saturatesAt: 1 },
  relayed: { weight: 0.1, saturatesAt: 1 },
  paraphrase: { weight: 0.05, saturatesAt: 1 },
  reach: { weight: 0.15, saturatesAt: 16 },
} as const;
export type WorthinessFeatureName = keyof typeof WORTHINESS_FEATURES;

const countComparisons = phraseCounter(COMPARISON_PHRASES);
const countSpeculation = phraseCounter(SPECULATION_PHRASES);
const countUnconfirmed = phraseCounter(UNCONFIRMED_PHRASES);
const countPlans = phraseCounter(PLAN_PHRASES);
const countOpinion = phraseCounter(OPINION_PHRASES);

/** `|| 0` turns the -0 of a zero value under a negative weight into 0. */
const round = (value: number) => Math.round(value * 1000) / 1000 || 0;
const clamp = (value: number) => Math.min(1, Math.max(0, value));

interface Reading {
  value: number;
  note: string;
}

/** A count read against its saturation, noted with what was found. */
function counted(name: WorthinessFeatureName, found: Signal, what: string): Reading {
  if (found.count === 0) return { value: 0, note: `no ${what}` };
  const listed = [...new Set(found.found)].slice(0, 5).join(', ');
  return {
    value: Math.min(1, found.count / WORTHINESS_FEATURES[name].saturatesAt),
    note: `${found.count} ${what}: ${listed}`,
  };
}

/**
 * Reach on a log scale: the second article counts as much as the next two, and those as much as the four after.
 * Full value at `saturatesAt` appearances, so a claim every outlet repeats does not crowd out all others.
 */
function reach(appearances: number): Reading {
  const saturation = WORTHINESS_FEATURES.reach.saturatesAt;
  const value = appearances <= 1 ? 0 : Math.min(1, Math.log(appearances) / Math.log(saturation));
  return { value, note: `appears in ${appearances} article${appearances === 1 ? '' : 's'}` };
}

function readings(input: CheckWorthinessInput): Record<WorthinessFeatureName, Reading> {
  const { content } = input;
  const comparisons = countComparisons(content);
  const forms = comparisonForms(content);
  const paraphrase = { indirect: 1, mixed: 0.5, direct: 0 }[input.quote ?? 'direct'];
  const names = namedEntities(content);
  const plans = countPlans(content);
  return {
    base: { value: 1, note: 'every claim starts here' },
    figures: counted('figures', figures(content), 'figure marks'),
    entities: counted('entities', names, 'names'),
    comparison: counted(
      'comparison',
      { count: comparisons.count + forms.count, found: [...comparisons.found, ...forms.found] },
      'comparisons',
    ),
    unconfirmed: counted('unconfirmed', countUnconfirmed(content), 'marks of an unconfirmed report'),
    plan:
      names.count > 0
        ? counted('plan', plans, `marks of a plan of ${names.found[0]}`)
        : { value: 0, note: plans.count > 0 ? 'a plan of nobody named' : 'no plan' },
    speculation: counted('speculation', countSpeculation(content), 'marks of speculation'),
    opinion: counted('opinion', countOpinion(content), 'marks of opinion'),
    anonymousSource:
      input.sourceType === 'anonymous'
        ? { value: 1, note: 'unnamed source' }
        : { value: 0, note: `source is ${input.sourceType}` },
    relayed: input.via
      ? { value: 1, note: `relayed via ${input.via}` }
      : input.sourceType === 'media'
        ? { value: 1, note: 'an outlet reporting what others said or did' }
        : { value: 0, note: 'not relayed' },
    paraphrase: { value: paraphrase, note: `quote is ${input.quote ?? 'unknown'}` },
    reach: reach(input.appearances),
  };
}

/**
 * How much a claim is worth checking, 0..1, as a transparent sum: every feature is listed with its value, weight and
 * contribution, and the score is the sum of the contributions clamped to 0..1. See README for the reasons behind
 * each weight.
 */
export function checkWorthiness(input: CheckWorthinessInput): CheckWorthiness {
  if (!Number.isFinite(input.appearances) || input.appearances < 0) {
    throw new RangeError(`appearances must be a finite number >= 0; got ${input.appearances}`);
  }
  const read = readings(input);
  const features = (Object.keys(WORTHINESS_FEATURES) as WorthinessFeatureName[]).map((name) => {
    const { weight } = WORTHINESS_FEATURES[name];
    const { value, note } = read[name];
    return { name, value: round(value), weight, contribution: round(value * weight), note };
  });
  const sum = (Object.keys(read) as WorthinessFeatureName[]).reduce(
    (total, name) => total + read[name].value * WORTHINESS_FEATURES[name].weight,
    0,
  );
  return { score: round(clamp(sum)), features };
}
