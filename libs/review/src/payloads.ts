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

/** An ISO date (`2026-12-01`, read as UTC midnight) or date-time with offset, normalised to `toISOString()`. */
const isoInstant = z
  .union([z.iso.datetime({ offset: true }), z.iso.date()], { error: 'must be an ISO date or a date-time with offset' })
  .transform((value) => new Date(value).toISOString());

/** Reviewer ids are API key ids, stored in uuid columns. */
const reviewerId = z.uuid({ error: 'must be a reviewer id (uuid)' });

export const PAYLOAD_SCHEMAS = {
  none: z.strictObject({}),
  optionalNote: z.strictObject({ note: text(2_000).optional() }),
  note: z.strictObject({ note: text(2_000) }),
  reason: z.strictObject({ reason: text(2_000) }),
  hold: z.strictObject({ reason: text(2_000), resumeAt: isoInstant.optional() }),
  resume: z.strictObject({ target: z.enum(['reviewer', 'queue']).default('reviewer') }),
  verdict: verdictSchema,
  reopen: z.strictObject({ note: text(2_000), target: z.enum(['reviewer', 'queue']).default('queue') }),
  reassign: z.strictObject({ assigneeId: reviewerId, note: text(2_000).optional() }),
  merge: z.strictObject({ into: z.uuid({ error: 'must be a claim id (uuid)' }), note: text(2_000).optional() }),
} as const;
export type PayloadKind = keyof typeof PAYLOAD_SCHEMAS;
