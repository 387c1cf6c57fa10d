import { authorise, type GuardedRule, type TransitionRefusal } from './guards';
import { type Actor, type ActorRole, type ClaimSnapshot, type ClaimStatus } from './vocabulary';

const REVIEWERS: ActorRole[] = ['reviewer', 'editor', 'admin'];
/** Where a reviewer works on a claim they hold; not `awaiting_approval`, so the editor approves what was submitted. */
const WORKING: ClaimStatus[] = ['in_review', 'on_hold', 'escalated'];

export interface ActionRule extends GuardedRule {
  description: string;
}

/** Operations on a claim that are not events (the state does not move) but follow the same role and holder rules. */
export const ACTION_RULES = {
  renew_lease: {
    roles: REVIEWERS,
    from: ['in_review'],
    holderCheck: 'holder',
    description: 'Extend the lease of a claim in review from now: its holder, or an editor on their behalf.',
  },
  change_evidence: {
    roles: REVIEWERS,
    from: WORKING,
    holderCheck: 'holder',
    description:
      'Add or remove evidence while the claim is worked on (in review, on hold, escalated): its holder or an editor. ' +
      'Frozen once submitted: to change it, the editor returns the claim.',
  },
} as const satisfies Record<string, ActionRule>;
export type ActionName = keyof typeof ACTION_RULES;

/** The machine's answer to an action on a claim: null when allowed, else the refusal with its reason. */
export function checkAction(
  action: ActionName,
  snapshot: Pick<ClaimSnapshot, 'status' | 'assigneeId'>,
  actor: Actor,
): TransitionRefusal | null {
  return authorise(`action '${action}'`, ACTION_RULES[action], snapshot, actor);
}
