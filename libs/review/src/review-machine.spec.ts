import { CALLER_EVENTS, REVIEW_MACHINE } from './review-machine';

describe('REVIEW_MACHINE', () => {
  const sut = JSON.parse(JSON.stringify(REVIEW_MACHINE));
  const event = (name: string) => sut.events.find((candidate: { name: string }) => candidate.name === name);

  it('survives JSON unchanged', () => {
    expect(sut).toEqual(REVIEW_MACHINE);
  });

  it('lists the eleven states with approved, discarded and merged final', () => {
    expect(sut.states).toHaveLength(11);
    expect(
      sut.states.filter((state: { final: boolean }) => state.final).map((state: { name: string }) => state.name),
    ).toEqual(['approved', 'discarded', 'merged']);
  });

  it('describes each event with roles, states, holder rule and payload schema', () => {
    expect(sut.events).toHaveLength(19);
    expect(event('submit')).toMatchObject({
      roles: ['reviewer', 'editor', 'admin'],
      from: ['in_review'],
      to: 'awaiting_approval',
      assignee: 'keep',
      holderCheck: 'holder',
      requiresEvidence: true,
      payload: {
        required: expect.arrayContaining(['attributionVerdict', 'attributionNote', 'claimRating', 'ratingNote']),
      },
    });
    expect(event('resume').to).toEqual({ withReviewer: 'in_review', toQueue: 'queued' });
    expect(sut.assigneeRules[event('reopen').assignee]).toContain('payload.target');
    expect(event('reject_duplicate').to).toBe('unchanged');
    expect(event('merge').payload).toMatchObject({ required: ['into'] });
    expect(event('hold').payload).toMatchObject({ required: ['reason'], properties: { resumeAt: expect.any(Object) } });
  });

  it('leaves the pipeline’s own events out of those a caller may fire', () => {
    expect(CALLER_EVENTS).toHaveLength(16);
    expect(CALLER_EVENTS).not.toEqual(expect.arrayContaining(['triage']));
    for (const systemEvent of ['triage', 'match', 'lease_expired']) expect(CALLER_EVENTS).not.toContain(systemEvent);
    expect(CALLER_EVENTS).toEqual(expect.arrayContaining(['claim', 'submit', 'approve', 'merge', 'split']));
  });
});
