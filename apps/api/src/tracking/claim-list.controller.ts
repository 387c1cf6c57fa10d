import { Controller, Get, Query, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { ClaimExportService, ClaimListService } from '@factdesk/desk';
import { Caller, CurrentCaller } from '@factdesk/platform';
import { claimQuery, ExportClaimsQueryDto, ListClaimsQueryDto } from '../claims/dto/claim-query.dto';
import { ApiRoute } from '../openapi/api-route.decorator';
import { CLAIM_PAGE_EXAMPLE, ClaimPageDto } from './dto/claim-list-response.dto';
import { BAD_LIST_QUERY, READ_SOURCE_DOCS, READ_SOURCE_HEADER } from './read-source';

@ApiTags('tracking')
@Controller('v1/claims')
export class ClaimListController {
  constructor(
    private readonly claims: ClaimListService,
    private readonly exports: ClaimExportService,
  ) {}

  @Get()
  @ApiRoute({
    summary: 'List claims',
    description:
      'Claims matching every filter given, one page at a time (keyset paging: pass nextCursor back as cursor with the ' +
      'same filters; pages stay exact while claims keep arriving). Each item is what a list row shows. Reads the ' +
      'replica when one is configured, the primary for a caller who changed something in the last seconds.',
    roles: ['reviewer', 'editor'],
    query: true,
    responses: [{ status: 200, type: ClaimPageDto, description: 'One page of claims', example: CLAIM_PAGE_EXAMPLE }],
    errors: { 400: BAD_LIST_QUERY },
  })
  async list(
    @Query() dto: ListClaimsQueryDto,
    @CurrentCaller() caller: Caller,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<ClaimPageDto> {
    const { page, readFrom } = await this.claims.list(
      { ...claimQuery(dto), limit: dto.limit, cursor: dto.cursor },
      caller,
    );
    reply.header(READ_SOURCE_HEADER, readFrom);
    return page;
  }

  @Get('export')
  @ApiRoute({
    summary: 'Export claims as CSV or NDJSON',
    description:
      'Every claim the list would show for the same filters, in the same order, streamed from the database (memory ' +
      'stays flat at any size). CSV: RFC 4180 (CRLF, quoted fields), UTF-8 with a byte order mark, a header row of ' +
      'the list fields by path (source.name); a text cell starting with = + - @ gets a leading apostrophe so ' +
      'spreadsheets do not run it. NDJSON: one list item per line.',
    roles: ['reviewer', 'editor'],
    query: true,
    responses: [
      {
        status: 200,
        description: 'The file, as an attachment (Content-Disposition names it)',
        contentType: 'text/csv',
        headers: READ_SOURCE_DOCS,
        example:
          '\ufeffid,status,version,priority,attributionVerdict,...\r\n0b7c6a52-3f0e-4d7e-9a51-1f7a2c9d4e10,queued,2,72,,...\r\n',
      },
    ],
    errors: { 400: BAD_LIST_QUERY },
  })
  async export(
    @Query() dto: ExportClaimsQueryDto,
    @CurrentCaller() caller: Caller,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const file = await this.exports.export(claimQuery(dto), dto.format ?? 'csv', caller);
    await reply
      .header('content-type', file.contentType)
      .header('content-disposition', `attachment; filename="${file.filename}"`)
      .header(READ_SOURCE_HEADER, file.readFrom)
      .send(file.body);
  }
}
