import { ApiProperty } from '@nestjs/swagger';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { MAX_ALIAS_LENGTH } from '@factdesk/desk';
import { SourceAliasDto } from './source-response.dto';

export class AddAliasDto {
  @ApiProperty({
    example: 'Bloomberg News',
    maxLength: MAX_ALIAS_LENGTH,
    description:
      'Another name of this source. Registry rows already under this name (its registry key, any type) are folded into this source',
  })
  @IsString()
  @IsNotEmpty()
  @MaxLength(MAX_ALIAS_LENGTH)
  alias: string;
}

export class FoldedSourceDto {
  @ApiProperty({ format: 'uuid', description: 'The registry row that no longer exists' }) id: string;
  @ApiProperty({ example: 'Bloomberg News' }) name: string;
  @ApiProperty({ example: 'media' }) type: string;
}

export class AliasCreatedDto extends SourceAliasDto {
  @ApiProperty({ format: 'uuid', description: 'The source the alias names' }) sourceId: string;
  @ApiProperty({
    type: [FoldedSourceDto],
    description: 'Registry rows under the alias that were folded into this source',
  })
  folded: FoldedSourceDto[];
  @ApiProperty({ description: 'Claims whose source moved to this source' }) movedClaims: number;
  @ApiProperty({ description: 'Claims whose relay (via) moved to this source' }) movedRelays: number;
}
