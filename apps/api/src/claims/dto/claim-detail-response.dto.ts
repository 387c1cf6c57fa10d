import { ApiProperty } from '@nestjs/swagger';
import { EvidenceResponseDto } from '../../review/dto/evidence.dto';
import { ClaimResponseDto } from './claim-response.dto';
import { ConflictDto } from './conflict.dto';

export class HistoryEntryDto {
  @ApiProperty({ format: 'uuid', description: 'The claim the event happened to: this one, or one merged into it' })
  claimId: string;
  @ApiProperty({ example: 'submit' }) event: string;
  @ApiProperty({ nullable: true, type: String }) from: string | null;
  @ApiProperty() to: string;
  @ApiProperty({ format: 'uuid', nullable: true, type: String, description: 'API key id; null for the system' }) actor:
    string | null;
  @ApiProperty({ nullable: true, type: String, example: 'Reviewer 1', description: "The acting key's name" })
  actorName: string | null;
  @ApiProperty() role: string;
  @ApiProperty({ format: 'date-time' }) at: string;
  @ApiProperty({ type: Object }) payload: object;
}

export class ArticleContextDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() outlet: string;
  @ApiProperty({ nullable: true, type: String }) url: string | null;
  @ApiProperty({ nullable: true, type: String }) headline: string | null;
  @ApiProperty({ description: 'The paragraph holding the claim' }) paragraph: string;
  @ApiProperty() highlightStart: number;
  @ApiProperty() highlightEnd: number;
}

export class AppearanceDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({
    format: 'uuid',
    description: 'The claim as extracted from that article; split it out with the split event on it',
  })
  originClaimId: string;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) articleId: string | null;
  @ApiProperty({ nullable: true, type: String }) outlet: string | null;
  @ApiProperty({ nullable: true, type: String }) url: string | null;
  @ApiProperty({ nullable: true, type: Number }) start: number | null;
  @ApiProperty({ nullable: true, type: Number }) end: number | null;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) publishedAt: string | null;
  @ApiProperty({ description: 'Trigram similarity to the claim, 0-1 (1 for its first appearance)' }) similarity: number;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

export class ClaimDetailResponseDto extends ClaimResponseDto {
  @ApiProperty({ type: ArticleContextDto, nullable: true }) article: ArticleContextDto | null;
  @ApiProperty({ type: [AppearanceDto] }) appearances: AppearanceDto[];
  @ApiProperty({
    nullable: true,
    type: Object,
    isArray: true,
    description: 'Each check-worthiness feature: name, value, weight, contribution, note',
  })
  worthinessFeatures: object | null;
  @ApiProperty({ nullable: true, type: String }) articleUrl: string | null;
  @ApiProperty({ nullable: true, type: String }) note: string | null;
  @ApiProperty({ type: [EvidenceResponseDto] }) evidence: EvidenceResponseDto[];
  @ApiProperty({ type: [HistoryEntryDto] }) history: HistoryEntryDto[];
  @ApiProperty({
    type: [ConflictDto],
    description: 'Claims of the same speaker that say the same with other figures: never joined, settled by a reviewer',
  })
  conflicts: ConflictDto[];
}

export class HistoryResponseDto {
  @ApiProperty({ type: [HistoryEntryDto] }) events: HistoryEntryDto[];
}
