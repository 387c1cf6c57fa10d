import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsOptional, IsString, IsUUID, Matches, MaxLength } from 'class-validator';
import { EVENT_TYPES } from '@factdesk/desk';
import { IsOutletName } from '../../common-params';

/** `types=a,b`, `types=a&types=b` or both: always a list of names. */
const toList = ({ value }: { value: unknown }) =>
  (Array.isArray(value) ? value : [value]).flatMap((item) => String(item).split(',')).map((item) => item.trim());

export class EventStreamQueryDto {
  @ApiPropertyOptional({
    type: String,
    example: 'claim.queued,claim.transitioned',
    description: `Comma-separated event types, or a family such as \`claim.*\`: ${EVENT_TYPES.join(', ')}`,
  })
  @IsOptional()
  @Transform(toList)
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  types?: string[];

  @ApiPropertyOptional({ format: 'uuid', description: "Only this claim's events (and those of claims merged into it)" })
  @IsOptional()
  @IsUUID()
  claimId?: string;

  @ApiPropertyOptional({ format: 'uuid', description: "Only this article's events and those of its claims" })
  @IsOptional()
  @IsUUID()
  articleId?: string;

  @ApiPropertyOptional({ example: 'MNTV', description: 'Only events of this outlet (stats.changed always passes)' })
  @IsOptional()
  @IsOutletName()
  outlet?: string;

  @ApiPropertyOptional({
    example: '1042',
    description: 'Resume after this event id, like the Last-Event-ID header (which wins when both are sent)',
  })
  @IsOptional()
  @Matches(/^\d{1,15}$/, { message: 'lastEventId must be an event id (digits)' })
  lastEventId?: string;

  @ApiPropertyOptional({
    description: 'A single-use token from POST /v1/events/token, instead of the Authorization header',
  })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  token?: string;
}

export class StreamTokenDto {
  @ApiProperty({ example: 'fdt_3q2-7wEvJ1bQ...', description: 'Pass as ?token= once, within a minute' })
  token: string;
  @ApiProperty({ format: 'date-time', example: '2026-12-02T10:01:00.000Z' }) expiresAt: string;
}
