import { ApiPropertyOptional, IntersectionType } from '@nestjs/swagger';
import { ArrayMaxSize, IsIn, IsOptional, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';
import { type AuditFilters } from '@factdesk/desk';
import { PageQueryDto } from '../../page-query.dto';
import { parseInstant, QueryInstant, ToArray } from '../../query-params';

export const AUDIT_TARGET_TYPES = ['api_key', 'webhook', 'source', 'claim', 'conflict'] as const;

export class AuditFiltersQueryDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'The API key id of the actor (cli operators have none)' })
  @IsOptional()
  @IsUUID()
  actor?: string;

  @ApiPropertyOptional({ example: 'key.revoked', isArray: true, type: String, description: 'Exact action; repeatable' })
  @IsOptional()
  @ToArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MinLength(1, { each: true })
  @MaxLength(100, { each: true })
  action?: string[];

  @ApiPropertyOptional({ enum: AUDIT_TARGET_TYPES })
  @IsOptional()
  @IsIn(AUDIT_TARGET_TYPES)
  targetType?: string;

  @ApiPropertyOptional({
    format: 'uuid',
    description: 'The target, or a claim among the ids of a bulk call or a conflict',
  })
  @IsOptional()
  @IsUUID()
  targetId?: string;

  @ApiPropertyOptional({ example: '2026-12-01', description: 'At or after (date = UTC midnight)' })
  @QueryInstant()
  since?: string;

  @ApiPropertyOptional({ example: '2026-12-08', description: 'Before' })
  @QueryInstant()
  until?: string;
}

export class ListAuditQueryDto extends IntersectionType(AuditFiltersQueryDto, PageQueryDto) {}

export const auditFilters = (dto: ListAuditQueryDto): AuditFilters => ({
  actor: dto.actor,
  action: dto.action,
  targetType: dto.targetType,
  targetId: dto.targetId,
  since: parseInstant(dto.since),
  until: parseInstant(dto.until),
});
