import { ApiProperty } from '@nestjs/swagger';
import { ARTICLE_STATUSES } from '@factdesk/persistence';
import { PersonRefDto } from './claim-list-response.dto';

export class VerificationProgressDto {
  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'integer' },
    example: { queued: 2, approved: 3, merged: 1 },
    description: "The article's claims by their own status",
  })
  claimsByStatus: Record<string, number>;
  @ApiProperty() claims: number;
  @ApiProperty({ description: 'Approved or discarded, directly or through the claim they were merged into' })
  decided: number;
  @ApiProperty({ nullable: true, type: Number, example: 0.67, description: 'decided / claims; null without claims' })
  decidedShare: number | null;
}

export class ArticleListItemDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'MNTV' }) outlet: string;
  @ApiProperty({ nullable: true, type: String }) url: string | null;
  @ApiProperty({ nullable: true, type: String }) headline: string | null;
  @ApiProperty({ nullable: true, type: String }) language: string | null;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) publishedAt: string | null;
  @ApiProperty({ enum: ARTICLE_STATUSES }) ingestStatus: string;
  @ApiProperty({ nullable: true, type: String, description: 'Why extraction failed, if it did' }) error: string | null;
  @ApiProperty({ nullable: true, type: Number }) claimCount: number | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ type: PersonRefDto, nullable: true, description: 'The key that submitted it' })
  submittedBy: PersonRefDto | null;
  @ApiProperty({ type: VerificationProgressDto }) progress: VerificationProgressDto;
}

export class ArticlePageDto {
  @ApiProperty({ type: [ArticleListItemDto] }) items: ArticleListItemDto[];
  @ApiProperty({ nullable: true, type: String, description: 'Pass back as cursor; null on the last page' })
  nextCursor: string | null;
}

export const ARTICLE_PAGE_EXAMPLE: ArticlePageDto = {
  items: [
    {
      id: '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d',
      outlet: 'MNTV',
      url: 'https://example.com/story',
      headline: 'Türkiye to arm Syria, Bloomberg reports',
      language: 'en',
      publishedAt: '2025-12-08T08:00:00.000Z',
      ingestStatus: 'extracted',
      error: null,
      claimCount: 6,
      createdAt: '2025-12-08T08:01:00.000Z',
      submittedBy: { id: '1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f', name: 'Desk A', role: 'intake' },
      progress: { claimsByStatus: { queued: 2, approved: 3, merged: 1 }, claims: 6, decided: 4, decidedShare: 0.67 },
    },
  ],
  nextCursor: null,
};
