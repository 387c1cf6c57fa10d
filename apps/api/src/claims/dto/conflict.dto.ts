import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { CONFLICT_OUTCOMES, type ConflictOutcome } from '@factdesk/desk';

export class ConflictDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid', description: 'The other claim of the conflict' }) claimId: string;
  @ApiProperty({ type: [String], example: ['200'], description: 'The figures this claim gives' }) figures: string[];
  @ApiProperty({
    type: [String],
    example: ['300'],
    description: 'The figures of the other claim and of the claims joined to it',
  })
  otherFigures: string[];
  @ApiProperty({ example: 0.82, description: 'Trigram similarity of the two texts, 0-1' }) similarity: number;
  @ApiProperty({ enum: ['open', 'settled'] }) status: 'open' | 'settled';
  @ApiProperty({ enum: CONFLICT_OUTCOMES, nullable: true, type: String }) outcome: ConflictOutcome | null;
  @ApiProperty({ nullable: true, type: String }) note: string | null;
  @ApiProperty({ format: 'uuid', nullable: true, type: String, description: 'API key that settled it' })
  settledBy: string | null;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) settledAt: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

export class SettleConflictDto {
  @ApiProperty({
    enum: CONFLICT_OUTCOMES,
    example: 'contradiction',
    description:
      '`different_claims`: the figures are about different things (another period, another count); ' +
      '`contradiction`: the outlets report one fact with different figures, and both claims are checked with that in mind',
  })
  @IsIn(CONFLICT_OUTCOMES)
  outcome: ConflictOutcome;

  @ApiPropertyOptional({ example: 'The agency’s statement says 200; Bosphorus Wire misprinted it.', maxLength: 10_000 })
  @IsOptional()
  @IsString()
  @MaxLength(10_000)
  note?: string;
}
