import { ApiPropertyOptional } from '@nestjs/swagger';
import { PageQueryDto } from '../../page-query.dto';
import { QueryInstant } from '../../query-params';

export class ClaimReviewFeedQueryDto extends PageQueryDto {
  @ApiPropertyOptional({
    example: '2026-12-01T00:00:00Z',
    description:
      'Only reviews published (approved, or approved again after a reopen) at or after this instant: an ISO date ' +
      '(UTC midnight) or a date-time with an offset',
  })
  @QueryInstant()
  since?: string;
}
