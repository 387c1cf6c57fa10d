import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { SOURCE_TYPES } from './source-types';

export class MatchedClaimDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'approved' }) status: string;
  @ApiProperty({ nullable: true, type: Object, description: 'The published verdict, once the claim is approved' })
  verdict: object | null;
}

export class ClaimResponseDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) articleId: string | null;
  @ApiProperty({ example: 'Marhaf Abu Qasra' }) source: string;
  @ApiProperty({ enum: SOURCE_TYPES }) sourceType: string;
  @ApiProperty({ example: 'X', nullable: true, type: String }) via: string | null;
  @ApiProperty({ example: 'said', nullable: true, type: String }) cue: string | null;
  @ApiProperty({ enum: ['direct', 'indirect', 'mixed'], nullable: true, type: String }) quote: string | null;
  @ApiProperty() content: string;
  @ApiProperty({ nullable: true, type: Number, description: 'Character offset of content in the article body' }) start:
    number | null;
  @ApiProperty({ nullable: true, type: Number }) end: number | null;
  @ApiPropertyOptional({ nullable: true, type: Number }) sentence: number | null;
  @ApiPropertyOptional({ nullable: true, type: Number }) confidence: number | null;
  @ApiProperty({ example: 'queued' }) status: string;
  @ApiProperty({ description: '0-100, higher is checked first' }) priority: number;
  @ApiProperty({ description: 'Increments on every change; send it back as expectedVersion' }) version: number;
  @ApiProperty({ format: 'uuid', nullable: true, type: String, description: 'API key holding the claim' }) assigneeId:
    string | null;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) lastReviewerId: string | null;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) leaseExpiresAt: string | null;
  @ApiProperty({ format: 'date-time', nullable: true, type: String, description: 'SLA due time' }) dueAt: string | null;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) slaBreachedAt: string | null;
  @ApiProperty({ format: 'date-time', nullable: true, type: String, description: 'When approved or discarded' })
  decidedAt: string | null;
  @ApiProperty({
    nullable: true,
    type: Object,
    description: 'attributionVerdict, attributionNote, claimRating, ratingNote',
  })
  verdict: object | null;
  @ApiProperty({ nullable: true, type: String }) holdReason: string | null;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) resumeAt: string | null;
  @ApiProperty({ nullable: true, type: String, description: 'Latest note from return, discard or reopen' }) statusNote:
    string | null;
  @ApiProperty({ format: 'uuid', nullable: true, type: String, description: 'Registry entry of the source' }) sourceId:
    string | null;
  @ApiProperty({ format: 'uuid', nullable: true, type: String, description: 'Registry entry of the relay' })
  viaSourceId: string | null;
  @ApiProperty({
    nullable: true,
    type: Number,
    description: 'Check-worthiness 0-1: a clamped sum of documented features (see the detail)',
  })
  checkWorthiness: number | null;
  @ApiProperty({ description: 'Articles carrying the claim' }) reach: number;
  @ApiProperty({
    type: MatchedClaimDto,
    nullable: true,
    description: 'For a merged claim: the claim verified in its place, with its verdict once approved',
  })
  matchedClaim: MatchedClaimDto | null;
  @ApiProperty({
    format: 'uuid',
    nullable: true,
    type: String,
    description: 'A similar claim of the same source: confirm_duplicate or reject_duplicate',
  })
  possibleDuplicateOf: string | null;
  @ApiProperty({ nullable: true, type: Number, description: 'Trigram similarity to possibleDuplicateOf, 0-1' })
  duplicateSimilarity: number | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}
