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

export class BulkItemErrorDto {
  @ApiProperty({ example: 409 }) statusCode: number;
  @ApiProperty({ example: 'discard is not allowed from approved' }) message: string;
  @ApiPropertyOptional({ type: Object, nullable: true }) details?: unknown;
}

export class BulkResultDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ description: 'Whether the action applied to this claim (each claim in its own transaction)' })
  ok: boolean;
  @ApiPropertyOptional({ example: 'discarded', description: 'The claim’s status after the action' }) status?: string;
  @ApiPropertyOptional({ example: 5, description: 'The claim’s version after the action' }) version?: number;
  @ApiPropertyOptional({ type: BulkItemErrorDto, description: 'Why it did not apply (unknown id, refused event)' })
  error?: BulkItemErrorDto;
}

export class BulkResponseDto {
  @ApiProperty({ type: [BulkResultDto], description: 'One result per distinct id, in the order given' })
  results: BulkResultDto[];
}
