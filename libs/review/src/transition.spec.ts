import { transition } from './transition';
import { ActorRole, CLAIM_STATUSES, ClaimSnapshot, ClaimStatus, REVIEW_EVENTS, ReviewEventName } from './vocabulary';

const NOW = new Date('2026-11-25T10:00:00Z');
const HOLDER = '11111111-1111-4111-8111-111111111111';
const OTHER = '22222222-2222-4222-8222-222222222222';
const ROLES: ActorRole[] = ['intake', 'reviewer', 'editor', 'admin', 'system'];

const VERDICT = { attributionVerdict: 'confirmed', attributionNote: 'on record', claimRating: 'mixed', ratingNote: 'partly' };
const VALID_PAYLOAD: Record<ReviewEventName, Record<string, unknown>> = {
  triage: {}, claim: {}, release: {}, start: {}, resume: {}, lease_expired: {},
  hold: { reason: 'waiting for the ministry' },
  escalate: { reason: 'legal question' },
  submit: VERDICT,
  approve: {},
  return: { note: 'check the date' },
  discard: { reason: 'duplicate' },
  reopen: { note: 'new document surfaced' },
  reassign: { assigneeId: OTHER },
};

const R = ['reviewer', 'editor', 'admin'];
const E = ['editor', 'admin'];
const S = ['system'];
const OPEN = ['queued', 'in_review', 'awaiting_approval', 'on_hold', 'escalated', 'returned', 'reopened'];

/** The expected table, written out by hand: event -> allowed from-states, roles, resulting state. */
const EXPECTED: Record<ReviewEventName, { from: string[]; roles: string[]; to: (from: string) => string }> = {
  triage: { from: ['new'], roles: S, to: () => 'queued' },
  claim: { from: ['queued', 'reopened'], roles: R, to: () => 'in_review' },
  release: { from: ['in_review'], roles: R, to: () => 'queued' },
  start: { from: ['returned', 'reopened'], roles: R, to: () => 'in_review' },
  hold: { from: ['in_review'], roles: R, to: () => 'on_hold' },
  resume: { from: ['on_hold'], roles: R, to: () => 'in_review' },
  escalate: { from: ['in_review'], roles: R, to: () => 'escalated' },
  submit: { from: ['in_review'], roles: R, to: () => 'awaiting_approval' },
  approve: { from: ['awaiting_approval'], roles: E, to: () => 'approved' },
  return: { from: ['awaiting_approval', 'escalated'], roles: E, to: () => 'returned' },
  discard: { from: OPEN, roles: E, to: () => 'discarded' },
  reopen: { from: ['approved'], roles: E, to: () => 'reopened' },
  reassign: { from: ['queued', 'in_review', 'on_hold', 'escalated', 'returned', 'reopened'], roles: E, to: () => 'in_review' },
  lease_expired: { from: ['in_review'], roles: S, to: () => 'queued' },
};

const HELD: ClaimStatus[] = ['in_review', 'on_hold', 'escalated', 'awaiting_approval', 'returned'];
const snapshotIn = (status: ClaimStatus): ClaimSnapshot => ({
  status,
  assigneeId: HELD.includes(status) ? HOLDER : null,
  lastReviewerId: status === 'new' || status === 'queued' ? null : HOLDER,
  evidenceCount: 1,
});

const triples = CLAIM_STATUSES.flatMap((status) => REVIEW_EVENTS.flatMap((event) => ROLES.map((role) => [status, event, role] as const)));

describe('review machine: every (state, event, role)', () => {
  it('covers all triples', () => {
    expect(triples).toHaveLength(10 * 14 * 5);
  });

  it.each(triples)('%s + %s by %s', (status, event, role) => {
    const expected = EXPECTED[event];
    // The holder fires holder-only events; editors and system act as themselves.
    const actor = { id: role === 'reviewer' ? HOLDER : `${role}-id`, role };
    const sut = transition(snapshotIn(status), event, actor, VALID_PAYLOAD[event], NOW);
    const allowed = expected.from.includes(status) && expected.roles.includes(role);
    if (allowed) {
      expect(sut).toMatchObject({ ok: true, to: expected.to(status) });
    } else {
      expect(sut.ok).toBe(false);
      if (!sut.ok) {
        expect(sut.code).toBe(expected.roles.includes(role) ? 'invalid_state' : 'forbidden_role');
        expect(sut.reason).toContain(`'${event}'`);
      }
    }
  });
});

