import { ApiProperty } from '@nestjs/swagger';
import { ClaimResponseDto } from '../../claims/dto/claim-response.dto';

export class ArticleResponseDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() outlet: string;
  @ApiProperty({ nullable: true, type: String }) url: string | null;
  @ApiProperty({ nullable: true, type: String }) headline: string | null;
  @ApiProperty({ description: "The article's text; each claim's start and end are offsets into it" }) body: string;
  @ApiProperty({ nullable: true, type: String }) language: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) publishedAt: string | null;
  @ApiProperty({ enum: ['pending', 'extracted', 'failed'] }) status: string;
  @ApiProperty({ nullable: true, type: String, description: 'Why extraction failed, if it did' }) error: string | null;
  @ApiProperty({ nullable: true, type: Number }) claimCount: number | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ type: [ClaimResponseDto] }) claims: ClaimResponseDto[];
}
