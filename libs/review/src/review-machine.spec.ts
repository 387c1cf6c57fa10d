import { REVIEW_MACHINE } from './review-machine';

describe('REVIEW_MACHINE', () => {
  it('is plain JSON with every state, event and payload schema', () => {
    const sut = JSON.parse(JSON.stringify(REVIEW_MACHINE));
    expect(sut.states).toHaveLength(10);
    expect(sut.states.filter((state: { final: boolean }) => state.final).map((state: { name: string }) => state.name)).toEqual(['approved', 'discarded']);
    const submit = sut.events.find((event: { name: string }) => event.name === 'submit');
    expect(submit).toMatchObject({ from: ['in_review'], to: 'awaiting_approval', requiresEvidence: true });
    expect(submit.payload.required).toEqual(expect.arrayContaining(['attributionVerdict', 'attributionNote', 'claimRating', 'ratingNote']));
  });
});
