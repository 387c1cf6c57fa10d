import { Body, Controller, Get, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ClaimsService } from '@factdesk/desk';
import { Caller, CurrentCaller, Roles } from '@factdesk/platform';
import { existingId } from '../common-params';
import { ClaimDetailResponseDto, HistoryResponseDto } from './dto/claim-detail-response.dto';
import { ClaimResponseDto } from './dto/claim-response.dto';
import { SubmitClaimDto } from './dto/submit-claim.dto';

@ApiTags('claims')
@ApiBearerAuth()
@Controller('v1/claims')
export class ClaimsController {
  constructor(private readonly claims: ClaimsService) {}

  @Post()
  @Roles('intake', 'reviewer', 'editor')
  @ApiCreatedResponse({ type: ClaimResponseDto, description: 'Stored as new; the worker triages it into the queue' })
  submit(@Body() dto: SubmitClaimDto, @CurrentCaller() caller: Caller): Promise<ClaimResponseDto> {
    return this.claims.submit({ ...dto, sourceType: dto.sourceType ?? 'person' }, caller);
  }

  @Get(':id')
  @Roles('intake', 'reviewer', 'editor')
  @ApiOkResponse({
    type: ClaimDetailResponseDto,
    description: 'With article context, verdict, evidence and audit history',
  })
  view(@Param('id', existingId('claim')) id: string): Promise<ClaimDetailResponseDto> {
    return this.claims.detail(id);
  }

  @Get(':id/history')
  @Roles('intake', 'reviewer', 'editor')
  @ApiOkResponse({ type: HistoryResponseDto })
  async history(@Param('id', existingId('claim')) id: string): Promise<HistoryResponseDto> {
    return { events: await this.claims.historyOf(id) };
  }
}
