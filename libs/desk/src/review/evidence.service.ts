import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { ClaimEntity, EvidenceEntity, EvidenceKind, ReviewEventEntity } from '@factdesk/persistence';
import { Caller, DomainError, notFound } from '@factdesk/platform';
import { checkAction } from '@factdesk/review';
import { EvidenceView, toEvidenceView } from '../claims/claim-detail';
import { PeopleService } from '../people/people.service';
import { actorOf, refusalError, snapshotOf } from './claim-transitions';

export interface AddEvidenceInput {
  kind: EvidenceKind;
  url?: string;
  title?: string;
  note: string;
}

@Injectable()
export class EvidenceService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly people: PeopleService,
  ) {}

  async add(claimId: string, input: AddEvidenceInput, caller: Caller): Promise<EvidenceView> {
    if (input.kind === 'url' && !input.url) {
      throw new DomainError('invalid_input', 'evidence of kind url needs a url', [
        { field: 'url', errors: ['url is required for kind url'] },
      ]);
    }
    return this.dataSource.transaction(async (manager) => {
      const claim = await this.lockClaimToChange(manager, claimId, caller);
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
      return toEvidenceView(
        evidence,
        new Map([[caller.keyId, { id: caller.keyId, name: caller.name, role: caller.role }]]),
      );
    });
  }

  async list(claimId: string): Promise<EvidenceView[]> {
    if (!(await this.dataSource.getRepository(ClaimEntity).existsBy({ id: claimId }))) throw notFound('claim', claimId);
    const evidence = await this.dataSource
      .getRepository(EvidenceEntity)
      .find({ where: { claimId }, order: { createdAt: 'ASC' } });
    const people = await this.people.byId(evidence.map((item) => item.addedBy));
    return evidence.map((item) => toEvidenceView(item, people));
  }

  /** Only the one who added it, and only while the claim may change (`lockClaimToChange`). */
  async remove(claimId: string, evidenceId: string, caller: Caller): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const claim = await this.lockClaimToChange(manager, claimId, caller);
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

  /** The machine's `change_evidence` rule: the holder (or an editor) while working on it; frozen once submitted. */
  private async lockClaimToChange(manager: EntityManager, claimId: string, caller: Caller): Promise<ClaimEntity> {
    const claim = await manager.findOne(ClaimEntity, { where: { id: claimId }, lock: { mode: 'pessimistic_write' } });
    if (!claim) throw notFound('claim', claimId);
    const refused = checkAction('change_evidence', snapshotOf(claim), actorOf(caller));
    if (refused) throw refusalError(refused, claim.status);
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
