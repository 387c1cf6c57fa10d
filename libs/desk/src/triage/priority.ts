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

export function triagePriority(claim: PriorityInput): Priority {
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

  return { score: Math.max(0, Math.min(100, score)), reasons };
}
