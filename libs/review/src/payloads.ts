import { z } from 'zod';

export const ATTRIBUTION_VERDICTS = ['confirmed', 'misattributed', 'distorted', 'unverifiable'] as const;
export const CLAIM_RATINGS = ['true', 'mostly_true', 'mixed', 'misleading', 'false', 'unproven'] as const;

const text = (max: number) => z.string().trim().min(1, 'must not be empty').max(max);

export const verdictSchema = z.strictObject({
  attributionVerdict: z.enum(ATTRIBUTION_VERDICTS),
  attributionNote: text(10_000),
  claimRating: z.enum(CLAIM_RATINGS),
  ratingNote: text(10_000),
});
export type Verdict = z.infer<typeof verdictSchema>;

export const PAYLOAD_SCHEMAS = {
  none: z.strictObject({}),
  reason: z.strictObject({ reason: text(2_000) }),
  optionalNote: z.strictObject({ note: text(2_000).optional() }),
  note: z.strictObject({ note: text(2_000) }),
  hold: z.strictObject({ reason: text(2_000), resumeAt: z.iso.datetime({ offset: true }).optional() }),
  verdict: verdictSchema,
  reopen: z.strictObject({ note: text(2_000), target: z.enum(['queue', 'last_reviewer']).default('queue') }),
  reassign: z.strictObject({ assigneeId: z.uuid(), note: text(2_000).optional() }),
} as const;
export type PayloadKind = keyof typeof PAYLOAD_SCHEMAS;
