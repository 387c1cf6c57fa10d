import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'crypto';
import { DataSource } from 'typeorm';
import { extract } from '@factdesk/attribution';
import { ArticleEntity, queryPrepared } from '@factdesk/persistence';
import { outboxArrays, outboxInsert, outboxMessages } from '@factdesk/queue';
import { registerSources, registryArrays, sourceRows } from '../sources/source-rows';

export type ExtractionOutcome = { status: 'extracted'; claims: number } | { status: 'already_done' | 'missing' };

/**
 * Marks the article extracted, registers its sources, stores its claims and their verification messages, in one
 * statement. The article update is the gate: only a run that moves it out of `pending` writes anything, so a retried
 * or replayed job (or two racing ones) never stores claims twice.
 */
const STORE_EXTRACTION = `
  WITH done AS (
    UPDATE articles SET ingest_status = 'extracted', claim_count = $2, extracted_at = now(), ingest_error = NULL, updated_at = now()
    WHERE id = $1 AND ingest_status = 'pending' RETURNING id
  ), ${registerSources(3, 'AND EXISTS (SELECT 1 FROM done)')}, stored AS (
    INSERT INTO claims (id, article_id, source_id, via_source_id, source_name, source_type, via, cue, quote_type, content,
                        start_offset, end_offset, sentence_index, confidence, review_status)
    SELECT c.id, $1, source.id, relay.id, c.source, c.source_type, c.via, c.cue, c.quote, c.content, c.start_offset,
           c.end_offset, c.sentence, c.confidence, 'new'
    FROM unnest($6::uuid[], $7::text[], $8::int[], $9::int[], $10::text[], $11::text[], $12::text[], $13::text[], $14::text[],
                $15::int[], $16::int[], $17::int[], $18::real[])
         AS c(id, source, source_slot, via_slot, source_type, via, cue, quote, content, start_offset, end_offset, sentence, confidence)
    JOIN slots source ON source.slot = c.source_slot
    LEFT JOIN slots relay ON relay.slot = c.via_slot
    WHERE EXISTS (SELECT 1 FROM done)
    RETURNING id
  ), messages AS (
    ${outboxInsert(19, 'WHERE EXISTS (SELECT 1 FROM done)')}
  )
  SELECT (SELECT count(*) FROM done)::int AS done, (SELECT count(*) FROM stored)::int AS stored`;

@Injectable()
export class ExtractionService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async extractArticle(articleId: string): Promise<ExtractionOutcome> {
    const [article]: { body: string; ingest_status: string }[] = await queryPrepared(
      this.dataSource,
      'SELECT body, ingest_status FROM articles WHERE id = $1',
      [articleId],
    );
    if (!article) return { status: 'missing' };
    if (article.ingest_status !== 'pending') return { status: 'already_done' };

    const { claims } = extract(article.body);
    const ids = claims.map(() => randomUUID());
    const sources = sourceRows(claims);
    const column = <K extends keyof (typeof claims)[number]>(key: K) => claims.map((claim) => claim[key]);
    const [result]: { done: number; stored: number }[] = await queryPrepared(this.dataSource, STORE_EXTRACTION, [
      articleId,
      claims.length,
      ...registryArrays(sources),
      ids,
      column('source'),
      sources.sourceSlot,
      sources.viaSlot,
      column('sourceType'),
      column('via'),
      column('cue'),
      column('quote'),
      column('content'),
      column('start'),
      column('end'),
      column('sentence'),
      column('confidence'),
      ...outboxArrays(ids.map((claimId) => outboxMessages.claimExtracted({ claimId }))),
    ]);
    if (result.done === 0) return { status: 'already_done' };
    return { status: 'extracted', claims: result.stored };
  }

  /** Records the final failure on the article so the desk sees it instead of a silent gap. */
  async markFailed(articleId: string, reason: string): Promise<void> {
    await this.dataSource
      .getRepository(ArticleEntity)
      .update({ id: articleId, status: 'pending' }, { status: 'failed', ingestError: reason.slice(0, 2_000) });
  }
}
