import { z } from 'zod';
import { ACTION_RULES } from './actions';
import { PASSES_HOLDER_CHECKS, REFUSAL_HTTP_STATUS } from './guards';
import { ASSIGNEE_RULES, EVENT_RULES, HOLDER_CHECKS } from './machine';
import { ATTRIBUTION_VERDICTS, CLAIM_RATINGS, PAYLOAD_SCHEMAS } from './payloads';
import { DEFAULT_REVIEW_POLICY } from './transition';
import { ACTOR_ROLES, CLAIM_STATUSES, FINAL_STATUSES, REVIEW_EVENTS } from './vocabulary';

/** The events an API caller may fire; the others (triage, match, lease_expired) are the pipeline's own. */
export const CALLER_EVENTS = REVIEW_EVENTS.filter((name) => EVENT_RULES[name].roles.some((role) => role !== 'system'));
export type CallerEventName = (typeof CALLER_EVENTS)[number];

/** The machine as plain JSON, for the API (GET /v1/review/machine), the UI and the docs. */
export const REVIEW_MACHINE = {
  states: CLAIM_STATUSES.map((name) => ({ name, final: FINAL_STATUSES.includes(name) })),
  roles: ACTOR_ROLES,
  editorsAndAdminsPassHolderChecks: PASSES_HOLDER_CHECKS.includes('editor') && PASSES_HOLDER_CHECKS.includes('admin'),
  /** Roles for which every holder check (events and actions) passes, whoever holds the claim. */
  rolesPassingHolderChecks: PASSES_HOLDER_CHECKS,
  events: REVIEW_EVENTS.map((name) => {
    const { payload, ...rule } = EVENT_RULES[name];
    return { name, ...rule, payload: z.toJSONSchema(PAYLOAD_SCHEMAS[payload], { io: 'input' }) };
  }),
  actions: Object.entries(ACTION_RULES).map(([name, rule]) => ({ name, ...rule })),
  /** The defaults; a desk may turn a setting off (REQUIRE_SECOND_APPROVER). */
  policy: DEFAULT_REVIEW_POLICY,
  assigneeRules: ASSIGNEE_RULES,
  holderChecks: HOLDER_CHECKS,
  verdict: { attributionVerdicts: ATTRIBUTION_VERDICTS, claimRatings: CLAIM_RATINGS },
  refusals: REFUSAL_HTTP_STATUS,
};
