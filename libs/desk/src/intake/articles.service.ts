import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import { ArticleEntity, ClaimEntity, queryPrepared } from '@factdesk/persistence';
import { Caller, DomainError, notFound } from '@factdesk/platform';
import { jobIds, OutboxTopic } from '@factdesk/queue';
import { ArticleView, toArticleView } from '../claims/claim-view';
import { contentHash } from './content-hash';

const ARTICLE_SUBMITTED: OutboxTopic = 'article.submitted';

export interface SubmitArticleInput {
  outlet: string;
  url?: string;
  headline?: string;
  body: string;
  publishedAt?: Date;
  language?: string;
}

export interface SubmitArticleResult {
  created: boolean;
  id: string;
  status: string;
}

@Injectable()
export class ArticlesService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Stores the article and its extraction message in one statement (so one transaction, one round trip). A
   * repeat (same Idempotency-Key, or same url and body) returns the first article: the unique indexes decide, so
   * concurrent repeats cannot both insert.
   */
  async submit(
    input: SubmitArticleInput,
    idempotencyKey: string | undefined,
    caller: Caller,
  ): Promise<SubmitArticleResult> {
    const hash = contentHash(input.body);
    const [inserted]: { id: string; ingest_status: string }[] = await queryPrepared(
      this.dataSource,
      `WITH inserted AS (
         INSERT INTO articles (outlet, url, headline, body, language, published_at, content_hash, idempotency_key, submitted_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
         ON CONFLICT DO NOTHING RETURNING id, ingest_status
       ), message AS (
         INSERT INTO outbox (topic, job_id, payload)
         SELECT $10, $11 || id, jsonb_build_object('articleId', id) FROM inserted
       )
       SELECT id, ingest_status FROM inserted`,
      [
        input.outlet,
        input.url ?? null,
        input.headline ?? null,
        input.body,
        input.language ?? null,
        input.publishedAt ?? null,
        hash,
        idempotencyKey ?? null,
        caller.keyId,
        ARTICLE_SUBMITTED,
        jobIds.extract(''),
      ],
    );
    if (inserted) return { created: true, id: inserted.id, status: inserted.ingest_status };
    const first = await this.findRepeat(this.dataSource.manager, input.url, hash, idempotencyKey);
    return { created: false, id: first.id, status: first.status };
  }

  async view(id: string): Promise<ArticleView> {
    const article = await this.dataSource.getRepository(ArticleEntity).findOne({
      where: { id },
      relations: { claims: true },
      order: { claims: { start: 'ASC', createdAt: 'ASC' } },
    });
    if (!article) throw notFound('article', id);
    const mergedInto = (article.claims ?? []).flatMap((claim) => (claim.mergedIntoId ? [claim.mergedIntoId] : []));
    const matched =
      mergedInto.length > 0 ? await this.dataSource.getRepository(ClaimEntity).findBy({ id: In(mergedInto) }) : [];
    return toArticleView(article, new Map(matched.map((claim) => [claim.id, claim])));
  }

  private async findRepeat(
    manager: EntityManager,
    url: string | undefined,
    hash: string,
    idempotencyKey?: string,
  ): Promise<ArticleEntity> {
    if (idempotencyKey) {
      const byKey = await manager.findOneBy(ArticleEntity, { idempotencyKey });
      if (byKey && byKey.contentHash !== hash) {
        throw new DomainError(
          'idempotency_key_reused',
          'this Idempotency-Key was already used for a different article body',
          {
            articleId: byKey.id,
          },
        );
      }
      if (byKey) return byKey;
    }
    const [byContent] = await queryPrepared<{ id: string }>(
      manager,
      `SELECT id FROM articles WHERE coalesce(url, '') = $1 AND content_hash = $2`,
      [url ?? '', hash],
    );
    if (!byContent) throw new DomainError('conflict', 'the article collided with a concurrent submission; retry');
    return manager.findOneByOrFail(ArticleEntity, { id: byContent.id });
  }
}
