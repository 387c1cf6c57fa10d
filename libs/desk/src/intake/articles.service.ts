import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import { ArticleEntity, bind, ClaimEntity, queryPrepared } from '@factdesk/persistence';
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
   * repeat (the caller's own Idempotency-Key with the same article, or the same url and body) returns the first
   * article: the unique indexes decide, so concurrent repeats cannot both insert. The caller's key sent with anything
   * else is a 409: an Idempotency-Key is scoped to the API key that sent it.
   */
  async submit(
    input: SubmitArticleInput,
    idempotencyKey: string | undefined,
    caller: Caller,
  ): Promise<SubmitArticleResult> {
    const hash = contentHash(input.body);
    const [inserted]: { id: string; ingest_status: string }[] = await queryPrepared(
      this.dataSource,
      ...bind(
        `WITH inserted AS (
           INSERT INTO articles (outlet, url, headline, body, language, published_at, content_hash, idempotency_key, submitted_by)
           VALUES (:outlet, :url, :headline, :body, :language, :publishedAt, :contentHash, :idempotencyKey, :submittedBy)
           ON CONFLICT DO NOTHING RETURNING id, ingest_status
         ), message AS (
           INSERT INTO outbox (topic, job_id, payload)
           SELECT :topic, :jobIdPrefix || id, jsonb_build_object('articleId', id) FROM inserted
         )
         SELECT id, ingest_status FROM inserted`,
        {
          outlet: input.outlet,
          url: input.url ?? null,
          headline: input.headline ?? null,
          body: input.body,
          language: input.language ?? null,
          publishedAt: input.publishedAt ?? null,
          contentHash: hash,
          idempotencyKey: idempotencyKey ?? null,
          submittedBy: caller.keyId,
          topic: ARTICLE_SUBMITTED,
          jobIdPrefix: jobIds.extract(''),
        },
      ),
    );
    if (inserted) return { created: true, id: inserted.id, status: inserted.ingest_status };
    const first = await this.findRepeat(this.dataSource.manager, input, hash, idempotencyKey, caller);
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
    input: SubmitArticleInput,
    hash: string,
    idempotencyKey: string | undefined,
    caller: Caller,
  ): Promise<ArticleEntity> {
    if (idempotencyKey) {
      const byKey = await manager.findOneBy(ArticleEntity, { idempotencyKey, submittedBy: caller.keyId });
      if (byKey) {
        const differing = fieldsDiffering(byKey, input);
        if (differing.length === 0) return byKey;
        throw new DomainError(
          'idempotency_key_reused',
          `this Idempotency-Key was already used for a different article (${differing.join(', ')} differ)`,
          { articleId: byKey.id, fields: differing },
        );
      }
    }
    const [byContent] = await queryPrepared<{ id: string }>(
      manager,
      ...bind(`SELECT id FROM articles WHERE coalesce(url, '') = :url AND content_hash = :contentHash`, {
        url: input.url ?? '',
        contentHash: hash,
      }),
    );
    if (!byContent) throw new DomainError('conflict', 'the article collided with a concurrent submission; retry');
    return manager.findOneByOrFail(ArticleEntity, { id: byContent.id });
  }
}

/** The stored fields of an article that a repeat under the same Idempotency-Key must send unchanged. */
function fieldsDiffering(stored: ArticleEntity, input: SubmitArticleInput): string[] {
  const comparable = (article: SubmitArticleInput | ArticleEntity) => ({
    outlet: article.outlet,
    url: article.url ?? null,
    headline: article.headline ?? null,
    body: article.body,
    language: article.language ?? null,
    publishedAt: article.publishedAt?.getTime() ?? null,
  });
  const [sent, kept] = [comparable(input), comparable(stored)];
  return (Object.keys(sent) as (keyof typeof sent)[]).filter((field) => sent[field] !== kept[field]);
}
