import { ApiProperty } from '@nestjs/swagger';
import { ATTRIBUTION_VERDICTS, CLAIM_RATINGS, CLAIM_STATUSES } from '@factdesk/review';
import { SOURCE_TYPES } from '../../claims/dto/source-types';

export class PersonRefDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'Reviewer 1' }) name: string;
  @ApiProperty({ enum: ['intake', 'reviewer', 'editor', 'admin'] }) role: string;
}

export class SourceRefDto {
  @ApiProperty({ format: 'uuid', nullable: true, type: String, description: 'Registry entry (GET /v1/sources/:id)' })
  id: string | null;
  @ApiProperty({ example: 'Bloomberg' }) name: string;
  @ApiProperty({ enum: SOURCE_TYPES, nullable: true, type: String }) type: string | null;
}

export class ArticleRefDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'MNTV' }) outlet: string;
  @ApiProperty({ nullable: true, type: String }) headline: string | null;
  @ApiProperty({ nullable: true, type: String }) url: string | null;
}

export class ClaimListItemDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: CLAIM_STATUSES }) status: string;
  @ApiProperty({ description: 'Send it back as expectedVersion when acting on the claim' }) version: number;
  @ApiProperty({ enum: ATTRIBUTION_VERDICTS, nullable: true, type: String }) attributionVerdict: string | null;
  @ApiProperty({ enum: CLAIM_RATINGS, nullable: true, type: String }) claimRating: string | null;
  @ApiProperty({ type: SourceRefDto }) source: SourceRefDto;
  @ApiProperty({ type: SourceRefDto, nullable: true, description: 'The outlet or platform that relayed it' })
  via: SourceRefDto | null;
  @ApiProperty({ nullable: true, type: String, example: 'reported' }) cue: string | null;
  @ApiProperty({ enum: ['direct', 'indirect', 'mixed'], nullable: true, type: String }) quote: string | null;
  @ApiProperty({ example: 'Türkiye plans to supply Syria with armoured vehicles' }) content: string;
  @ApiProperty({ description: '0-100, higher is checked first' }) priority: number;
  @ApiProperty({ format: 'date-time', nullable: true, type: String, description: 'SLA due time' }) dueAt: string | null;
  @ApiProperty({ description: 'On the desk and past its due time' }) overdue: boolean;
  @ApiProperty({ format: 'date-time', nullable: true, type: String, description: 'In review: until when it is held' })
  leaseExpiresAt: string | null;
  @ApiProperty({ type: PersonRefDto, nullable: true }) assignee: PersonRefDto | null;
  @ApiProperty({ description: 'Articles carrying the claim' }) reach: number;
  @ApiProperty({
    format: 'uuid',
    nullable: true,
    type: String,
    description: 'A suggested duplicate to confirm or reject',
  })
  possibleDuplicateOf: string | null;
  @ApiProperty({ type: ArticleRefDto, nullable: true, description: 'Null for a claim entered by hand' })
  article: ArticleRefDto | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time', nullable: true, type: String, description: 'When approved or discarded' })
  decidedAt: string | null;
}

export class ClaimPageDto {
  @ApiProperty({ type: [ClaimListItemDto] }) items: ClaimListItemDto[];
  @ApiProperty({
    nullable: true,
    type: String,
    description: 'Pass back as cursor, with the same filters and sort; null on the last page',
  })
  nextCursor: string | null;
}

export const CLAIM_PAGE_EXAMPLE: ClaimPageDto = {
  items: [
    {
      id: '0b7c6a52-3f0e-4d7e-9a51-1f7a2c9d4e10',
      status: 'queued',
      version: 2,
      attributionVerdict: null,
      claimRating: null,
      source: { id: '5e2d9c1a-7b3f-4a6e-8c2d-9f1e0a3b4c5d', name: 'Bloomberg', type: 'media' },
      via: null,
      cue: 'reported',
      quote: 'indirect',
      content: 'Türkiye plans to supply Syria with armoured vehicles',
      priority: 72,
      dueAt: '2025-12-08T14:00:00.000Z',
      overdue: false,
      leaseExpiresAt: null,
      assignee: null,
      reach: 3,
      possibleDuplicateOf: null,
      article: {
        id: '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d',
        outlet: 'MNTV',
        headline: 'Türkiye to arm Syria, Bloomberg reports',
        url: 'https://example.com/story',
      },
      createdAt: '2025-12-08T10:00:00.000Z',
      decidedAt: null,
    },
  ],
  nextCursor: 'eyJ2IjoxLCJxIjoi…',
};
