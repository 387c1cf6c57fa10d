import { z } from 'zod';
import { ASSIGNEE_RULES, EVENT_RULES, HOLDER_CHECKS } from './machine';
import { ATTRIBUTION_VERDICTS, CLAIM_RATINGS, PAYLOAD_SCHEMAS } from './payloads';
import { REFUSAL_HTTP_STATUS } from './transition';
import { ACTOR_ROLES, CLAIM_STATUSES, FINAL_STATUSES, REVIEW_EVENTS } from './vocabulary';

/** The machine as plain JSON, for the API (GET /v1/review/machine), the UI and the docs. */
export const REVIEW_MACHINE = {
  states: CLAIM_STATUSES.map((name) => ({ name, final: FINAL_STATUSES.includes(name) })),
  roles: ACTOR_ROLES,
  editorsAndAdminsPassHolderChecks: true,
  events: REVIEW_EVENTS.map((name) => {
    const { payload, ...rule } = EVENT_RULES[name];
    return { name, ...rule, payload: z.toJSONSchema(PAYLOAD_SCHEMAS[payload], { io: 'input' }) };
  }),
  assigneeRules: ASSIGNEE_RULES,
  holderChecks: HOLDER_CHECKS,
  verdict: { attributionVerdicts: ATTRIBUTION_VERDICTS, claimRatings: CLAIM_RATINGS },
  refusals: REFUSAL_HTTP_STATUS,
};
