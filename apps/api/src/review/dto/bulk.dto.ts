import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  ArrayNotEmpty,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsString,
  IsUUID,
  Max,
  Min,
  ValidateIf,
} from 'class-validator';

export class BulkActionDto {
  @ApiProperty({ type: [String], maxItems: 500, description: 'Claim ids (at most 500)' })
  @ArrayNotEmpty()
  @ArrayMaxSize(500)
  @IsUUID('all', { each: true })
  ids: string[];

  @ApiProperty({ enum: ['assign', 'priority', 'discard'] })
  @IsIn(['assign', 'priority', 'discard'])
  action: 'assign' | 'priority' | 'discard';

  @ApiPropertyOptional({ format: 'uuid', description: 'assign: the reviewer key id' })
  @ValidateIf((dto: BulkActionDto) => dto.action === 'assign')
  @IsUUID()
  assigneeId?: string;

  @ApiPropertyOptional({ minimum: 0, maximum: 100, description: 'priority: the new priority' })
  @ValidateIf((dto: BulkActionDto) => dto.action === 'priority')
  @IsInt()
  @Min(0)
  @Max(100)
  priority?: number;

  @ApiPropertyOptional({ description: 'discard: why the claims are not check-worthy' })
  @ValidateIf((dto: BulkActionDto) => dto.action === 'discard')
  @IsString()
  @IsNotEmpty()
  reason?: string;
}
