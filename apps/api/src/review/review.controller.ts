import { Controller, Get, HttpCode, HttpStatus, Post, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { REVIEW_MACHINE } from '@factdesk/review';
import { ReviewService, toClaimView } from '@factdesk/desk';
import { Caller, CurrentCaller, Roles } from '@factdesk/platform';
import { ClaimResponseDto } from '../claims/dto/claim-response.dto';

@ApiTags('review')
@ApiBearerAuth()
@Controller('v1/review')
export class ReviewController {
  constructor(private readonly review: ReviewService) {}

  @Post('next')
  @HttpCode(HttpStatus.OK)
  @Roles('reviewer', 'editor')
  @ApiOkResponse({
    description: 'The claim now held by the caller, with its lease',
    schema: { properties: { claim: { $ref: '#/components/schemas/ClaimResponseDto' } } },
  })
  @ApiNoContentResponse({ description: 'Nothing is queued' })
  async next(
    @CurrentCaller() caller: Caller,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<{ claim: ClaimResponseDto } | undefined> {
    const claim = await this.review.next(caller);
    if (!claim) {
      reply.status(HttpStatus.NO_CONTENT);
      return undefined;
    }
    return { claim: toClaimView(claim) };
  }

  @Get('machine')
  @Roles('intake', 'reviewer', 'editor')
  @ApiOkResponse({ description: 'The review state machine as data: states, events, roles, payloads' })
  machine() {
    return REVIEW_MACHINE;
  }
}
