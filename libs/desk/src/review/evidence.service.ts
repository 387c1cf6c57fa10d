import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { ClaimEntity, EvidenceEntity, EvidenceKind, ReviewEventEntity } from '@factdesk/persistence';
import { Caller, DomainError, notFound } from '@factdesk/platform';

export interface AddEvidenceInput {
  kind: EvidenceKind;
  url?: string;
  title?: string;
  note: string;
}

const CLOSED = ['approved', 'discarded'];

@Injectable()
export class EvidenceService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async add(claimId: string, input: AddEvidenceInput, caller: Caller): Promise<EvidenceEntity> {
    if (input.kind === 'url' && !input.url) {
      throw new DomainError('invalid_input', 'evidence of kind url needs a url', [
        { field: 'url', errors: ['url is required for kind url'] },
      ]);
    }
    return this.dataSource.transaction(async (manager) => {
      const claim = await this.lockOpenClaim(manager, claimId);
      const evidence = await manager.save(
        manager.create(EvidenceEntity, {
          claimId,
          kind: input.kind,
          url: input.url ?? null,
          title: input.title ?? null,
          note: input.note,
          addedBy: caller.keyId,
        }),
      );
      await this.audit(manager, claim, 'evidence_added', caller, {
        evidenceId: evidence.id,
        kind: evidence.kind,
        url: evidence.url,
      });
      return evidence;
    });
  }

  async list(claimId: string): Promise<EvidenceEntity[]> {
    if (!(await this.dataSource.getRepository(ClaimEntity).existsBy({ id: claimId }))) throw notFound('claim', claimId);
    return this.dataSource.getRepository(EvidenceEntity).find({ where: { claimId }, order: { createdAt: 'ASC' } });
  }

  /** Only the one who added it, and only before the verdict is published. */
  async remove(claimId: string, evidenceId: string, caller: Caller): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const claim = await this.lockOpenClaim(manager, claimId);
      const evidence = await manager.findOneBy(EvidenceEntity, { id: evidenceId, claimId });
      if (!evidence) throw notFound('evidence', evidenceId);
      if (evidence.addedBy !== caller.keyId)
        throw new DomainError('forbidden', 'only the reviewer who added evidence may delete it');
      await manager.delete(EvidenceEntity, { id: evidenceId });
      await this.audit(manager, claim, 'evidence_removed', caller, {
        evidenceId,
        kind: evidence.kind,
        url: evidence.url,
      });
    });
  }

  private async lockOpenClaim(manager: EntityManager, claimId: string): Promise<ClaimEntity> {
    const claim = await manager.findOne(ClaimEntity, { where: { id: claimId }, lock: { mode: 'pessimistic_write' } });
    if (!claim) throw notFound('claim', claimId);
    if (CLOSED.includes(claim.status)) {
      throw new DomainError('transition_refused', `evidence cannot change on a ${claim.status} claim`, {
        status: claim.status,
      });
    }
    return claim;
  }

  private audit(
    manager: EntityManager,
    claim: ClaimEntity,
    event: string,
    caller: Caller,
    payload: Record<string, unknown>,
  ) {
    return manager.insert(ReviewEventEntity, {
      claimId: claim.id,
      event,
      from: claim.status,
      to: claim.status,
      actorId: caller.keyId,
      actorRole: caller.role,
      payload,
    });
  }
}
