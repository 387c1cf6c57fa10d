import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import { PAGE_SIZE } from '@factdesk/desk';
import { QueryInt } from './query-params';

/** Keyset paging of the claim and article lists. */
export class PageQueryDto {
  @ApiPropertyOptional({ minimum: 1, maximum: PAGE_SIZE.max, default: PAGE_SIZE.default })
  @QueryInt(1, PAGE_SIZE.max)
  limit?: number;

  @ApiPropertyOptional({ description: 'nextCursor of the previous page, with the same filters and sort' })
  @IsOptional()
  @IsString()
  @MaxLength(2_000)
  cursor?: string;
}
