import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength, ValidateIf } from 'class-validator';
import { MAX_NOTES_LENGTH } from '@factdesk/desk';
import { NoNulCharacter } from './no-nul';

export class UpdateSourceDto {
  @ApiProperty({
    nullable: true,
    type: String,
    maxLength: MAX_NOTES_LENGTH,
    example: 'Often quoted second-hand; check the original interview.',
    description: "Editors' notes on the source, replacing the previous ones; null or blank clears them",
  })
  @ValidateIf((dto: UpdateSourceDto) => dto.notes !== null)
  @IsString()
  @MaxLength(MAX_NOTES_LENGTH)
  @NoNulCharacter()
  notes: string | null;
}
