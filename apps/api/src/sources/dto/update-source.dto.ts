import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, MaxLength, ValidateIf } from 'class-validator';
import { MAX_NAME_LENGTH, MAX_NOTES_LENGTH } from '@factdesk/desk';
import { SOURCE_TYPES } from '../../claims/dto/source-types';

/** Every field is optional; at least one must be given (checked by the service, with a message that says so). */
export class UpdateSourceDto {
  @ApiPropertyOptional({
    maxLength: MAX_NAME_LENGTH,
    example: 'Bloomberg News',
    description: 'The name to show; its registry key changes with it, and the old name becomes an alias',
  })
  @IsOptional()
  @IsString()
  @MaxLength(MAX_NAME_LENGTH)
  name?: string;

  @ApiPropertyOptional({ enum: SOURCE_TYPES, example: 'media' })
  @IsOptional()
  @IsIn(SOURCE_TYPES)
  type?: (typeof SOURCE_TYPES)[number];

  @ApiPropertyOptional({
    nullable: true,
    type: String,
    maxLength: MAX_NOTES_LENGTH,
    example: 'Often quoted second-hand; check the original interview.',
    description: "Editors' notes on the source, replacing the previous ones; null or blank clears them",
  })
  @IsOptional()
  @ValidateIf((dto: UpdateSourceDto) => dto.notes !== null)
  @IsString()
  @MaxLength(MAX_NOTES_LENGTH)
  notes?: string | null;
}
