import { REFUSAL_HTTP_STATUS } from './guards';
import { transition } from './transition';
import { type ClaimSnapshot, type ClaimStatus } from './vocabulary';

const NOW = new Date('2026-11-25T10:00:00Z');
const HOLDER = '11111111-1111-4111-8111-111111111111';
const OTHER = '22222222-2222-4222-8222-222222222222';
const VERDICT = {
  attributionVerdict: 'confirmed',
  attributionNote: 'on record',
  claimRating: 'mixed',
  ratingNote: 'partly',
};

const reviewer = (id = HOLDER) => ({ id, role: 'reviewer' as const });
const editor = { id: 'editor-key', role: 'editor' as const };
const system = { id: 'system', role: 'system' as const };
const claimIn = (status: ClaimStatus, changes: Partial<ClaimSnapshot> = {}): ClaimSnapshot => ({
  status,
  assigneeId: HOLDER,
  lastReviewerId: HOLDER,
  evidenceCount: 1,
  ...changes,
});

describe('transition', () => {
  it('refuses an unknown event, listing the known ones', () => {
    const sut = transition(claimIn('queued'), 'publish', editor, {}, NOW);
    expect(sut).toMatchObject({ ok: false, code: 'unknown_event', reason: expect.stringContaining("'publish'") });
    expect(!sut.ok && sut.reason).toContain('lease_expired');
  });

  describe('submit', () => {
    it('is refused without evidence', () => {
      expect(transition(claimIn('in_review', { evidenceCount: 0 }), 'submit', reviewer(), VERDICT, NOW)).toMatchObject({
        ok: false,
        code: 'missing_evidence',
        reason: expect.stringContaining("'submit'"),
      });
    });

    it.each([
      ['claimRating', { ...VERDICT, claimRating: 'pants_on_fire' }],
      ['ratingNote', { ...VERDICT, ratingNote: '   ' }],
      ['attributionVerdict', { ...VERDICT, attributionVerdict: undefined }],
      ['attributionNote', { ...VERDICT, attributionNote: '' }],
    ])('is refused with a bad %s, naming the field', (field, payload) => {
      const sut = transition(claimIn('in_review'), 'submit', reviewer(), payload, NOW);
      expect(sut).toMatchObject({ ok: false, code: 'invalid_payload', details: [expect.objectContaining({ field })] });
      expect(!sut.ok && sut.reason).toContain(field);
    });

    it('keeps the trimmed verdict and the holder', () => {
      expect(
        transition(claimIn('in_review'), 'submit', reviewer(), { ...VERDICT, ratingNote: ' partly ' }, NOW),
      ).toEqual({
        ok: true,
        to: 'awaiting_approval',
        assigneeId: HOLDER,
        lastReviewerId: HOLDER,
        verdict: VERDICT,
        normalisedPayload: VERDICT,
      });
    });
  });

  describe('holder rules', () => {
    const payloads = { release: {}, hold: { reason: 'expert' }, escalate: { reason: 'legal' }, submit: VERDICT };

    it.each(Object.entries(payloads))('lets only the holder or an editor %s', (event, payload) => {
      expect(transition(claimIn('in_review'), event, reviewer(OTHER), payload, NOW)).toMatchObject({
        ok: false,
        code: 'not_holder',
        reason: expect.stringContaining(`'${event}'`),
      });
      expect(transition(claimIn('in_review'), event, reviewer(), payload, NOW).ok).toBe(true);
      expect(transition(claimIn('in_review'), event, editor, payload, NOW)).toMatchObject({
        ok: true,
        assigneeId: event === 'release' ? null : HOLDER,
      });
    });

    it('lets only the holder or an editor resume', () => {
      expect(transition(claimIn('on_hold'), 'resume', reviewer(OTHER), {}, NOW)).toMatchObject({
        ok: false,
        code: 'not_holder',
      });
      expect(transition(claimIn('on_hold'), 'resume', editor, {}, NOW)).toMatchObject({
        ok: true,
        to: 'in_review',
        assigneeId: HOLDER,
      });
    });

    it('hands a queued claim to whoever takes it', () => {
      expect(
        transition(claimIn('queued', { assigneeId: null, lastReviewerId: null }), 'claim', reviewer(OTHER), {}, NOW),
      ).toEqual({ ok: true, to: 'in_review', assigneeId: OTHER, lastReviewerId: OTHER, normalisedPayload: {} });
    });
  });

  describe('approve (four eyes)', () => {
    const otherEditor = { id: 'editor-two', role: 'editor' as const };
    const submitted = (changes: Partial<ClaimSnapshot> = {}) =>
      claimIn('awaiting_approval', { submittedBy: HOLDER, ...changes });

    it('publishes a verdict another person submitted', () => {
      expect(transition(submitted(), 'approve', editor, {}, NOW)).toMatchObject({ ok: true, to: 'approved' });
    });

    it.each([
      ['submitted', submitted({ submittedBy: editor.id })],
      ['submitted', submitted({ lastReviewerId: editor.id, assigneeId: editor.id, submittedBy: editor.id })],
      ['reviewed', submitted({ lastReviewerId: editor.id })],
    ])('refuses the editor who %s the verdict with the machine reason', (role, snapshot) => {
      expect(transition(snapshot, 'approve', editor, {}, NOW)).toEqual({
        ok: false,
        code: 'needs_second_approver',
        reason: `event 'approve' needs a second person: the caller ${role} this verdict, so another editor must approve it`,
      });
      expect(transition(snapshot, 'approve', otherEditor, {}, NOW)).toMatchObject({ ok: true });
    });

    it('lets a desk that turned the rule off approve its own verdicts', () => {
      const own = submitted({ submittedBy: editor.id, lastReviewerId: editor.id });
      expect(transition(own, 'approve', editor, {}, NOW, { requireSecondApprover: false })).toMatchObject({ ok: true });
    });

    it('still needs the evidence at approval', () => {
      expect(transition(submitted({ evidenceCount: 0 }), 'approve', editor, {}, NOW)).toMatchObject({
        ok: false,
        code: 'missing_evidence',
      });
    });
  });

  describe('return', () => {
    it.each(['awaiting_approval', 'escalated'] as const)(
      'sends a claim from %s back to the same reviewer',
      (status) => {
        expect(transition(claimIn(status), 'return', editor, { note: 'source?' }, NOW)).toMatchObject({
          ok: true,
          to: 'returned',
          assigneeId: HOLDER,
          lastReviewerId: HOLDER,
          note: 'source?',
        });
      },
    );

    it('needs a note', () => {
      expect(transition(claimIn('escalated'), 'return', editor, {}, NOW)).toMatchObject({
        ok: false,
        code: 'invalid_payload',
        details: [expect.objectContaining({ field: 'note' })],
      });
    });

    it('leaves the returned claim to that reviewer only (editors may still take it)', () => {
      for (const event of ['claim', 'start']) {
        expect(transition(claimIn('returned'), event, reviewer(OTHER), {}, NOW)).toMatchObject({
          ok: false,
          code: 'not_holder',
        });
        expect(transition(claimIn('returned'), event, reviewer(), {}, NOW)).toMatchObject({
          ok: true,
          to: 'in_review',
          assigneeId: HOLDER,
        });
      }
      expect(transition(claimIn('returned'), 'claim', editor, {}, NOW)).toMatchObject({
        ok: true,
        assigneeId: editor.id,
        lastReviewerId: editor.id,
      });
    });
  });

  describe('reassign', () => {
    it("puts the claim in the new reviewer's list, who starts it", () => {
      const sut = transition(claimIn('in_review'), 'reassign', editor, { assigneeId: OTHER, note: 'specialist' }, NOW);
      expect(sut).toMatchObject({
        ok: true,
        to: 'returned',
        assigneeId: OTHER,
        lastReviewerId: HOLDER,
        note: 'specialist',
      });
      const reassigned = claimIn('returned', { assigneeId: OTHER });
      expect(transition(reassigned, 'start', reviewer(), {}, NOW)).toMatchObject({ ok: false, code: 'not_holder' });
      expect(transition(reassigned, 'start', reviewer(OTHER), {}, NOW)).toMatchObject({
        ok: true,
        to: 'in_review',
        assigneeId: OTHER,
        lastReviewerId: OTHER,
      });
    });

    it.each([
      ['not a uuid', 'bob'],
      ['the current assignee', HOLDER],
    ])('refuses an assigneeId that is %s', (_, assigneeId) => {
      expect(transition(claimIn('escalated'), 'reassign', editor, { assigneeId }, NOW)).toMatchObject({
        ok: false,
        code: 'invalid_payload',
        details: [expect.objectContaining({ field: 'assigneeId' })],
      });
    });
  });

  describe('reopen', () => {
    const approved = claimIn('approved', { assigneeId: null });

    it('opens the claim to anyone by default: any reviewer claims it, nobody can start it', () => {
      const sut = transition(approved, 'reopen', editor, { note: 'new memo' }, NOW);
      expect(sut).toMatchObject({
        ok: true,
        to: 'reopened',
        assigneeId: null,
        lastReviewerId: HOLDER,
        note: 'new memo',
      });
      expect(sut.ok && sut.normalisedPayload).toEqual({ note: 'new memo', target: 'queue' });
      const open = claimIn('reopened', { assigneeId: null });
      expect(transition(open, 'start', reviewer(), {}, NOW)).toMatchObject({
        ok: false,
        code: 'not_holder',
        reason: expect.stringContaining("'claim'"),
      });
      expect(transition(open, 'claim', reviewer(OTHER), {}, NOW)).toMatchObject({
        ok: true,
        to: 'in_review',
        assigneeId: OTHER,
      });
    });

    it('goes back to the last reviewer when asked', () => {
      expect(transition(approved, 'reopen', editor, { note: 'new memo', target: 'reviewer' }, NOW)).toMatchObject({
        ok: true,
        to: 'reopened',
        assigneeId: HOLDER,
      });
      const reopenedToHolder = claimIn('reopened');
      expect(transition(reopenedToHolder, 'claim', reviewer(OTHER), {}, NOW)).toMatchObject({
        ok: false,
        code: 'not_holder',
      });
      expect(transition(reopenedToHolder, 'start', reviewer(), {}, NOW)).toMatchObject({
        ok: true,
        to: 'in_review',
        assigneeId: HOLDER,
      });
    });

    it('refuses to go back to a reviewer the claim never had', () => {
      expect(
        transition({ ...approved, lastReviewerId: null }, 'reopen', editor, { note: 'memo', target: 'reviewer' }, NOW),
      ).toMatchObject({ ok: false, code: 'invalid_state', reason: expect.stringContaining("'reopen'") });
    });
  });

  describe('hold and resume', () => {
    it.each([
      ['a date-time with offset', '2026-12-01T11:00:00+02:00', '2026-12-01T09:00:00.000Z'],
      ['a date', '2026-12-01', '2026-12-01T00:00:00.000Z'],
    ])('holds with a reason and %s to resume', (_, resumeAt, normalised) => {
      expect(transition(claimIn('in_review'), 'hold', reviewer(), { reason: ' expert ', resumeAt }, NOW)).toEqual({
        ok: true,
        to: 'on_hold',
        assigneeId: HOLDER,
        lastReviewerId: HOLDER,
        holdReason: 'expert',
        resumeAt: normalised,
        normalisedPayload: { reason: 'expert', resumeAt: normalised },
      });
    });

    it('holds without a resume date', () => {
      const sut = transition(claimIn('in_review'), 'hold', reviewer(), { reason: 'expert' }, NOW);
      expect(sut).toMatchObject({ ok: true, to: 'on_hold', holdReason: 'expert' });
      expect(sut).not.toHaveProperty('resumeAt');
    });

    it.each([
      ['no reason', { resumeAt: '2026-12-01' }, 'reason'],
      ['a past resume date', { reason: 'expert', resumeAt: '2026-11-25T09:59:59Z' }, 'resumeAt'],
      ['a resume date that is not ISO', { reason: 'expert', resumeAt: 'next Tuesday' }, 'resumeAt'],
    ])('refuses a hold with %s', (_, payload, field) => {
      expect(transition(claimIn('in_review'), 'hold', reviewer(), payload, NOW)).toMatchObject({
        ok: false,
        code: 'invalid_payload',
        details: [expect.objectContaining({ field })],
      });
    });

    it('resumes to the holder, or to the queue when asked', () => {
      expect(transition(claimIn('on_hold'), 'resume', reviewer(), {}, NOW)).toMatchObject({
        ok: true,
        to: 'in_review',
        assigneeId: HOLDER,
      });
      expect(transition(claimIn('on_hold'), 'resume', reviewer(), { target: 'queue' }, NOW)).toMatchObject({
        ok: true,
        to: 'queued',
        assigneeId: null,
        lastReviewerId: HOLDER,
      });
    });
  });

  describe('lease_expired', () => {
    it.each([reviewer(), editor, { id: 'admin-key', role: 'admin' as const }])('is refused for $role', (actor) => {
      expect(transition(claimIn('in_review'), 'lease_expired', actor, {}, NOW)).toMatchObject({
        ok: false,
        code: 'forbidden_role',
        reason: `event 'lease_expired' needs role system; caller is ${actor.role}`,
      });
    });

    it('returns the claim to the queue when the system fires it', () => {
      expect(transition(claimIn('in_review'), 'lease_expired', system, {}, NOW)).toEqual({
        ok: true,
        to: 'queued',
        assigneeId: null,
        lastReviewerId: HOLDER,
        normalisedPayload: {},
      });
    });
  });

  it('needs a reason to discard and reports it as the note', () => {
    expect(transition(claimIn('queued'), 'discard', editor, {}, NOW)).toMatchObject({
      ok: false,
      code: 'invalid_payload',
    });
    expect(transition(claimIn('queued'), 'discard', editor, { reason: 'duplicate' }, NOW)).toMatchObject({
      ok: true,
      to: 'discarded',
      assigneeId: null,
      note: 'duplicate',
    });
  });

  it('refuses unknown payload fields and reads a missing payload as empty', () => {
    expect(transition(claimIn('queued'), 'claim', reviewer(), { sneaky: true }, NOW)).toMatchObject({
      ok: false,
      code: 'invalid_payload',
    });
    expect(transition(claimIn('queued', { assigneeId: null }), 'claim', reviewer(), undefined, NOW)).toMatchObject({
      ok: true,
    });
  });

  it('maps refusals to HTTP statuses', () => {
    expect(REFUSAL_HTTP_STATUS).toEqual({
      unknown_event: 409,
      forbidden_role: 403,
      invalid_state: 409,
      not_holder: 409,
      needs_second_approver: 409,
      invalid_payload: 400,
      missing_evidence: 409,
    });
  });
});
