import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { ClaimReview, WithContext } from 'schema-dts';
import { ClaimReviewService, type ClaimReviewPage } from '@factdesk/desk';
import { existingId } from '../common-params';
import { ApiRoute } from '../openapi/api-route.decorator';
import { parseInstant } from '../query-params';
import { DOCUMENT_ANSWER, FEED_ANSWER, JSON_LD, UNPUBLISHED } from './published-review-examples';
import { ClaimReviewFeedQueryDto } from './dto/claimreview-feed-query.dto';

@ApiTags('publishing')
@Controller('v1')
export class PublishedReviewsController {
  constructor(private readonly reviews: ClaimReviewService) {}

  @Get('claims/:id/claimreview')
  @ApiRoute({
    summary: 'A claim’s published verdict as schema.org ClaimReview',
    description:
      'JSON-LD (`application/ld+json`) for an approved claim: the claim, its source as author (the original source ' +
      'of a relayed claim, the relay as publisher), every article it appeared in with its outlet as publisher, the ' +
      'rating on a 1-5 scale with the desk’s words (a false attribution says "Misattributed" or "Distorted quote"; ' +
      '"Unproven" has words only), the desk as author (DESK_NAME, DESK_URL), the review’s url ' +
      '(CLAIMREVIEW_URL_TEMPLATE) and language (DESK_LANGUAGE).',
    roles: ['intake', 'reviewer', 'editor'],
    ids: { id: 'claim' },
    responses: [DOCUMENT_ANSWER],
    errors: { 404: UNPUBLISHED },
  })
  async document(
    @Param('id', existingId('claim')) id: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<WithContext<ClaimReview>> {
    const document = await this.reviews.document(id);
    reply.type(JSON_LD);
    return document;
  }

  @Get('claimreview')
  @ApiRoute({
    summary: 'Every published ClaimReview, oldest approval first',
    description:
      'A feed for crawlers and partner sites: the ClaimReview of every approved claim, in approval order (a claim ' +
      'approved again after a reopen moves to its new approval). Keyset paging: pass nextCursor back as cursor with ' +
      'the same `since`; remember the last approval seen and ask with `since` next time.',
    roles: ['intake', 'reviewer', 'editor'],
    query: true,
    responses: [FEED_ANSWER],
  })
  feed(@Query() query: ClaimReviewFeedQueryDto): Promise<ClaimReviewPage> {
    return this.reviews.feed({ since: parseInstant(query.since), cursor: query.cursor, limit: query.limit });
  }
}
