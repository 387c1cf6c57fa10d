import { ApiProperty } from '@nestjs/swagger';
import { type AuditPage } from '@factdesk/desk';

export class AuditActorDto {
  @ApiProperty({ format: 'uuid', nullable: true, type: String, description: 'The API key; null for a cli operator' })
  id: string | null;
  @ApiProperty({ example: 'Editor 1', description: "The key's name then, or the operator's user and command" })
  name: string;
  @ApiProperty({ example: 'editor', description: 'intake, reviewer, editor, admin; operator at the cli' })
  role: string;
}

export class AuditTargetDto {
  @ApiProperty({ enum: ['api_key', 'webhook', 'source', 'claim', 'conflict'] }) type: string;
  @ApiProperty({ format: 'uuid', nullable: true, type: String, description: 'Null for a bulk call (details.claimIds)' })
  id: string | null;
}

export class AuditEntryDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'date-time' }) at: string;
  @ApiProperty({ type: AuditActorDto }) actor: AuditActorDto;
  @ApiProperty({ example: 'source.alias_added', description: '<target>.<verb>' }) action: string;
  @ApiProperty({ type: AuditTargetDto }) target: AuditTargetDto;
  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    description: 'What changed: names, ids, fields; never a key, secret or token',
  })
  details: Record<string, unknown>;
}

export class AuditPageDto {
  @ApiProperty({ type: [AuditEntryDto] }) items: AuditEntryDto[];
  @ApiProperty({ nullable: true, type: String, description: 'Pass back as cursor; null on the last page' })
  nextCursor: string | null;
}

export const AUDIT_PAGE_EXAMPLE: AuditPage = {
  items: [
    {
      id: '5f0e2a9c-7b1d-4c3e-9f8a-6d5c4b3a2f10',
      at: '2026-12-07T09:12:00.000Z',
      actor: { id: '1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f', name: 'Editor 1', role: 'editor' },
      action: 'source.alias_added',
      target: { type: 'source', id: '7a6b5c4d-3e2f-4a1b-8c9d-0e1f2a3b4c5d' },
      details: { aliasId: '2b3c4d5e-6f7a-4b8c-9d0e-1f2a3b4c5d6e', alias: 'Reuters News Agency', folded: [] },
    },
    {
      id: '0a9b8c7d-6e5f-4a3b-9c2d-1e0f9a8b7c6d',
      at: '2026-12-07T09:10:00.000Z',
      actor: { id: null, name: 'ops (keys:revoke)', role: 'operator' },
      action: 'key.revoked',
      target: { type: 'api_key', id: '3c4d5e6f-7a8b-4c9d-8e0f-1a2b3c4d5e6f' },
      details: { name: 'Desk A', role: 'intake' },
    },
  ],
  nextCursor: null,
};
