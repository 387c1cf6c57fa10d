import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsInt, IsObject, IsOptional, Min } from 'class-validator';
import { REVIEW_EVENTS } from '@factdesk/review';

export class TransitionDto {
  @ApiProperty({ enum: REVIEW_EVENTS, example: 'submit' })
  @IsIn(REVIEW_EVENTS)
  event: (typeof REVIEW_EVENTS)[number];

  @ApiPropertyOptional({
    description: 'Event payload; submit needs attributionVerdict, attributionNote, claimRating, ratingNote',
    example: {
      attributionVerdict: 'confirmed',
      attributionNote: 'Matches the original report',
      claimRating: 'unproven',
      ratingNote: 'No independent confirmation yet',
    },
  })
  @IsOptional()
  @IsObject()
  payload?: Record<string, unknown>;

  @ApiProperty({ example: 3, description: 'The version you last saw; a stale one is refused with 409' })
  @IsInt()
  @Min(1)
  expectedVersion: number;
}
