import { Controller, Get, Query, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { StatsService } from '@factdesk/desk';
import { Caller, CurrentCaller, ReadDatabase } from '@factdesk/platform';
import { ApiRoute } from '../openapi/api-route.decorator';
import { STATS } from '../openapi/live-examples';
import { READ_SOURCE_DOCS, READ_SOURCE_HEADER } from '../tracking/read-source';
import { StatsQueryDto } from './dto/stats-query.dto';
import { StatsResponseDto } from './dto/stats-response.dto';

@ApiTags('stats')
@Controller('v1/stats')
export class StatsController {
  constructor(
    private readonly stats: StatsService,
    private readonly reads: ReadDatabase,
  ) {}

  @Get()
  @ApiRoute({
    summary: 'Dashboard figures for a window',
    description:
      'Claims by status, published verdicts, a series of intake and approvals, intake-to-approval percentiles, open ' +
      'claims by priority band, overdue claims, per-reviewer decisions and median handling time, and the top sources ' +
      'and relays. The window `[from, to)` is rounded out to whole buckets (default: the last 30 days by day). Read ' +
      'from rollups the worker keeps from the event log: a second or so old (`asOf`); through the read replica when ' +
      '`DATABASE_READ_URL` is set, unless the caller changed something within READ_AFTER_WRITE_SECONDS.',
    roles: ['reviewer', 'editor'],
    query: true,
    responses: [
      { status: 200, type: StatsResponseDto, description: 'The figures', example: STATS, headers: READ_SOURCE_DOCS },
    ],
    errors: { 400: 'A parameter fails validation, `from` is not before `to`, or the window holds too many buckets.' },
  })
  async figures(
    @Query() query: StatsQueryDto,
    @CurrentCaller() caller: Caller,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<StatsResponseDto> {
    const { dataSource, target } = await this.reads.forCaller(caller);
    reply.header(READ_SOURCE_HEADER, target);
    return this.stats.figures(
      {
        from: query.from ? new Date(query.from) : undefined,
        to: query.to ? new Date(query.to) : undefined,
        outlet: query.outlet,
        bucket: query.bucket,
        minDecided: query.minDecided,
      },
      dataSource,
    );
  }
}