describe('review machine rules', () => {
  const reviewer = (id = HOLDER) => ({ id, role: 'reviewer' as const });
  const editor = { id: 'editor-id', role: 'editor' as const };

  it('refuses an unknown event', () => {
    expect(transition(snapshotIn('queued'), 'publish', editor, {}, NOW)).toMatchObject({ ok: false, code: 'unknown_event' });
  });

  it('refuses submit without evidence, and with a bad verdict naming the field', () => {
    const noEvidence = { ...snapshotIn('in_review'), evidenceCount: 0 };
    expect(transition(noEvidence, 'submit', reviewer(), VERDICT, NOW)).toMatchObject({ ok: false, code: 'missing_evidence' });
    const bad = transition(snapshotIn('in_review'), 'submit', reviewer(), { ...VERDICT, claimRating: 'pants_on_fire' }, NOW);
    expect(bad).toMatchObject({ ok: false, code: 'invalid_payload', details: [expect.objectContaining({ field: 'claimRating' })] });
    const emptyNote = transition(snapshotIn('in_review'), 'submit', reviewer(), { ...VERDICT, ratingNote: '  ' }, NOW);
    expect(emptyNote).toMatchObject({ ok: false, code: 'invalid_payload', details: [expect.objectContaining({ field: 'ratingNote' })] });
  });

  it('keeps the verdict on a valid submit and records the submitter as last reviewer', () => {
    expect(transition(snapshotIn('in_review'), 'submit', reviewer(), VERDICT, NOW)).toMatchObject({
      ok: true, to: 'awaiting_approval', verdict: VERDICT, assigneeId: HOLDER, lastReviewerId: HOLDER,
    });
  });

  it('lets only the holder (or an editor) act on a held claim', () => {
    for (const event of ['release', 'hold', 'escalate', 'submit'] as const) {
      expect(transition(snapshotIn('in_review'), event, reviewer(OTHER), VALID_PAYLOAD[event], NOW)).toMatchObject({ ok: false, code: 'not_holder' });
      expect(transition(snapshotIn('in_review'), event, editor, VALID_PAYLOAD[event], NOW).ok).toBe(true);
    }
  });

  it('gives a claim to whoever takes it from the queue', () => {
    expect(transition(snapshotIn('queued'), 'claim', reviewer(OTHER), {}, NOW)).toMatchObject({ ok: true, assigneeId: OTHER, lastReviewerId: OTHER });
  });

  it('returns a claim to the same reviewer, who starts it again', () => {
    const returned = transition({ ...snapshotIn('awaiting_approval') }, 'return', editor, { note: 'source?' }, NOW);
    expect(returned).toMatchObject({ ok: true, to: 'returned', assigneeId: HOLDER, note: 'source?' });
    const snapshot = { ...snapshotIn('returned'), assigneeId: HOLDER };
    expect(transition(snapshot, 'start', reviewer(OTHER), {}, NOW)).toMatchObject({ ok: false, code: 'not_holder' });
    expect(transition(snapshot, 'start', reviewer(HOLDER), {}, NOW)).toMatchObject({ ok: true, to: 'in_review', assigneeId: HOLDER });
  });

  it('reopens to the queue by default, or to the last reviewer', () => {
    expect(transition(snapshotIn('approved'), 'reopen', editor, { note: 'new memo' }, NOW)).toMatchObject({ ok: true, to: 'reopened', assigneeId: null });
    expect(transition(snapshotIn('approved'), 'reopen', editor, { note: 'new memo', target: 'last_reviewer' }, NOW)).toMatchObject({
      ok: true, to: 'reopened', assigneeId: HOLDER,
    });
    const assigned = { ...snapshotIn('reopened'), assigneeId: HOLDER };
    expect(transition(assigned, 'claim', reviewer(OTHER), {}, NOW)).toMatchObject({ ok: false, code: 'not_holder' });
  });

  it('holds with a reason and a future resume date only', () => {
    expect(transition(snapshotIn('in_review'), 'hold', reviewer(), { reason: 'expert', resumeAt: '2026-12-01T09:00:00Z' }, NOW)).toMatchObject({
      ok: true, to: 'on_hold', holdReason: 'expert', resumeAt: '2026-12-01T09:00:00Z', assigneeId: HOLDER,
    });
    expect(transition(snapshotIn('in_review'), 'hold', reviewer(), { reason: 'expert', resumeAt: '2020-01-01T00:00:00Z' }, NOW)).toMatchObject({ ok: false, code: 'invalid_payload' });
    expect(transition(snapshotIn('in_review'), 'hold', reviewer(), {}, NOW)).toMatchObject({ ok: false, code: 'invalid_payload' });
  });

  it('resumes to the holder, or to the queue when nobody holds it', () => {
    expect(transition(snapshotIn('on_hold'), 'resume', reviewer(), {}, NOW)).toMatchObject({ ok: true, to: 'in_review' });
    expect(transition({ ...snapshotIn('on_hold'), assigneeId: null }, 'resume', editor, {}, NOW)).toMatchObject({ ok: true, to: 'queued' });
  });

  it('needs a reason to discard and a valid reviewer id to reassign', () => {
    expect(transition(snapshotIn('queued'), 'discard', editor, {}, NOW)).toMatchObject({ ok: false, code: 'invalid_payload' });
    expect(transition(snapshotIn('queued'), 'reassign', editor, { assigneeId: 'bob' }, NOW)).toMatchObject({ ok: false, code: 'invalid_payload' });
    expect(transition(snapshotIn('queued'), 'reassign', editor, { assigneeId: OTHER }, NOW)).toMatchObject({ ok: true, to: 'in_review', assigneeId: OTHER });
  });

  it('refuses unknown payload fields', () => {
    expect(transition(snapshotIn('queued'), 'claim', reviewer(), { sneaky: true }, NOW)).toMatchObject({ ok: false, code: 'invalid_payload' });
  });
});
