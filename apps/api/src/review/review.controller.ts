import { Controller, Get, HttpCode, HttpStatus, Post, Query, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { REVIEW_MACHINE } from '@factdesk/review';
import { ClaimListService, ReviewService, toClaimView } from '@factdesk/desk';
import { Caller, CurrentCaller } from '@factdesk/platform';
import { ClaimResponseDto } from '../claims/dto/claim-response.dto';
import { ApiRoute } from '../openapi/api-route.decorator';
import { CLAIM_IN_REVIEW } from '../openapi/examples';
import { PageQueryDto } from '../page-query.dto';
import { CLAIM_PAGE_EXAMPLE, ClaimPageDto } from '../tracking/dto/claim-list-response.dto';

const submitEvent = REVIEW_MACHINE.events.find((event) => event.name === 'submit');

@ApiTags('review')
@Controller('v1/review')
export class ReviewController {
  constructor(
    private readonly review: ReviewService,
    private readonly claims: ClaimListService,
  ) {}

  @Get('mine')
  @ApiRoute({
    summary: "The caller's own work",
    description:
      'Claims the caller holds in review (with `leaseExpiresAt`) or on hold, and claims returned or reopened to ' +
      'them, by priority (then oldest first), as list items; keyset-paged like GET /v1/claims. Always read from the ' +
      'primary.',
    roles: ['reviewer', 'editor'],
    query: true,
    responses: [
      { status: 200, type: ClaimPageDto, description: "One page of the caller's claims", example: CLAIM_PAGE_EXAMPLE },
    ],
    errors: { 400: 'A bad limit, or a cursor this API did not issue for this list and caller.' },
  })
  mine(@Query() dto: PageQueryDto, @CurrentCaller() caller: Caller): Promise<ClaimPageDto> {
    return this.claims.mine(caller, { limit: dto.limit, cursor: dto.cursor });
  }

  @Post('next')
  @HttpCode(HttpStatus.OK)
  @ApiRoute({
    summary: 'Take the next claim to verify',
    description:
      'Hands the caller the best queued claim (highest priority, then oldest) as `in_review` with a lease ' +
      '(REVIEW_LEASE_SECONDS, 30 minutes by default); two reviewers never get the same claim. Keep `claim.id` and ' +
      '`claim.version` for the transitions that follow.',
    roles: ['reviewer', 'editor'],
    responses: [
      {
        status: 200,
        description: 'The claim now held by the caller, with its lease',
        schema: { properties: { claim: { $ref: '#/components/schemas/ClaimResponseDto' } } },
        example: { claim: CLAIM_IN_REVIEW },
      },
      { status: 204, description: 'Nothing is queued' },
    ],
    errors: {
      409: 'The caller already holds REVIEW_MAX_LEASES claims in review (`details.code` `lease_cap_reached`): submit, release or hold one first.',
    },
  })
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
  @ApiRoute({
    summary: 'The review state machine as data',
    description:
      'States, events (roles, from-states, target, holder rule, payload as JSON Schema), assignee rules, verdict ' +
      'values and how each refusal is answered: the rules the server applies, for clients and the desk UI.',
    roles: ['intake', 'reviewer', 'editor'],
    responses: [
      {
        status: 200,
        description: 'The machine (REVIEW_MACHINE of libs/review)',
        schema: { type: 'object' },
        example: {
          states: REVIEW_MACHINE.states.slice(0, 3),
          roles: REVIEW_MACHINE.roles,
          events: [submitEvent],
          verdict: REVIEW_MACHINE.verdict,
          refusals: REVIEW_MACHINE.refusals,
        },
      },
    ],
  })
  machine() {
    return REVIEW_MACHINE;
  }
}
