import { type PayloadKind } from './payloads';
import { type ActorRole, type ClaimStatus, type ReviewEventName } from './vocabulary';

/** Who holds the claim after the event. */
export const ASSIGNEE_RULES = {
  actor: 'the caller',
  keep: 'unchanged',
  none: 'nobody',
  payload: 'the reviewer named by payload.assigneeId',
  reviewer_of_record: 'the reviewer whose work it is: the current assignee, else the last reviewer',
  reviewer_or_queue: "payload.target 'reviewer': the reviewer of record; 'queue': nobody",
} as const;
export type AssigneeRule = keyof typeof ASSIGNEE_RULES;

/** Who besides editors and admins (never checked) may fire the event on this claim. */
export const HOLDER_CHECKS = {
  none: 'anyone with an allowed role',
  holder: 'only the assignee',
  assignee_if_any: 'only the assignee when the claim has one; anyone with an allowed role when it has none',
} as const;
export type HolderCheck = keyof typeof HOLDER_CHECKS;

/**
 * A fixed state; `unchanged` for an event that records a decision without moving the claim; or a state that depends
 * on whether the claim ends up with a reviewer or in the queue.
 */
export type TargetState = ClaimStatus | 'unchanged' | { withReviewer: ClaimStatus; toQueue: ClaimStatus };

export interface EventRule {
  roles: readonly ActorRole[];
  from: readonly ClaimStatus[];
  to: TargetState;
  assignee: AssigneeRule;
  holderCheck: HolderCheck;
  payload: PayloadKind;
  requiresEvidence: boolean;
  /**
   * Four eyes: the caller must not be an author of the verdict (who submitted it, or the reviewer of record) when the
   * desk's policy asks for a second approver (`ReviewPolicy.requireSecondApprover`, on by default).
   */
  secondApprover: boolean;
  description: string;
}

const REVIEWERS: ActorRole[] = ['reviewer', 'editor', 'admin'];
const EDITORS: ActorRole[] = ['editor', 'admin'];
const SYSTEM: ActorRole[] = ['system'];
/** Open for work: everything but the pipeline's `new` and the final states. */
const OPEN: ClaimStatus[] = [
  'queued',
  'in_review',
  'awaiting_approval',
  'on_hold',
  'escalated',
  'returned',
  'reopened',
];

/** Where a duplicate suggestion is settled: waiting in the queue, or with the reviewer who took it. */
const SUGGESTION_STATES: ClaimStatus[] = ['queued', 'in_review'];

const rule = (
  fields: Omit<EventRule, 'requiresEvidence' | 'secondApprover'> &
    Partial<Pick<EventRule, 'requiresEvidence' | 'secondApprover'>>,
): EventRule => ({ requiresEvidence: false, secondApprover: false, ...fields });

