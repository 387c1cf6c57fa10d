import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'crypto';
import { DataSource } from 'typeorm';
import { extract } from '@factdesk/attribution';
import { bind, queryPrepared } from '@factdesk/persistence';
import { outboxInsert, outboxMessages, outboxParams } from '@factdesk/queue';
import { registerSources, registryParams, sourceRows } from '../sources/source-rows';

export type ExtractionOutcome = { status: 'extracted'; claims: number } | { status: 'already_done' | 'missing' };

/**
 * Marks the article extracted, announces it in the event log, registers its sources, stores its claims and their
 * verification messages, in one statement. The article update is the gate: only a run that moves it out of `pending` writes anything, so a retried
 * or replayed job (or two racing ones) never stores claims twice.
 */
const STORE_EXTRACTION = `
  WITH done AS (
    UPDATE articles SET ingest_status = 'extracted', claim_count = :claimCount, extracted_at = now(), ingest_error = NULL,
           updated_at = now()
    WHERE id = :articleId AND ingest_status = 'pending' RETURNING id, outlet, created_at
  ), announced AS (
    INSERT INTO domain_events (type, article_id, payload)
    SELECT 'article.extracted', id, jsonb_build_object('outlet', outlet, 'claims', :claimCount::int, 'submittedAt', created_at)
    FROM done
  ), ${registerSources('AND EXISTS (SELECT 1 FROM done)')}, stored AS (
    INSERT INTO claims (id, article_id, source_id, via_source_id, source_name, source_type, via, cue, quote_type, content,
                        start_offset, end_offset, sentence_index, confidence, review_status)
    SELECT c.id, :articleId, source.id, relay.id, c.source, c.source_type, c.via, c.cue, c.quote, c.content, c.start_offset,
           c.end_offset, c.sentence, c.confidence, 'new'
    FROM unnest(:ids::uuid[], :sources::text[], :sourceSlots::int[], :viaSlots::int[], :sourceTypes::text[], :vias::text[],
                :cues::text[], :quotes::text[], :contents::text[], :starts::int[], :ends::int[], :sentences::int[],
                :confidences::real[])
         AS c(id, source, source_slot, via_slot, source_type, via, cue, quote, content, start_offset, end_offset, sentence, confidence)
    JOIN slots source ON source.slot = c.source_slot
    LEFT JOIN slots relay ON relay.slot = c.via_slot
    WHERE EXISTS (SELECT 1 FROM done)
    RETURNING id
  ), messages AS (
    ${outboxInsert('WHERE EXISTS (SELECT 1 FROM done)')}
  )
  SELECT (SELECT count(*) FROM done)::int AS done, (SELECT count(*) FROM stored)::int AS stored`;

@Injectable()
export class ExtractionService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async extractArticle(articleId: string): Promise<ExtractionOutcome> {
    const [article]: { body: string; outlet: string; ingest_status: string }[] = await queryPrepared(
      this.dataSource,
      ...bind('SELECT body, outlet, ingest_status FROM articles WHERE id = :articleId', { articleId }),
    );
    if (!article) return { status: 'missing' };
    if (article.ingest_status !== 'pending') return { status: 'already_done' };

    const { claims } = extract(article.body);
    const ids = claims.map(() => randomUUID());
    const sources = sourceRows(claims, article.outlet);
    const column = <K extends keyof (typeof claims)[number]>(key: K) => claims.map((claim) => claim[key]);
    const [result]: { done: number; stored: number }[] = await queryPrepared(
      this.dataSource,
      ...bind(STORE_EXTRACTION, {
        articleId,
        claimCount: claims.length,
        ...registryParams(sources),
        ids,
        sources: column('source'),
        sourceSlots: sources.sourceSlot,
        viaSlots: sources.viaSlot,
        sourceTypes: column('sourceType'),
        vias: column('via'),
        cues: column('cue'),
        quotes: column('quote'),
        contents: column('content'),
        starts: column('start'),
        ends: column('end'),
        sentences: column('sentence'),
        confidences: column('confidence'),
        ...outboxParams(ids.map((claimId) => outboxMessages.claimExtracted({ claimId }))),
      }),
    );
    if (result.done === 0) return { status: 'already_done' };
    return { status: 'extracted', claims: result.stored };
  }

  /** Records the final failure on the article so the desk sees it instead of a silent gap, and announces it. */
  async markFailed(articleId: string, reason: string): Promise<void> {
    await this.dataSource.query(
      ...bind(
        `WITH failed AS (
           UPDATE articles SET ingest_status = 'failed', ingest_error = :reason, updated_at = now()
           WHERE id = :articleId AND ingest_status = 'pending' RETURNING id, outlet, created_at
         )
         INSERT INTO domain_events (type, article_id, payload)
         SELECT 'article.failed', id, jsonb_build_object('outlet', outlet, 'submittedAt', created_at) FROM failed`,
        { articleId, reason: reason.slice(0, 2_000) },
      ),
    );
  }
}
