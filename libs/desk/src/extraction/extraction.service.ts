import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { extract } from '@factdesk/attribution';
import { ArticleEntity, ClaimEntity } from '@factdesk/persistence';
import { enqueueInOutbox, outboxMessages } from '@factdesk/queue';
import { upsertSources } from '../sources/source-upsert';

export type ExtractionOutcome = { status: 'extracted'; claims: number } | { status: 'already_done' | 'missing' };

@Injectable()
export class ExtractionService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Extracts an article's claims exactly once: the article row is locked, and a run that finds it no longer
   * pending returns without writing, so a retried or replayed job never stores claims twice.
   */
  async extractArticle(articleId: string): Promise<ExtractionOutcome> {
    return this.dataSource.transaction(async (manager) => {
      const article = await manager.findOne(ArticleEntity, { where: { id: articleId }, lock: { mode: 'pessimistic_write' } });
      if (!article) return { status: 'missing' };
      if (article.status !== 'pending') return { status: 'already_done' };

      const { claims } = extract(article.body);
      const sourceIds = await upsertSources(manager, claims);
      const rows = claims.map((claim, index) =>
        manager.create(ClaimEntity, {
          articleId,
          sourceId: sourceIds[index],
          source: claim.source,
          sourceType: claim.sourceType,
          via: claim.via,
          cue: claim.cue,
          quote: claim.quote,
          content: claim.content,
          start: claim.start,
          end: claim.end,
          sentence: claim.sentence,
          confidence: claim.confidence,
          status: 'new',
        }),
      );
      const saved = rows.length ? await manager.save(ClaimEntity, rows, { chunk: 200 }) : [];
      await enqueueInOutbox(manager, saved.map((claim) => outboxMessages.claimExtracted({ claimId: claim.id })));
      await manager.update(ArticleEntity, articleId, {
        status: 'extracted',
        claimCount: saved.length,
        extractedAt: new Date(),
        ingestError: null,
      });
      return { status: 'extracted', claims: saved.length };
    });
  }

  /** Records the final failure on the article so the desk sees it instead of a silent gap. */
  async markFailed(articleId: string, reason: string): Promise<void> {
    await this.dataSource
      .getRepository(ArticleEntity)
      .update({ id: articleId, status: 'pending' }, { status: 'failed', ingestError: reason.slice(0, 2_000) });
  }
}
