import { transition } from './transition';
import {
  type ActorRole,
  CLAIM_STATUSES,
  type ClaimSnapshot,
  type ClaimStatus,
  REVIEW_EVENTS,
  type ReviewEventName,
} from './vocabulary';

const NOW = new Date('2026-11-25T10:00:00Z');
const HOLDER = '11111111-1111-4111-8111-111111111111';
const OTHER = '22222222-2222-4222-8222-222222222222';
const ROLES: ActorRole[] = ['intake', 'reviewer', 'editor', 'admin', 'system'];

const VALID_PAYLOAD: Record<ReviewEventName, Record<string, unknown>> = {
  triage: {},
  claim: {},
  start: {},
  release: {},
  resume: {},
  approve: {},
  lease_expired: {},
  hold: { reason: 'waiting for the ministry' },
  escalate: { reason: 'legal question' },
  submit: { attributionVerdict: 'confirmed', attributionNote: 'on record', claimRating: 'mixed', ratingNote: 'partly' },
  return: { note: 'check the date' },
  discard: { reason: 'duplicate' },
  reopen: { note: 'new document surfaced' },
  reassign: { assigneeId: OTHER },
  match: {},
  confirm_duplicate: {},
  reject_duplicate: {},
  split: {},
  merge: { into: '33333333-3333-4333-8333-333333333333' },
};

const REVIEWERS = ['reviewer', 'editor', 'admin'];
const EDITORS = ['editor', 'admin'];
const SYSTEM = ['system'];

/**
 * Every allowed (event, from-state) pair with its resulting state and the roles that may fire it, written out by
 * hand from the brief. Every triple not listed here must be refused.
 */
const ALLOWED: [ReviewEventName, ClaimStatus, ClaimStatus, string[]][] = [
  ['triage', 'new', 'queued', SYSTEM],
  ['claim', 'queued', 'in_review', REVIEWERS],
  ['claim', 'returned', 'in_review', REVIEWERS],
  ['claim', 'reopened', 'in_review', REVIEWERS],
  ['start', 'returned', 'in_review', REVIEWERS],
  ['start', 'reopened', 'in_review', REVIEWERS],
  ['release', 'in_review', 'queued', REVIEWERS],
  ['hold', 'in_review', 'on_hold', REVIEWERS],
  ['resume', 'on_hold', 'in_review', REVIEWERS],
  ['escalate', 'in_review', 'escalated', REVIEWERS],
  ['submit', 'in_review', 'awaiting_approval', REVIEWERS],
  ['approve', 'awaiting_approval', 'approved', EDITORS],
  ['return', 'awaiting_approval', 'returned', EDITORS],
  ['return', 'escalated', 'returned', EDITORS],
  ['discard', 'queued', 'discarded', EDITORS],
  ['discard', 'in_review', 'discarded', EDITORS],
  ['discard', 'awaiting_approval', 'discarded', EDITORS],
  ['discard', 'on_hold', 'discarded', EDITORS],
  ['discard', 'escalated', 'discarded', EDITORS],
  ['discard', 'returned', 'discarded', EDITORS],
  ['discard', 'reopened', 'discarded', EDITORS],
  ['reopen', 'approved', 'reopened', EDITORS],
  ['reassign', 'queued', 'returned', EDITORS],
  ['reassign', 'in_review', 'returned', EDITORS],
  ['reassign', 'reopened', 'returned', EDITORS],
  ['reassign', 'returned', 'returned', EDITORS],
  ['reassign', 'escalated', 'returned', EDITORS],
  ['lease_expired', 'in_review', 'queued', SYSTEM],
  ['match', 'new', 'merged', SYSTEM],
  ...(['queued', 'in_review', 'awaiting_approval', 'on_hold', 'escalated', 'returned', 'reopened'] as const).map(
    (from): [ReviewEventName, ClaimStatus, ClaimStatus, string[]] => ['merge', from, 'merged', EDITORS],
  ),
  ['confirm_duplicate', 'queued', 'merged', REVIEWERS],
  ['confirm_duplicate', 'in_review', 'merged', REVIEWERS],
  ['reject_duplicate', 'queued', 'queued', REVIEWERS],
  ['reject_duplicate', 'in_review', 'in_review', REVIEWERS],
  ['split', 'merged', 'queued', EDITORS],
];

const UNASSIGNED: ClaimStatus[] = ['new', 'queued', 'approved', 'discarded', 'merged'];
/** A claim in each state as the desk would hold it, worked on by HOLDER (reopened claims: reopened to HOLDER). */
const snapshotIn = (status: ClaimStatus): ClaimSnapshot => ({
  status,
  assigneeId: UNASSIGNED.includes(status) ? null : HOLDER,
  lastReviewerId: status === 'new' || status === 'queued' ? null : HOLDER,
  evidenceCount: 1,
});
/** Reviewers act as the holder so that holder checks pass; the table is about states and roles. */
const actorFor = (role: ActorRole) => ({ id: role === 'reviewer' ? HOLDER : `${role}-key`, role });

const triples = CLAIM_STATUSES.flatMap((status) =>
  REVIEW_EVENTS.flatMap((event) => ROLES.map((role) => [status, event, role] as const)),
);

describe('transition over every (state, event, role)', () => {
  it('covers all 11 states x 19 events x 5 roles', () => {
    expect(triples).toHaveLength(1045);
  });

  it.each(triples)('%s + %s by %s', (status, event, role) => {
    const sut = transition(snapshotIn(status), event, actorFor(role), VALID_PAYLOAD[event], NOW);

    const row = ALLOWED.find(([allowedEvent, from]) => allowedEvent === event && from === status);
    const roleMayFire = ALLOWED.some(([allowedEvent, , , roles]) => allowedEvent === event && roles.includes(role));
    if (row && row[3].includes(role)) {
      expect(sut).toMatchObject({ ok: true, to: row[2] });
    } else {
      expect(sut).toMatchObject({ ok: false, code: roleMayFire ? 'invalid_state' : 'forbidden_role' });
      expect(!sut.ok && sut.reason).toContain(`'${event}'`);
    }
  });
});
