import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsISO8601, IsOptional, Max, Min } from 'class-validator';
import { PROBLEM_SHARE_MIN_DECIDED } from '@factdesk/desk';
import { IsOutletName } from '../../common-params';

export class StatsQueryDto {
  @ApiPropertyOptional({
    format: 'date-time',
    example: '2026-11-01T00:00:00Z',
    description: 'Start of the window (default: 30 days before `to`), rounded down to the bucket',
  })
  @IsOptional()
  @IsISO8601({ strict: true })
  from?: string;

  @ApiPropertyOptional({
    format: 'date-time',
    example: '2026-12-01T00:00:00Z',
    description: 'End of the window, exclusive (default: now), rounded up to the bucket',
  })
  @IsOptional()
  @IsISO8601({ strict: true })
  to?: string;

  @ApiPropertyOptional({ example: 'MNTV', description: 'Only claims and articles of this outlet (exact name)' })
  @IsOptional()
  @IsOutletName()
  outlet?: string;

  @ApiPropertyOptional({
    enum: ['hour', 'day'],
    default: 'day',
    description: 'Series bucket; hour windows up to 83 days',
  })
  @IsOptional()
  @IsIn(['hour', 'day'])
  bucket?: 'hour' | 'day';

  @ApiPropertyOptional({
    minimum: PROBLEM_SHARE_MIN_DECIDED,
    default: PROBLEM_SHARE_MIN_DECIDED,
    description: 'Published verdicts a source or relay needs to rank by problem share',
  })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(PROBLEM_SHARE_MIN_DECIDED)
  @Max(1_000_000)
  minDecided?: number;
}
