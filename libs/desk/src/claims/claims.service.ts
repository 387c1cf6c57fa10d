import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import {
  ArticleEntity,
  ClaimAppearanceEntity,
  ClaimEntity,
  EvidenceEntity,
  ReviewEventEntity,
} from '@factdesk/persistence';
import { Caller, notFound } from '@factdesk/platform';
import { enqueueInOutbox, outboxMessages } from '@factdesk/queue';
import { conflictsOf } from '../matching/claim-conflicts';
import { PeopleService } from '../people/people.service';
import { recordDomainEvent } from '../events/domain-events';
import { upsertSources } from '../sources/source-upsert';
import { ClaimDetail, HistoryEntry, toClaimDetail, toHistoryEntry } from './claim-detail';
import { ClaimView, toClaimView } from './claim-view';

export interface SubmitClaimInput {
  source: string;
  sourceType: string;
  via?: string;
  content: string;
  articleUrl?: string;
  note?: string;
}

@Injectable()
export class ClaimsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly people: PeopleService,
  ) {}

  /** A claim entered by hand takes the same path as an extracted one: stored as new, then triaged by the worker. */
  async submit(input: SubmitClaimInput, caller: Caller): Promise<ClaimView> {
    return this.dataSource.transaction(async (manager) => {
      const [{ sourceId, viaSourceId }] = await upsertSources(manager, [input]);
      const claim = await manager.save(
        manager.create(ClaimEntity, {
          articleId: null,
          sourceId,
          viaSourceId,
          source: input.source,
          sourceType: input.sourceType,
          via: input.via ?? null,
          cue: null,
          quote: null,
          content: input.content,
          articleUrl: input.articleUrl ?? null,
          note: input.note ?? null,
          status: 'new',
          createdBy: caller.keyId,
        }),
      );
      await enqueueInOutbox(manager, [outboxMessages.claimExtracted({ claimId: claim.id })]);
      await recordDomainEvent(manager, { type: 'claim.created', claimId: claim.id });
      return toClaimView(claim);
    });
  }

  /** The claim as the API shows it: a merged claim with the claim it joined (and that claim's verdict, once approved). */
  async view(claim: ClaimEntity): Promise<ClaimView> {
    const matched = claim.mergedIntoId
      ? await this.dataSource.getRepository(ClaimEntity).findOneBy({ id: claim.mergedIntoId })
      : null;
    return toClaimView(claim, matched);
  }

  async detail(id: string): Promise<ClaimDetail> {
    const claim = await this.dataSource.getRepository(ClaimEntity).findOneBy({ id });
    if (!claim) throw notFound('claim', id);
    const [article, matched, appearances, evidence, history, conflicts] = await Promise.all([
      claim.articleId ? this.dataSource.getRepository(ArticleEntity).findOneBy({ id: claim.articleId }) : null,
      claim.mergedIntoId ? this.dataSource.getRepository(ClaimEntity).findOneBy({ id: claim.mergedIntoId }) : null,
      this.dataSource
        .getRepository(ClaimAppearanceEntity)
        .find({ where: { claimId: id }, order: { createdAt: 'ASC', id: 'ASC' } }),
      this.dataSource.getRepository(EvidenceEntity).find({ where: { claimId: id }, order: { createdAt: 'ASC' } }),
      this.history(id),
      conflictsOf(this.dataSource.manager, id),
    ]);
    const people = await this.people.byId([
      ...evidence.map((item) => item.addedBy),
      ...history.map((event) => event.actorId),
    ]);
    return toClaimDetail(claim, { article, matched, appearances, evidence, history, conflicts, people });
  }

  async historyOf(id: string): Promise<HistoryEntry[]> {
    if (!(await this.dataSource.getRepository(ClaimEntity).existsBy({ id }))) throw notFound('claim', id);
    const history = await this.history(id);
    const people = await this.people.byId(history.map((event) => event.actorId));
    return history.map((event) => toHistoryEntry(event, people));
  }

  /** The claim's own events and those of the claims merged into it: merging moves history without rewriting it. */
  private history(claimId: string): Promise<ReviewEventEntity[]> {
    return this.dataSource
      .getRepository(ReviewEventEntity)
      .createQueryBuilder('event')
      .where('event.claimId = :claimId', { claimId })
      .orWhere('event.claimId IN (SELECT id FROM claims WHERE merged_into_id = :claimId)', { claimId })
      .orderBy('event.at', 'ASC')
      .addOrderBy('event.id', 'ASC')
      .getMany();
  }
}
