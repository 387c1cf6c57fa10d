import { Body, Controller, Delete, Get, HttpCode, HttpStatus, Param, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { BulkService, ClaimsService, EvidenceService, ReviewService, toClaimView } from '@factdesk/desk';
import { Caller, CurrentCaller } from '@factdesk/platform';
import { ClaimResponseDto } from '../claims/dto/claim-response.dto';
import { existingId } from '../common-params';
import { ApiRoute } from '../openapi/api-route.decorator';
import { CLAIM_AWAITING_APPROVAL, CLAIM_IN_REVIEW, EVIDENCE, IDS, VERDICT } from '../openapi/examples';
import { BulkActionDto, BulkResponseDto } from './dto/bulk.dto';
import { AddEvidenceDto, EvidenceListDto, EvidenceResponseDto } from './dto/evidence.dto';
import { TransitionDto } from './dto/transition.dto';

const EVIDENCE_FROZEN =
  'Evidence changes only while the claim is in review, on hold or escalated, by its holder or an editor: it is frozen ' +
  'once submitted (awaiting approval) and after; `details.code` is `invalid_state` or `not_holder`.';

@ApiTags('review')
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
  @ApiRoute({
    summary: 'Assign, re-prioritise or discard up to 500 claims',
    description:
      'Applies one action to each distinct id, each claim in its own transaction, and reports each: `assign` ' +
      '(needs `assigneeId`, a reviewer key id: the `reassign` event), `priority` (needs `priority`, 0-100) or ' +
      '`discard` (needs `reason`: the `discard` event). A claim the action does not apply to is reported, not fatal.',
    roles: ['editor'],
    body: {
      type: BulkActionDto,
      examples: {
        discard: {
          summary: 'Discard two claims',
          value: { ids: [IDS.claim, IDS.otherClaim], action: 'discard', reason: 'Background, not check-worthy' },
        },
        priority: {
          summary: 'Raise a claim’s priority',
          value: { ids: [IDS.claim], action: 'priority', priority: 80 },
        },
        assign: {
          summary: 'Put claims in a reviewer’s list',
          value: { ids: [IDS.claim], action: 'assign', assigneeId: IDS.reviewerKey },
        },
      },
    },
    responses: [
      {
        status: 200,
        type: BulkResponseDto,
        description: 'One result per distinct id',
        example: {
          results: [
            { id: IDS.claim, ok: true, status: 'discarded', version: 3 },
            {
              id: IDS.otherClaim,
              ok: false,
              error: { statusCode: 409, message: 'discard is not allowed from approved' },
            },
          ],
        },
      },
    ],
  })
  async bulkAction(@Body() dto: BulkActionDto, @CurrentCaller() caller: Caller): Promise<BulkResponseDto> {
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
  @ApiRoute({
    summary: 'Fire a review event on a claim',
    description:
      'Moves the claim through the review machine (GET /v1/review/machine): the machine checks the event’s roles, ' +
      'the claim’s state, who holds it and the payload; `expectedVersion` must be the claim’s current version. ' +
      'The events a caller may fire and their payloads are listed under the body’s `payload`.',
    roles: ['reviewer', 'editor'],
    ids: { id: 'claim' },
    body: {
      type: TransitionDto,
      examples: {
        submit: { summary: 'Propose a verdict', value: { event: 'submit', expectedVersion: 3, payload: VERDICT } },
        approve: { summary: 'Publish the verdict (editor)', value: { event: 'approve', expectedVersion: 4 } },
        hold: {
          summary: 'Wait for the source',
          value: {
            event: 'hold',
            expectedVersion: 3,
            payload: { reason: 'Asked Bloomberg for the original', resumeAt: '2026-12-10' },
          },
        },
        return: {
          summary: 'Send back to the reviewer (editor)',
          value: { event: 'return', expectedVersion: 4, payload: { note: 'Cite the report' } },
        },
        merge: {
          summary: 'Fold into another claim (editor)',
          value: { event: 'merge', expectedVersion: 2, payload: { into: IDS.otherClaim } },
        },
      },
    },
    responses: [
      {
        status: 200,
        type: ClaimResponseDto,
        description: 'The claim after the event',
        example: CLAIM_AWAITING_APPROVAL,
      },
    ],
    errors: {
      400: 'The body or the event’s payload fails validation (`details` lists the fields), or a `reassign` names no active reviewer or editor.',
      403: 'The key’s role may not call this route, or may not fire this event.',
      409: 'The event is not allowed from the claim’s state, the caller does not hold the claim, `submit` or `approve` finds no evidence, the approver submitted or reviewed this verdict (`needs_second_approver`, four eyes), the caller already holds REVIEW_MAX_LEASES claims in review (`lease_cap_reached`), or `expectedVersion` is stale (reload and retry).',
    },
  })
  async transition(
    @Param('id', existingId('claim')) id: string,
    @Body() dto: TransitionDto,
    @CurrentCaller() caller: Caller,
  ): Promise<ClaimResponseDto> {
    return this.claims.view(await this.review.fire(id, dto.event, dto.payload ?? {}, dto.expectedVersion, caller));
  }

  @Post(':id/lease')
  @HttpCode(HttpStatus.OK)
  @ApiRoute({
    summary: 'Renew the lease on a claim in review',
    description:
      'Restarts the review lease (REVIEW_LEASE_SECONDS, 30 minutes by default) from now: its holder, or an editor for ' +
      'them (the lease stays the holder’s).',
    roles: ['reviewer', 'editor'],
    ids: { id: 'claim' },
    responses: [
      {
        status: 200,
        type: ClaimResponseDto,
        description: 'The lease now runs from this moment',
        example: CLAIM_IN_REVIEW,
      },
    ],
    errors: { 409: 'The claim is not in review, or another reviewer holds it (editors may renew any).' },
  })
  async extendLease(
    @Param('id', existingId('claim')) id: string,
    @CurrentCaller() caller: Caller,
  ): Promise<ClaimResponseDto> {
    return toClaimView(await this.review.extendLease(id, caller));
  }

  @Post(':id/evidence')
  @ApiRoute({
    summary: 'Add evidence to a claim',
    description:
      'A source, document or note backing the verdict; `submit` needs at least one. Audited as `evidence_added`.',
    roles: ['reviewer', 'editor'],
    ids: { id: 'claim' },
    body: {
      type: AddEvidenceDto,
      examples: {
        url: {
          summary: 'The original report',
          value: {
            kind: 'url',
            url: 'https://www.bloomberg.com/news/example',
            title: 'Original Bloomberg report',
            note: 'Says the same',
          },
        },
      },
    },
    responses: [{ status: 201, type: EvidenceResponseDto, description: 'Added', example: EVIDENCE }],
    errors: { 400: 'The body fails validation, or kind url comes without a url.', 409: EVIDENCE_FROZEN },
  })
  addEvidence(
    @Param('id', existingId('claim')) id: string,
    @Body() dto: AddEvidenceDto,
    @CurrentCaller() caller: Caller,
  ): Promise<EvidenceResponseDto> {
    return this.evidence.add(id, dto, caller);
  }

  @Get(':id/evidence')
  @ApiRoute({
    summary: 'List a claim’s evidence',
    description: 'Oldest first.',
    roles: ['reviewer', 'editor'],
    ids: { id: 'claim' },
    responses: [
      { status: 200, type: EvidenceListDto, description: 'The evidence items', example: { evidence: [EVIDENCE] } },
    ],
  })
  async listEvidence(@Param('id', existingId('claim')) id: string): Promise<EvidenceListDto> {
    return { evidence: await this.evidence.list(id) };
  }

  @Delete(':id/evidence/:evidenceId')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiRoute({
    summary: 'Remove evidence you added',
    description:
      'Only the key that added an item may remove it, and only while the claim is open. Audited as `evidence_removed`.',
    roles: ['reviewer', 'editor'],
    ids: { id: 'claim', evidenceId: 'evidence item' },
    responses: [{ status: 204, description: 'Removed (own evidence, before approval)' }],
    errors: { 403: 'The key’s role is not allowed, or someone else added this evidence.', 409: EVIDENCE_FROZEN },
  })
  async removeEvidence(
    @Param('id', existingId('claim')) id: string,
    @Param('evidenceId', existingId('evidence')) evidenceId: string,
    @CurrentCaller() caller: Caller,
  ): Promise<void> {
    await this.evidence.remove(id, evidenceId, caller);
  }
}
