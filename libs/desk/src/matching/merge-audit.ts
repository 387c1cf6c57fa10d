import type { EntityManager } from 'typeorm';
import type { ClaimEntity } from '@factdesk/persistence';
import { actorOfCaller, type Caller, recordAudit } from '@factdesk/platform';
import type { MergeEvent } from './claim-merge.service';

/** The desk's audit row of a merge, duplicate decision or split, in the transaction that made it. */
export async function auditMergeEvent(
  manager: EntityManager,
  caller: Caller,
  event: MergeEvent,
  before: Pick<ClaimEntity, 'id' | 'status' | 'mergedIntoId' | 'possibleDuplicateOf'>,
  after: Pick<ClaimEntity, 'status' | 'mergedIntoId'>,
): Promise<void> {
  await recordAudit(manager, {
    actor: actorOfCaller(caller),
    action: `claim.${event}`,
    targetType: 'claim',
    targetId: before.id,
    details: {
      from: before.status,
      to: after.status,
      // The other claim of the pair: the one it joined, the suggestion it rejected, the one it left.
      other: after.mergedIntoId ?? before.possibleDuplicateOf ?? before.mergedIntoId,
    },
  });
}
