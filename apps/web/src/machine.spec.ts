import { REVIEW_MACHINE } from '../../../libs/review/src/review-machine';
import { transition } from '../../../libs/review/src/transition';
import { CLAIM_STATUSES, type ClaimStatus } from '../../../libs/review/src/vocabulary';
import { allowedEvents } from './machine';
import type { Machine } from './types';

// The desk reads the answer of GET /v1/review/machine as the very type of the rules it serializes.
const machine: Machine = REVIEW_MACHINE;
const ME = '00000000-0000-4000-8000-000000000001';
const OTHER = '00000000-0000-4000-8000-000000000002';
const HELD: string[] = ['in_review', 'on_hold', 'escalated', 'awaiting_approval'];

/** The desk must offer exactly the events the server's machine would not refuse on role, state or holder. */
describe('allowedEvents reads the served machine as the server does', () => {
  const cases = CLAIM_STATUSES.flatMap((status: ClaimStatus) =>
    (['intake', 'reviewer', 'editor', 'admin'] as const).flatMap((role) =>
      // A claim someone works on always has its holder.
      (HELD.includes(status) ? [ME, OTHER] : [null, ME, OTHER]).map((assigneeId) => ({ status, role, assigneeId })),
    ),
  );

  it.each(cases)('%o', ({ status, role, assigneeId }) => {
    const offered = allowedEvents(machine, { status, assigneeId }, { keyId: ME, role })
      .map((event) => event.name)
      .sort();
    const passing = machine.events
      .filter((event) => {
        const result = transition(
          { status, assigneeId, lastReviewerId: null, evidenceCount: 1 },
          event.name,
          { id: ME, role },
          {},
          new Date(),
        );
        return result.ok || !['forbidden_role', 'invalid_state', 'not_holder'].includes(result.code);
      })
      .map((event) => event.name)
      .sort();
    expect(offered).toEqual(passing);
  });
});
