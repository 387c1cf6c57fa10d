import { priorityAdjustment } from '@factdesk/matching';

/**
 * Triage priority (0-100): a transparent sum of weights, each listed in `reasons` so a reviewer can see why a
 * claim sits where it does. Claims that are harder to attribute or easier to get wrong are checked first.
 */
export interface PriorityInput {
  sourceType: string;
  via: string | null;
  quote: string | null;
  content: string;
  confidence: number | null;
}

export interface Priority {
  score: number;
  reasons: string[];
}

const SOURCE_TYPE_WEIGHT: Record<string, number> = {
  anonymous: 30,
  social: 25,
  media: 15,
  person: 15,
  organization: 10,
  document: 10,
};

const NUMBER = /\d|\b(?:hundred|thousand|million|billion|trillion|percent|per cent|half|double|triple)\b/i;
const BASE = 20;

/** What the desk knows beyond the claim's own text: its source's record, its check-worthiness, how far it travelled. */
export interface DeskSignals {
  /** `sourceRisk(...).risk` of the claim's source. */
  risk: number;
  /** `checkWorthiness(...).score`. */
  worthiness: number;
  /** Articles carrying the claim. */
  reach: number;
}

/** A claim carried by 2 articles gets +5, by 4 +10, by 8 or more +15: each doubling of its reach counts the same. */
export const reachPoints = (reach: number): number => Math.min(15, Math.round(5 * Math.log2(Math.max(1, reach))));

export function triagePriority(claim: PriorityInput, signals?: DeskSignals): Priority {
  const reasons: string[] = [];
  let score = BASE;
  const add = (weight: number, reason: string) => {
    score += weight;
    reasons.push(`${weight > 0 ? '+' : ''}${weight} ${reason}`);
  };

  add(SOURCE_TYPE_WEIGHT[claim.sourceType] ?? 10, `source is ${claim.sourceType}`);
  if (claim.via) add(15, `relayed via ${claim.via}`);
  if (NUMBER.test(claim.content)) add(15, 'contains figures');
  if (claim.quote === 'indirect') add(5, 'paraphrased, not quoted');
  if (claim.confidence !== null && claim.confidence < 0.5) add(5, 'low extraction confidence');
  if (signals) {
    const adjustment = priorityAdjustment(signals.risk, signals.worthiness);
    if (adjustment.points > 0) add(adjustment.points, adjustment.reason.replace(/^\+\d+ /, ''));
    const reach = reachPoints(signals.reach);
    if (reach > 0) add(reach, `carried by ${signals.reach} articles`);
  }

  return { score: Math.max(0, Math.min(100, score)), reasons };
}
