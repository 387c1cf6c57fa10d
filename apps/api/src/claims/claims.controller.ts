import { Body, Controller, Get, Param, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { ClaimsService } from '@factdesk/desk';
import { Caller, CurrentCaller } from '@factdesk/platform';
import { existingId } from '../common-params';
import { ApiRoute } from '../openapi/api-route.decorator';
import { CLAIM, CLAIM_DETAIL, HISTORY_EVENT } from '../openapi/examples';
import { ClaimDetailResponseDto, HistoryResponseDto } from './dto/claim-detail-response.dto';
import { ClaimResponseDto } from './dto/claim-response.dto';
import { SubmitClaimDto } from './dto/submit-claim.dto';

@ApiTags('claims')
@Controller('v1/claims')
export class ClaimsController {
  constructor(private readonly claims: ClaimsService) {}

  @Post()
  @ApiRoute({
    summary: 'Submit a single claim by hand',
    description:
      'A claim with no article (a tip, a social post): stored as `new`, then triaged into the verification queue by ' +
      'the worker like an extracted one. `sourceType` defaults to person.',
    roles: ['intake', 'reviewer', 'editor'],
    body: {
      type: SubmitClaimDto,
      examples: {
        media: {
          summary: 'An outlet’s report',
          value: {
            source: 'Bloomberg',
            sourceType: 'media',
            content: 'Türkiye plans to supply Syria with armoured vehicles',
          },
        },
        relayed: {
          summary: 'A minister’s post, relayed',
          value: {
            source: 'Marhaf Abu Qasra',
            sourceType: 'person',
            via: 'X',
            content: 'the exchange of expertise and training will enhance regional stability',
            articleUrl: 'https://example.com/story',
          },
        },
      },
    },
    responses: [
      {
        status: 201,
        type: ClaimResponseDto,
        description: 'Stored as new; the worker triages it into the queue',
        example: { ...CLAIM, articleId: null, status: 'new', version: 1, start: null, end: null, sentence: null },
      },
    ],
  })
  submit(@Body() dto: SubmitClaimDto, @CurrentCaller() caller: Caller): Promise<ClaimResponseDto> {
    return this.claims.submit({ ...dto, sourceType: dto.sourceType ?? 'person' }, caller);
  }

  @Get(':id')
  @ApiRoute({
    summary: 'A claim with its context',
    description:
      'The claim with the paragraph it came from, its appearances in other articles, the check-worthiness features, ' +
      'its evidence and its audit history (including the claims merged into it).',
    roles: ['intake', 'reviewer', 'editor'],
    ids: { id: 'claim' },
    responses: [
      {
        status: 200,
        type: ClaimDetailResponseDto,
        description: 'With article context, verdict, evidence and audit history',
        example: CLAIM_DETAIL,
      },
    ],
  })
  view(@Param('id', existingId('claim')) id: string): Promise<ClaimDetailResponseDto> {
    return this.claims.detail(id);
  }

  @Get(':id/history')
  @ApiRoute({
    summary: 'A claim’s audit history',
    description: 'Every event of the claim and of the claims merged into it, oldest first; append-only.',
    roles: ['intake', 'reviewer', 'editor'],
    ids: { id: 'claim' },
    responses: [
      {
        status: 200,
        type: HistoryResponseDto,
        description: 'The events, oldest first',
        example: { events: [HISTORY_EVENT] },
      },
    ],
  })
  async history(@Param('id', existingId('claim')) id: string): Promise<HistoryResponseDto> {
    return { events: await this.claims.historyOf(id) };
  }
}
