import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { SOURCE_PAGE_SIZE } from '@factdesk/desk';
import { SOURCE_TYPES } from '../../claims/dto/source-types';

export class ListSourcesQueryDto {
  @ApiPropertyOptional({
    example: 'ozturk',
    description:
      'Part of a name or of an alias; case and diacritics do not matter ("ozturk" finds "Kemal Öztürk"), close spellings match too',
  })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  q?: string;

  @ApiPropertyOptional({ enum: SOURCE_TYPES, description: 'Only sources of this type; relays are media or social' })
  @IsOptional()
  @IsIn(SOURCE_TYPES)
  type?: (typeof SOURCE_TYPES)[number];

  @ApiPropertyOptional({
    minimum: 1,
    maximum: SOURCE_PAGE_SIZE.max,
    default: SOURCE_PAGE_SIZE.default,
    description: 'Page size',
  })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(SOURCE_PAGE_SIZE.max)
  limit?: number;

  @ApiPropertyOptional({ description: 'nextCursor of the previous page, unchanged' })
  @IsOptional()
  @IsString()
  @MaxLength(1_000)
  cursor?: string;
}
