import { ApiProperty } from '@nestjs/swagger';
import { EvidenceResponseDto } from '../../review/dto/evidence.dto';
import { ClaimResponseDto } from './claim-response.dto';

export class HistoryEntryDto {
  @ApiProperty({ example: 'submit' }) event: string;
  @ApiProperty({ nullable: true, type: String }) from: string | null;
  @ApiProperty() to: string;
  @ApiProperty({ format: 'uuid', nullable: true, type: String, description: 'API key id; null for the system' }) actor: string | null;
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

export class ClaimDetailResponseDto extends ClaimResponseDto {
  @ApiProperty({ type: ArticleContextDto, nullable: true }) article: ArticleContextDto | null;
  @ApiProperty({ nullable: true, type: String }) articleUrl: string | null;
  @ApiProperty({ nullable: true, type: String }) note: string | null;
  @ApiProperty({ type: [EvidenceResponseDto] }) evidence: EvidenceResponseDto[];
  @ApiProperty({ type: [HistoryEntryDto] }) history: HistoryEntryDto[];
}

export class HistoryResponseDto {
  @ApiProperty({ type: [HistoryEntryDto] }) events: HistoryEntryDto[];
}
