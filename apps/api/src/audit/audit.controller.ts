import { Controller, Get, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { AuditLogService } from '@factdesk/desk';
import { ApiRoute } from '../openapi/api-route.decorator';
import { BAD_LIST_QUERY } from '../tracking/read-source';
import { AUDIT_PAGE_EXAMPLE, AuditPageDto } from './dto/audit-page.dto';
import { auditFilters, ListAuditQueryDto } from './dto/audit-query.dto';

@ApiTags('admin')
@Controller('v1/audit')
export class AuditController {
  constructor(private readonly audit: AuditLogService) {}

  @Get()
  @ApiRoute({
    summary: 'Read the audit log of admin and editor actions',
    description:
      'Who did what to keys (cli keys:create, keys:revoke, keys:rotate), webhooks, sources (aliases, renames, ' +
      'retypes, notes), claims (bulk calls, merges, duplicate decisions, splits) and conflicts: one entry per action, ' +
      'written in the transaction of the change, with the actor as it was then. Newest first, keyset-paged (pass ' +
      "nextCursor back as cursor with the same filters). Each claim's own history stays at GET /v1/claims/:id/history.",
    roles: [],
    query: true,
    responses: [{ status: 200, type: AuditPageDto, description: 'One page of entries', example: AUDIT_PAGE_EXAMPLE }],
    errors: { 400: BAD_LIST_QUERY },
  })
  list(@Query() dto: ListAuditQueryDto): Promise<AuditPageDto> {
    return this.audit.list({ filters: auditFilters(dto), limit: dto.limit, cursor: dto.cursor });
  }
}
