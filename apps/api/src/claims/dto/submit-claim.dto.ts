import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsNotEmpty, IsOptional, IsString, IsUrl, MaxLength } from 'class-validator';
import { SOURCE_TYPES } from './source-types';

export class SubmitClaimDto {
  @ApiProperty({ example: 'Bloomberg', description: 'Who made the claim' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  source: string;

  @ApiPropertyOptional({ enum: SOURCE_TYPES, default: 'person' })
  @IsOptional()
  @IsIn(SOURCE_TYPES)
  sourceType?: (typeof SOURCE_TYPES)[number];

  @ApiPropertyOptional({ example: 'X', description: 'Outlet or platform that relayed the claim' })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  via?: string;

  @ApiProperty({ example: 'Türkiye plans to supply Syria with armoured vehicles' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(10_000)
  content: string;

  @ApiPropertyOptional({ example: 'https://example.com/story' })
  @IsOptional()
  @IsUrl({ require_protocol: true, protocols: ['http', 'https'] })
  @MaxLength(2_000)
  articleUrl?: string;

  @ApiPropertyOptional({ description: 'Context for the reviewer' })
  @IsOptional()
  @IsString()
  @MaxLength(5_000)
  note?: string;
}
