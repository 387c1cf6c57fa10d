import { Controller, Get, Headers, Inject, Param, Query, Res } from '@nestjs/common';
import { ApiHeader, ApiTags } from '@nestjs/swagger';
import { createHash } from 'crypto';
import type { FastifyReply } from 'fastify';
import { ClaimReviewService } from '@factdesk/desk';
import { APP_CONFIG, type AppConfig, DomainError } from '@factdesk/platform';
import { existingId } from '../common-params';
import { ApiRoute } from '../openapi/api-route.decorator';
import { parseInstant } from '../query-params';
import { DOCUMENT_ANSWER, FEED_ANSWER, JSON_LD, UNPUBLISHED } from './published-review-examples';

import { ClaimReviewFeedQueryDto } from './dto/claimreview-feed-query.dto';

/** A review changes only when an editor reopens or re-approves it: caches may keep it a few minutes. */
const DOCUMENT_CACHE = 'public, max-age=300';
/** The feed's first page grows with every approval. */
const FEED_CACHE = 'public, max-age=60';

const CACHING = {
  ETag: { description: 'A digest of the body; send it back as If-None-Match for a 304', schema: { type: 'string' } },
  'Cache-Control': { description: 'How long shared caches may keep it', schema: { type: 'string' } },
};
const OFF = 'The public routes are off (PUBLIC_CLAIMREVIEW is not true), or no published review has this id.';

const etagOf = (body: string): string => `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;

/** The same ClaimReview documents without a key, for a public fact-check page or a crawler; off by default. */
@ApiTags('publishing')
@ApiHeader({ name: 'If-None-Match', required: false, description: 'The ETag of a copy you hold' })
@Controller('public/claimreview')
export class PublicReviewsController {
  constructor(
    private readonly reviews: ClaimReviewService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get()
  @ApiRoute({
    summary: 'Every published ClaimReview, without a key',
    description: 'GET /v1/claimreview for the public, when PUBLIC_CLAIMREVIEW=true; with ETag and Cache-Control.',
    roles: 'public',
    query: true,
    responses: [
      { ...FEED_ANSWER, headers: CACHING },
      { status: 304, description: 'Unchanged since the ETag sent as If-None-Match' },
    ],
    errors: { 404: OFF },
  })
  async feed(
    @Query() query: ClaimReviewFeedQueryDto,
    @Headers('if-none-match') ifNoneMatch: string | undefined,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    this.assertEnabled();
    const page = await this.reviews.feed({
      since: parseInstant(query.since),
      cursor: query.cursor,
      limit: query.limit,
    });
    this.send(reply, JSON.stringify(page), 'application/json; charset=utf-8', FEED_CACHE, ifNoneMatch);
  }

  @Get(':id')
  @ApiRoute({
    summary: 'A published ClaimReview, without a key',
    description:
      'GET /v1/claims/:id/claimreview for the public, when PUBLIC_CLAIMREVIEW=true; with ETag and Cache-Control.',
    roles: 'public',
    ids: { id: 'claim' },
    responses: [
      { ...DOCUMENT_ANSWER, headers: CACHING },
      { status: 304, description: 'Unchanged since the ETag sent as If-None-Match' },
    ],
    errors: { 404: `${OFF} ${UNPUBLISHED}` },
  })
  async document(
    @Param('id', existingId('claim')) id: string,
    @Headers('if-none-match') ifNoneMatch: string | undefined,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    this.assertEnabled();
    const document = await this.reviews.document(id);
    this.send(reply, JSON.stringify(document), JSON_LD, DOCUMENT_CACHE, ifNoneMatch);
  }

  private assertEnabled(): void {
    if (!this.config.PUBLIC_CLAIMREVIEW) {
      throw new DomainError('not_found', 'public ClaimReview is not enabled on this desk (PUBLIC_CLAIMREVIEW)');
    }
  }

  private send(reply: FastifyReply, body: string, type: string, cache: string, ifNoneMatch?: string): void {
    const etag = etagOf(body);
    reply.header('ETag', etag).header('Cache-Control', cache);
    const held = (ifNoneMatch ?? '').split(',').map((tag) => tag.trim().replace(/^W\//, ''));
    if (held.includes(etag) || held.includes('*')) {
      void reply.status(304).send();
      return;
    }
    void reply.type(type).send(body);
  }
}