export const EVENT_RULES: Record<ReviewEventName, EventRule> = {
  triage: rule({
    roles: SYSTEM,
    from: ['new'],
    to: 'queued',
    assignee: 'none',
    holderCheck: 'none',
    payload: 'none',
    description: 'The pipeline puts a new claim in the verification queue.',
  }),
  claim: rule({
    roles: REVIEWERS,
    from: ['queued', 'returned', 'reopened'],
    to: 'in_review',
    assignee: 'actor',
    holderCheck: 'assignee_if_any',
    payload: 'none',
    description:
      'Take a claim from the queue, from your own list (returned or reopened to you) or an unassigned reopened one.',
  }),
  start: rule({
    roles: REVIEWERS,
    from: ['returned', 'reopened'],
    to: 'in_review',
    assignee: 'actor',
    holderCheck: 'holder',
    payload: 'none',
    description: 'Begin work on a claim already in your list (returned, reassigned or reopened to you).',
  }),
  release: rule({
    roles: REVIEWERS,
    from: ['in_review'],
    to: 'queued',
    assignee: 'none',
    holderCheck: 'holder',
    payload: 'optionalNote',
    description: 'The holder gives the claim back to the queue.',
  }),
  hold: rule({
    roles: REVIEWERS,
    from: ['in_review'],
    to: 'on_hold',
    assignee: 'keep',
    holderCheck: 'holder',
    payload: 'hold',
    description: 'Waiting on the source or an expert: a reason, and optionally a future date to resume.',
  }),
  resume: rule({
    roles: REVIEWERS,
    from: ['on_hold'],
    to: { withReviewer: 'in_review', toQueue: 'queued' },
    assignee: 'reviewer_or_queue',
    holderCheck: 'holder',
    payload: 'resume',
    description: "Work continues: back in review for the holder (target 'reviewer', the default) or to the queue.",
  }),
  escalate: rule({
    roles: REVIEWERS,
    from: ['in_review'],
    to: 'escalated',
    assignee: 'keep',
    holderCheck: 'holder',
    payload: 'reason',
    description: 'The holder asks an editor to decide.',
  }),
  submit: rule({
    roles: REVIEWERS,
    from: ['in_review'],
    to: 'awaiting_approval',
    assignee: 'keep',
    holderCheck: 'holder',
    payload: 'verdict',
    requiresEvidence: true,
    description: 'The holder proposes a verdict (attribution and claim rating), backed by at least one evidence item.',
  }),
  approve: rule({
    roles: EDITORS,
    from: ['awaiting_approval'],
    to: 'approved',
    assignee: 'none',
    holderCheck: 'none',
    payload: 'optionalNote',
    requiresEvidence: true,
    secondApprover: true,
    description:
      'An editor publishes the verdict: someone other than its authors (four eyes), with the evidence still there.',
  }),
  return: rule({
    roles: EDITORS,
    from: ['awaiting_approval', 'escalated'],
    to: 'returned',
    assignee: 'reviewer_of_record',
    holderCheck: 'none',
    payload: 'note',
    description: "An editor sends the claim back, with a note, to the same reviewer's list.",
  }),
  discard: rule({
    roles: EDITORS,
    from: OPEN,
    to: 'discarded',
    assignee: 'none',
    holderCheck: 'none',
    payload: 'reason',
    description: 'Not check-worthy, a duplicate or out of scope.',
  }),
  reopen: rule({
    roles: EDITORS,
    from: ['approved'],
    to: 'reopened',
    assignee: 'reviewer_or_queue',
    holderCheck: 'none',
    payload: 'reopen',
    description: "New evidence after approval: open to anyone (target 'queue', the default) or to the last reviewer.",
  }),
  reassign: rule({
    roles: EDITORS,
    from: ['queued', 'in_review', 'returned', 'escalated', 'reopened'],
    to: 'returned',
    assignee: 'payload',
    holderCheck: 'none',
    payload: 'reassign',
    description: "An editor puts the claim in another reviewer's list; they `start` it.",
  }),
  lease_expired: rule({
    roles: SYSTEM,
    from: ['in_review'],
    to: 'queued',
    assignee: 'none',
    holderCheck: 'none',
    payload: 'none',
    description: "The holder's lease ran out; the claim goes back to the queue.",
  }),
  match: rule({
    roles: SYSTEM,
    from: ['new'],
    to: 'merged',
    assignee: 'none',
    holderCheck: 'none',
    payload: 'none',
    description:
      'The pipeline finds the same claim from the same source already on the desk: this one becomes its appearance.',
  }),
  merge: rule({
    roles: EDITORS,
    from: OPEN,
    to: 'merged',
    assignee: 'none',
    holderCheck: 'none',
    payload: 'merge',
    description: 'An editor folds the claim into another (payload.into): appearances, evidence and history go with it.',
  }),
  confirm_duplicate: rule({
    roles: REVIEWERS,
    from: SUGGESTION_STATES,
    to: 'merged',
    assignee: 'none',
    holderCheck: 'assignee_if_any',
    payload: 'optionalNote',
    description: 'The suggested duplicate is the same claim: merge it into the claim it was matched with.',
  }),
  reject_duplicate: rule({
    roles: REVIEWERS,
    from: SUGGESTION_STATES,
    to: 'unchanged',
    assignee: 'keep',
    holderCheck: 'assignee_if_any',
    payload: 'optionalNote',
    description: 'The suggested duplicate is a different claim: drop the suggestion, the claim stays where it is.',
  }),
  split: rule({
    roles: EDITORS,
    from: ['merged'],
    to: 'queued',
    assignee: 'none',
    holderCheck: 'none',
    payload: 'optionalNote',
    description: 'An editor takes an appearance out of the claim it was merged into: it becomes its own claim, queued.',
  }),
};
