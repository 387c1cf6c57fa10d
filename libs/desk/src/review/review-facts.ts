import { type EntityManager } from 'typeorm';
import { EVENT_RULES, type ReviewEventName } from '@factdesk/review';
import { bind } from '@factdesk/persistence';
import { DomainError } from '@factdesk/platform';

/**
 * Facts of the desk's data that the pure machine needs but cannot read (evidence, who submitted the verdict) or
 * cannot see at all (how many leases a reviewer holds), read in the caller's transaction. Which keys may be given
 * work is PeopleService.assertAssignable's.
 */

export interface SnapshotFacts {
  evidenceCount: number;
  submittedBy: string | null;
}

/** What the event's rule needs about the claim beyond its row; nothing is read for events that need neither. */
export async function snapshotFacts(
  manager: EntityManager,
  claimId: string,
  event: ReviewEventName,
): Promise<SnapshotFacts> {
  const rule = EVENT_RULES[event];
  if (!rule.requiresEvidence && !rule.secondApprover) return { evidenceCount: 0, submittedBy: null };
  const [facts]: { evidence_count: number; submitted_by: string | null }[] = await manager.query(
    ...bind(
      `SELECT (SELECT count(*) FROM evidence WHERE claim_id = :claimId)::int AS evidence_count,
         (SELECT actor_id FROM review_events WHERE claim_id = :claimId AND event = 'submit'
          ORDER BY created_at DESC LIMIT 1) AS submitted_by`,
      { claimId },
    ),
  );
  return { evidenceCount: facts.evidence_count, submittedBy: facts.submitted_by };
}

/** The 409 of a reviewer who holds `max` claims in review already. */
export const leaseCapReached = (held: number, max: number): DomainError =>
  new DomainError(
    'conflict',
    `you hold ${held} claims in review, the most one reviewer may (REVIEW_MAX_LEASES=${max}); submit, release or hold one first`,
    { code: 'lease_cap_reached', held, max },
  );

/**
 * Refuses a new lease to a reviewer at the cap. `leases_held_under_lock` takes the reviewer's lock for the rest of
 * the transaction and counts after it (see its migration), so concurrent requests of one reviewer cannot all pass.
 */
export async function assertLeaseRoom(manager: EntityManager, reviewerId: string, max: number): Promise<void> {
  const [{ held }]: { held: number }[] = await manager.query(
    ...bind(`SELECT leases_held_under_lock(:reviewerId) AS held`, { reviewerId }),
  );
  if (held >= max) throw leaseCapReached(held, max);
}

/** How many claims the reviewer holds in review now, without the lock: to explain an empty review/next. */
export async function leasesHeld(manager: EntityManager, reviewerId: string): Promise<number> {
  const [{ held }]: { held: number }[] = await manager.query(
    ...bind(
      `SELECT count(*)::int AS held FROM claims WHERE assignee_id = :reviewerId AND review_status = 'in_review'`,
      {
        reviewerId,
      },
    ),
  );
  return held;
}
