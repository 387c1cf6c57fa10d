import { ACTOR_ROLES, type Actor, type ClaimSnapshot, transition } from '@factdesk/review';
import { outboxMessages } from '@factdesk/queue';
import { CLAIMABLE_STATUSES, claimDecision, claimNextParams } from './claim-next';

const NOW = new Date('2026-11-25T10:00:00.000Z');
const OTHER = 'f0000000-0000-4000-8000-000000000002';

describe('claim-next asks the machine once for every row it may take', () => {
  it.each(ACTOR_ROLES)('role %s: every claimable row gets the one answer the machine gives', (role) => {
    const actor: Actor = { id: 'f0000000-0000-4000-8000-000000000001', role };
    let sut: unknown;
    try {
      sut = claimDecision(actor, NOW);
    } catch (error) {
      sut = { refused: (error as { details: { code: string } }).details.code };
    }
    // The statement picks a claimable row that is unassigned or the actor's own, whoever reviewed it last.
    for (const status of CLAIMABLE_STATUSES) {
      for (const assigneeId of [null, actor.id]) {
        for (const lastReviewerId of [null, actor.id, OTHER]) {
          const snapshot = { status, assigneeId, lastReviewerId, evidenceCount: 0 } as ClaimSnapshot;
          const answer = transition(snapshot, 'claim', actor, {}, NOW);
          expect({ status, assigneeId, lastReviewerId, answer: answer.ok ? answer : { refused: answer.code } }).toEqual(
            { status, assigneeId, lastReviewerId, answer: sut },
          );
        }
      }
    }
  });

  it('writes the lease timer the way outboxMessages.leaseStarted shapes it, for the claim it took', () => {
    const actor: Actor = { id: 'f0000000-0000-4000-8000-000000000001', role: 'reviewer' };
    const lease = new Date(NOW.getTime() + 60_000);
    const params = claimNextParams(actor, claimDecision(actor, NOW), lease, 5);
    const slot = params.claimIdSlot;
    const { outboxTopics: topics, outboxJobIds: jobIds, outboxPayloads: payloads, outboxRunAts: runAts } = params;
    const claimId = 'c0000000-0000-4000-8000-000000000003';
    const expected = outboxMessages.leaseStarted(claimId, lease);
    expect({
      topic: topics[0],
      jobId: jobIds[0].replace(slot, claimId),
      payload: JSON.parse(payloads[0].replace(slot, claimId)),
      runAt: runAts[0],
    }).toEqual(expected);
    const { outboxTopics, outboxJobIds, outboxPayloads, outboxRunAts } = claimNextParams(
      actor,
      claimDecision(actor, NOW),
      null,
      5,
    );
    expect([outboxTopics, outboxJobIds, outboxPayloads, outboxRunAts]).toEqual([[], [], [], []]);
  });
});
