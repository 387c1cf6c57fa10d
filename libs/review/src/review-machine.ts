import { EVENT_RULES } from './machine';
import { ATTRIBUTION_VERDICTS, CLAIM_RATINGS, PAYLOAD_SCHEMAS } from './payloads';
import { z } from 'zod';
import { ACTOR_ROLES, CLAIM_STATUSES, FINAL_STATUSES } from './vocabulary';

/** The machine as plain JSON, for the API (GET /v1/review/machine), the UI and the docs. */
export const REVIEW_MACHINE = {
  states: CLAIM_STATUSES.map((state) => ({ name: state, final: FINAL_STATUSES.includes(state) })),
  roles: ACTOR_ROLES,
  events: Object.entries(EVENT_RULES).map(([name, rule]) => ({
    name,
    roles: rule.roles,
    from: rule.from,
    to: rule.to,
    holderOnly: rule.holderOnly,
    requiresEvidence: rule.requiresEvidence ?? false,
    description: rule.description,
    payload: z.toJSONSchema(PAYLOAD_SCHEMAS[rule.payload]),
  })),
  verdict: { attributionVerdicts: ATTRIBUTION_VERDICTS, claimRatings: CLAIM_RATINGS },
};
