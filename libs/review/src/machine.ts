import { PayloadKind } from './payloads';
import { ActorRole, ClaimStatus, ReviewEventName } from './vocabulary';

const REVIEWERS: ActorRole[] = ['reviewer', 'editor', 'admin'];
const EDITORS: ActorRole[] = ['editor', 'admin'];
const OPEN: ClaimStatus[] = ['queued', 'in_review', 'awaiting_approval', 'on_hold', 'escalated', 'returned', 'reopened'];

/**
 * Where the claim goes and who holds it afterwards:
 * - `actor`: the caller holds it; `keep`: the holder stays; `none`: nobody;
 * - `payload`: the reviewer named in the payload; `last_reviewer`: back to whoever last submitted it;
 * - `by_payload_target`: reopen's target decides (last reviewer or the open queue).
 */
export type AssigneeRule = 'actor' | 'keep' | 'none' | 'payload' | 'last_reviewer' | 'by_payload_target';

export interface EventRule {
  roles: ActorRole[];
  from: ClaimStatus[];
  /** A state, or `held_or_queued`: back to the holder's work if someone holds it, else to the queue. */
  to: ClaimStatus | 'held_or_queued';
  assignee: AssigneeRule;
  payload: PayloadKind;
  /** Only the reviewer holding (or assigned) the claim may fire it; editors and admins may always. */
  holderOnly: boolean;
  requiresEvidence?: boolean;
  description: string;
}

export const EVENT_RULES: Record<ReviewEventName, EventRule> = {
  triage: { roles: ['system'], from: ['new'], to: 'queued', assignee: 'none', payload: 'none', holderOnly: false,
    description: 'The pipeline places a new claim in the verification queue.' },
  claim: { roles: REVIEWERS, from: ['queued', 'reopened'], to: 'in_review', assignee: 'actor', payload: 'none', holderOnly: true,
    description: 'A reviewer takes a queued claim (or an unassigned reopened one) and gets a lease.' },
  release: { roles: REVIEWERS, from: ['in_review'], to: 'queued', assignee: 'none', payload: 'optionalNote', holderOnly: true,
    description: 'The holder gives the claim back to the queue.' },
  start: { roles: REVIEWERS, from: ['returned', 'reopened'], to: 'in_review', assignee: 'actor', payload: 'none', holderOnly: true,
    description: 'The assigned reviewer resumes work on a claim returned or reopened to them.' },
  hold: { roles: REVIEWERS, from: ['in_review'], to: 'on_hold', assignee: 'keep', payload: 'hold', holderOnly: true,
    description: 'Waiting on the source or an expert: a reason, and optionally when to resume.' },
  resume: { roles: REVIEWERS, from: ['on_hold'], to: 'held_or_queued', assignee: 'keep', payload: 'none', holderOnly: true,
    description: 'Work continues: back in review for the holder, or to the queue if nobody holds it.' },
  escalate: { roles: REVIEWERS, from: ['in_review'], to: 'escalated', assignee: 'keep', payload: 'reason', holderOnly: true,
    description: 'The reviewer asks an editor to decide.' },
  submit: { roles: REVIEWERS, from: ['in_review'], to: 'awaiting_approval', assignee: 'keep', payload: 'verdict', holderOnly: true,
    requiresEvidence: true, description: 'The reviewer proposes a verdict (attribution + claim rating), backed by evidence.' },
  approve: { roles: EDITORS, from: ['awaiting_approval'], to: 'approved', assignee: 'none', payload: 'optionalNote', holderOnly: false,
    description: 'An editor publishes the verdict.' },
  return: { roles: EDITORS, from: ['awaiting_approval', 'escalated'], to: 'returned', assignee: 'last_reviewer', payload: 'note', holderOnly: false,
    description: 'An editor sends the claim back, with a note, to the same reviewer.' },
  discard: { roles: EDITORS, from: OPEN, to: 'discarded', assignee: 'none', payload: 'reason', holderOnly: false,
    description: 'Not check-worthy, a duplicate or out of scope.' },
  reopen: { roles: EDITORS, from: ['approved'], to: 'reopened', assignee: 'by_payload_target', payload: 'reopen', holderOnly: false,
    description: 'New evidence after approval: to the open queue or back to the last reviewer.' },
  reassign: { roles: EDITORS, from: ['queued', 'in_review', 'on_hold', 'escalated', 'returned', 'reopened'], to: 'in_review',
    assignee: 'payload', payload: 'reassign', holderOnly: false, description: 'An editor gives the claim to a named reviewer.' },
  lease_expired: { roles: ['system'], from: ['in_review'], to: 'queued', assignee: 'none', payload: 'none', holderOnly: false,
    description: 'The reviewer’s lease ran out; the claim goes back to the queue.' },
};
