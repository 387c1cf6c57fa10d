import { Body, Controller, Delete, Get, HttpCode, HttpStatus, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import {
  BulkResult,
  BulkService,
  ClaimsService,
  EvidenceService,
  ReviewService,
  toClaimView,
  toEvidenceView,
} from '@factdesk/desk';
import { Caller, CurrentCaller, Roles } from '@factdesk/platform';
import { ClaimResponseDto } from '../claims/dto/claim-response.dto';
import { existingId } from '../common-params';
import { BulkActionDto } from './dto/bulk.dto';
import { AddEvidenceDto, EvidenceResponseDto } from './dto/evidence.dto';
import { TransitionDto } from './dto/transition.dto';

@ApiTags('review')
@ApiBearerAuth()
@Controller('v1/claims')
export class ClaimReviewController {
  constructor(
    private readonly review: ReviewService,
    private readonly evidence: EvidenceService,
    private readonly bulk: BulkService,
    private readonly claims: ClaimsService,
  ) {}

  @Post('bulk')
  @HttpCode(HttpStatus.OK)
  @Roles('editor')
  @ApiOkResponse({ description: 'One result per distinct id: {id, ok, status?, version?, error?}' })
  async bulkAction(@Body() dto: BulkActionDto, @CurrentCaller() caller: Caller): Promise<{ results: BulkResult[] }> {
    const action =
      dto.action === 'assign'
        ? { action: dto.action, assigneeId: dto.assigneeId as string }
        : dto.action === 'priority'
          ? { action: dto.action, priority: dto.priority as number }
          : { action: dto.action, reason: dto.reason as string };
    return { results: await this.bulk.apply(dto.ids, action, caller) };
  }

  @Post(':id/transitions')
  @HttpCode(HttpStatus.OK)
  @Roles('reviewer', 'editor')
  @ApiOkResponse({ type: ClaimResponseDto })
  async transition(
    @Param('id', existingId('claim')) id: string,
    @Body() dto: TransitionDto,
    @CurrentCaller() caller: Caller,
  ): Promise<ClaimResponseDto> {
    return this.claims.view(await this.review.fire(id, dto.event, dto.payload ?? {}, dto.expectedVersion, caller));
  }

  @Post(':id/lease')
  @HttpCode(HttpStatus.OK)
  @Roles('reviewer', 'editor')
  @ApiOkResponse({ type: ClaimResponseDto, description: 'The lease now runs from this moment' })
  async extendLease(
    @Param('id', existingId('claim')) id: string,
    @CurrentCaller() caller: Caller,
  ): Promise<ClaimResponseDto> {
    return toClaimView(await this.review.extendLease(id, caller));
  }

  @Post(':id/evidence')
  @Roles('reviewer', 'editor')
  @ApiCreatedResponse({ type: EvidenceResponseDto })
  async addEvidence(
    @Param('id', existingId('claim')) id: string,
    @Body() dto: AddEvidenceDto,
    @CurrentCaller() caller: Caller,
  ): Promise<EvidenceResponseDto> {
    return toEvidenceView(await this.evidence.add(id, dto, caller));
  }

  @Get(':id/evidence')
  @Roles('reviewer', 'editor')
  @ApiOkResponse({ type: [EvidenceResponseDto] })
  async listEvidence(@Param('id', existingId('claim')) id: string): Promise<{ evidence: EvidenceResponseDto[] }> {
    return { evidence: (await this.evidence.list(id)).map(toEvidenceView) };
  }

  @Delete(':id/evidence/:evidenceId')
  @HttpCode(HttpStatus.NO_CONTENT)
  @Roles('reviewer', 'editor')
  @ApiNoContentResponse({ description: 'Removed (own evidence, before approval)' })
  async removeEvidence(
    @Param('id', existingId('claim')) id: string,
    @Param('evidenceId', existingId('evidence')) evidenceId: string,
    @CurrentCaller() caller: Caller,
  ): Promise<void> {
    await this.evidence.remove(id, evidenceId, caller);
  }
}
