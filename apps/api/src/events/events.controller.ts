import { Controller, Get, Headers, HttpCode, Post, Query, Req, Res } from '@nestjs/common';
import { ApiHeader, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { EventHub, EventLogReader, isTypePattern } from '@factdesk/desk';
import { AcceptsStreamToken, Caller, CurrentCaller, DomainError, StreamTokensService } from '@factdesk/platform';
import { ApiRoute } from '../openapi/api-route.decorator';
import { STREAM, STREAM_TOKEN } from '../openapi/live-examples';
import { EventStreamQueryDto, StreamTokenDto } from './dto/event-stream-query.dto';

@ApiTags('events')
@Controller('v1/events')
export class EventsController {
  constructor(
    private readonly hub: EventHub,
    private readonly log: EventLogReader,
    private readonly tokens: StreamTokensService,
  ) {}

  @Post('token')
  @HttpCode(201)
  @ApiRoute({
    summary: 'A single-use token for an EventSource',
    description:
      "Browsers' EventSource cannot send headers: pass the token as `GET /v1/events?token=...` within " +
      'EVENTS_TOKEN_SECONDS (60 s). It opens one stream, with your role.',
    roles: ['reviewer', 'editor'],
    responses: [{ status: 201, type: StreamTokenDto, description: 'The token, shown once', example: STREAM_TOKEN }],
    errors: { 503: 'Redis, which keeps stream tokens, is not answering.' },
  })
  token(@CurrentCaller() caller: Caller): Promise<StreamTokenDto> {
    return this.tokens.issue(caller);
  }

  @Get()
  @AcceptsStreamToken()
  @ApiHeader({
    name: 'Last-Event-ID',
    required: false,
    description: 'Resume after this event id (EventSource sends it)',
  })
  @ApiRoute({
    summary: 'Live desk events (Server-Sent Events)',
    description:
      'A `text/event-stream`. Every event has `id:` (its position in the event log, one more than the event before), ' +
      '`event:` (article.extracted, claim.queued, claim.transitioned, claim.merged, claim.sla_breached, stats.changed, ' +
      '...) and one JSON `data:` line with the claim or article id. After `Last-Event-ID` (or `?lastEventId=`) the ' +
      'stream first sends every event after it from the log, then live ones: none twice, none missed. A `: heartbeat` ' +
      'comment every 15 s. Authorization header, or `?token=` from POST /v1/events/token.',
    roles: ['reviewer', 'editor'],
    query: true,
    responses: [{ status: 200, description: 'An open stream', contentType: 'text/event-stream', example: STREAM }],
    errors: {
      400: 'A filter fails validation, a type is unknown, or Last-Event-ID is not an id or is beyond the log.',
      401: 'No Authorization header and no `?token=`, or an unknown, revoked key or an unknown, used or expired token.',
    },
  })
  async stream(
    @Query() query: EventStreamQueryDto,
    @Headers('last-event-id') lastEventIdHeader: string | undefined,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const badType = query.types?.find((type) => !isTypePattern(type));
    if (badType) {
      throw new DomainError('invalid_input', `unknown event type ${badType}`, [
        { field: 'types', errors: [`${badType} is not an event type or family (e.g. claim.*)`] },
      ]);
    }
    const after = await this.resumePoint(lastEventIdHeader ?? query.lastEventId);
    reply.hijack();
    reply.raw.writeHead(200, {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-cache, no-transform',
      connection: 'keep-alive',
      'x-accel-buffering': 'no',
    });
    reply.raw.write('retry: 3000\n: connected\n\n');
    const client = this.hub.open(
      reply.raw,
      { types: query.types, claimId: query.claimId, articleId: query.articleId, outlet: query.outlet },
      after ?? this.hub.head,
    );
    request.raw.on('close', () => client.close());
  }

  /** The position to resume after; an id the log has not reached is refused, not waited for. */
  private async resumePoint(lastEventId: string | undefined): Promise<number | undefined> {
    if (lastEventId === undefined) return undefined;
    if (!/^\d{1,15}$/.test(lastEventId)) {
      throw new DomainError('invalid_input', 'Last-Event-ID must be an event id (digits)', [
        { field: 'Last-Event-ID', errors: ['must be digits'] },
      ]);
    }
    const position = Number(lastEventId);
    const head = await this.log.head();
    if (position > head) {
      throw new DomainError(
        'invalid_input',
        `Last-Event-ID ${position} is beyond the log, whose last event is ${head}`,
        {
          head,
        },
      );
    }
    return position;
  }
}
