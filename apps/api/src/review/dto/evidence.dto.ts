import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsNotEmpty, IsOptional, IsString, IsUrl, MaxLength } from 'class-validator';
import { EVIDENCE_KINDS } from '@factdesk/persistence';

export class AddEvidenceDto {
  @ApiProperty({ enum: EVIDENCE_KINDS })
  @IsIn(EVIDENCE_KINDS)
  kind: (typeof EVIDENCE_KINDS)[number];

  @ApiPropertyOptional({ example: 'https://www.bloomberg.com/news/...', description: 'Required for kind url' })
  @IsOptional()
  @IsUrl({ require_protocol: true, protocols: ['http', 'https'] })
  @MaxLength(2_000)
  url?: string;

  @ApiPropertyOptional({ example: 'Original Bloomberg report' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  title?: string;

  @ApiProperty({ example: 'The report says Türkiye plans to supply armoured vehicles.' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(10_000)
  note: string;
}

export class EvidenceResponseDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: EVIDENCE_KINDS }) kind: string;
  @ApiProperty({ nullable: true, type: String }) url: string | null;
  @ApiProperty({ nullable: true, type: String }) title: string | null;
  @ApiProperty() note: string;
  @ApiProperty({ format: 'uuid', description: 'API key that added it' }) addedBy: string;
  @ApiProperty({ nullable: true, type: String, example: 'Reviewer 1', description: "That key's name" })
  addedByName: string | null;
  @ApiProperty({ nullable: true, type: String, example: 'reviewer', description: "That key's role" })
  addedByRole: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

export class EvidenceListDto {
  @ApiProperty({ type: [EvidenceResponseDto], description: 'Oldest first' }) evidence: EvidenceResponseDto[];
}
