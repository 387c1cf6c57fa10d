import { Body, Controller, HttpCode, HttpStatus, Param, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { ClaimConflictsService } from '@factdesk/desk';
import { Caller, CurrentCaller } from '@factdesk/platform';
import { existingId } from '../common-params';
import { ApiRoute } from '../openapi/api-route.decorator';
import { CONFLICT } from '../openapi/examples';
import { ConflictDto, SettleConflictDto } from './dto/conflict.dto';

@ApiTags('review')
@Controller('v1/claims')
export class ClaimConflictsController {
  constructor(private readonly conflicts: ClaimConflictsService) {}

  @Post(':id/conflicts/:conflictId')
  @HttpCode(HttpStatus.OK)
  @ApiRoute({
    summary: 'Settle a conflict between two claims of one speaker',
    description:
      'Triage never joins claims whose figures differ ("200" / "300 armoured vehicles"); it links them as a ' +
      'conflict, listed in `conflicts` of GET /v1/claims/:id of both. Settling records the outcome and a ' +
      '`conflict_settled` audit event on both claims. `:id` is either claim, or one merged into it.',
    roles: ['reviewer', 'editor'],
    ids: { id: 'claim', conflictId: 'conflict' },
    body: {
      type: SettleConflictDto,
      examples: {
        contradiction: {
          summary: 'The outlets contradict each other',
          value: { outcome: 'contradiction', note: 'The agency’s statement says 200.' },
        },
        different: { summary: 'Two different claims', value: { outcome: 'different_claims' } },
      },
    },
    responses: [{ status: 200, type: ConflictDto, description: 'Settled', example: CONFLICT }],
    errors: { 409: 'The conflict was settled already.' },
  })
  settle(
    @Param('id', existingId('claim')) id: string,
    @Param('conflictId', existingId('conflict')) conflictId: string,
    @Body() dto: SettleConflictDto,
    @CurrentCaller() caller: Caller,
  ): Promise<ConflictDto> {
    return this.conflicts.settle(id, conflictId, { outcome: dto.outcome, note: dto.note ?? null }, caller);
  }
}
