import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { SOURCE_TYPES } from './source-types';

export class ClaimResponseDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) articleId: string | null;
  @ApiProperty({ example: 'Marhaf Abu Qasra' }) source: string;
  @ApiProperty({ enum: SOURCE_TYPES }) sourceType: string;
  @ApiProperty({ example: 'X', nullable: true, type: String }) via: string | null;
  @ApiProperty({ example: 'said', nullable: true, type: String }) cue: string | null;
  @ApiProperty({ enum: ['direct', 'indirect', 'mixed'], nullable: true, type: String }) quote: string | null;
  @ApiProperty() content: string;
  @ApiProperty({ nullable: true, type: Number, description: 'Character offset of content in the article body' }) start: number | null;
  @ApiProperty({ nullable: true, type: Number }) end: number | null;
  @ApiPropertyOptional({ nullable: true, type: Number }) sentence: number | null;
  @ApiPropertyOptional({ nullable: true, type: Number }) confidence: number | null;
  @ApiProperty({ example: 'queued' }) status: string;
  @ApiProperty({ description: '0-100, higher is checked first' }) priority: number;
  @ApiProperty() version: number;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}
