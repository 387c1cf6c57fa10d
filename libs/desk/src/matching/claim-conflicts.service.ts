import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { bind } from '@factdesk/persistence';
import { actorOfCaller, Caller, DomainError, notFound, recordAudit } from '@factdesk/platform';
import { CONFLICT_COLUMNS, type ConflictOutcome, type ConflictView, toConflictView } from './claim-conflicts';

type ConflictRow = Parameters<typeof toConflictView>[0];

/** Reviewers settle the conflicts triage links: the two claims are different claims, or the outlets contradict. */
@Injectable()
export class ClaimConflictsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Settles conflict `conflictId` of claim `claimId` (either side, or a claim merged into one), with a
   * `conflict_settled` audit event on both claims. A conflict is settled once.
   */
  async settle(
    claimId: string,
    conflictId: string,
    settlement: { outcome: ConflictOutcome; note: string | null },
    caller: Caller,
  ): Promise<ConflictView> {
    return this.dataSource.transaction(async (manager) => {
      const [row] = await manager.query<ConflictRow[]>(
        ...bind(
          `SELECT ${CONFLICT_COLUMNS} FROM claim_conflicts f
           WHERE f.id = :conflict AND (:claim::uuid IN (f.claim_id, f.other_claim_id) OR EXISTS (
             SELECT 1 FROM claims c WHERE c.id = :claim::uuid AND c.merged_into_id IN (f.claim_id, f.other_claim_id)))
           FOR UPDATE OF f`,
          { conflict: conflictId, claim: claimId },
        ),
      );
      if (!row) {
        throw new DomainError('not_found', `conflict ${conflictId} of claim ${claimId} does not exist`, {
          id: conflictId,
          claimId,
        });
      }
      if (row.settled_at) {
        throw new DomainError('conflict', `conflict ${conflictId} was settled already (${row.outcome})`, {
          id: conflictId,
          outcome: row.outcome,
          settledAt: row.settled_at.toISOString(),
        });
      }
      const [settled] = await manager.query<ConflictRow[]>(
        ...bind(
          `WITH settled AS (
             UPDATE claim_conflicts SET outcome = :outcome, note = :note, settled_by = :actor, settled_at = now()
             WHERE id = :conflict RETURNING ${CONFLICT_COLUMNS}
           ), audit AS (
             INSERT INTO review_events (claim_id, event, from_status, to_status, actor_id, actor_role, payload)
             SELECT c.id, 'conflict_settled', c.review_status, c.review_status, :actor, :role,
                    jsonb_build_object('conflict', s.id, 'with', CASE WHEN c.id = s.claim_id THEN s.other_claim_id ELSE s.claim_id END,
                                       'outcome', s.outcome, 'note', s.note)
             FROM settled s JOIN claims c ON c.id IN (s.claim_id, s.other_claim_id)
           )
           SELECT * FROM settled`,
          {
            conflict: conflictId,
            outcome: settlement.outcome,
            note: settlement.note,
            actor: caller.keyId,
            role: caller.role,
          },
        ),
      );
      await recordAudit(manager, {
        actor: actorOfCaller(caller),
        action: 'conflict.settled',
        targetType: 'conflict',
        targetId: conflictId,
        details: { claimIds: [settled.claim_id, settled.other_claim_id], outcome: settlement.outcome },
      });
      return toConflictView(settled, await this.sideOf(claimId, settled));
    });
  }

  /** The claim ids on the caller's side: the claim, and the claim it was merged into. */
  private async sideOf(claimId: string, row: ConflictRow): Promise<string[]> {
    const [claim] = await this.dataSource.query<{ merged_into_id: string | null }[]>(
      ...bind(`SELECT merged_into_id FROM claims WHERE id = :claim`, { claim: claimId }),
    );
    if (!claim) throw notFound('claim', claimId);
    return [claimId, claim.merged_into_id ?? claimId].filter((id) => [row.claim_id, row.other_claim_id].includes(id));
  }
}
