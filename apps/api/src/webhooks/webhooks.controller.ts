import { Body, Controller, Delete, Get, HttpCode, HttpStatus, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { WebhookDeliveryLog, WebhooksService } from '@factdesk/desk';
import { Caller, CurrentCaller } from '@factdesk/platform';
import { existingId } from '../common-params';
import { ApiRoute } from '../openapi/api-route.decorator';
import { PageQueryDto } from '../page-query.dto';
import { CreateWebhookDto, ReplayFailedDto, UpdateWebhookDto } from './dto/webhook-input.dto';
import {
  DeliveryQueuedDto,
  ReplayedDto,
  SecretRotatedDto,
  WebhookAttemptPageDto,
  WebhookCreatedDto,
  WebhookDetailDto,
  WebhookDto,
  WebhookListDto,
} from './dto/webhook-response.dto';
import {
  ATTEMPT_PAGE,
  DELIVERY_QUEUED,
  SECRET_ROTATED,
  WEBHOOK,
  WEBHOOK_CREATED,
  WEBHOOK_DETAIL,
} from './webhook-examples';

const SSRF_400 =
  'The input fails validation, or the URL is not http(s), carries credentials, does not resolve, or resolves to a ' +
  'private, loopback or link-local address (allowed only with WEBHOOK_ALLOW_PRIVATE=true).';

@ApiTags('webhooks')
@Controller('v1/webhooks')
export class WebhooksController {
  constructor(
    private readonly webhooks: WebhooksService,
    private readonly deliveries: WebhookDeliveryLog,
  ) {}

  @Post()
  @ApiRoute({
    summary: 'Add a webhook endpoint',
    description:
      'Events of the given types (and outlet, if given) that happen from now on are POSTed to `url` as ' +
      '`{type, timestamp, data}`, signed the Standard Webhooks way (`webhook-id`, `webhook-timestamp`, ' +
      '`webhook-signature`). The answer holds the `whsec_` secret, which is never shown again.',
    roles: [],
    body: {
      type: CreateWebhookDto,
      examples: {
        approvals: {
          summary: 'Approved verdicts for the CMS',
          value: { url: WEBHOOK.url, events: ['claim.approved'], description: WEBHOOK.description },
        },
        overdue: {
          summary: "One outlet's overdue claims",
          value: {
            url: 'https://chat.example.org/hooks/desk',
            events: ['claim.sla_breached'],
            outlet: 'Daily Courier',
          },
        },
      },
    },
    responses: [
      { status: 201, type: WebhookCreatedDto, description: 'Added, with its secret', example: WEBHOOK_CREATED },
    ],
    errors: { 400: SSRF_400 },
  })
  create(@Body() dto: CreateWebhookDto, @CurrentCaller() caller: Caller): Promise<WebhookCreatedDto> {
    return this.webhooks.create(dto, caller);
  }

  @Get()
  @ApiRoute({
    summary: 'List webhook endpoints',
    description: 'Every endpoint, oldest first, without secrets.',
    roles: [],
    responses: [{ status: 200, type: WebhookListDto, description: 'Every endpoint', example: { webhooks: [WEBHOOK] } }],
  })
  async list(): Promise<WebhookListDto> {
    return { webhooks: await this.webhooks.list() };
  }

  @Get(':id')
  @ApiRoute({
    summary: 'A webhook endpoint with its history',
    description: 'The endpoint and its latest 50 audit events (created, updated, rotated, tested, replayed, disabled).',
    roles: [],
    ids: { id: 'webhook' },
    responses: [{ status: 200, type: WebhookDetailDto, description: 'The endpoint', example: WEBHOOK_DETAIL }],
  })
  detail(@Param('id', existingId('webhook')) id: string): Promise<WebhookDetailDto> {
    return this.webhooks.detail(id);
  }

  @Patch(':id')
  @ApiRoute({
    summary: 'Change a webhook endpoint',
    description:
      'Any of url, events, outlet, description and enabled (at least one). `enabled: true` starts an endpoint the ' +
      'desk disabled again; events missed while it was off are not sent (replay them from the delivery log).',
    roles: [],
    ids: { id: 'webhook' },
    body: {
      type: UpdateWebhookDto,
      examples: {
        enable: { summary: 'Start it again', value: { enabled: true } },
        events: { summary: 'Take more types', value: { events: ['claim.approved', 'claim.merged'] } },
      },
    },
    responses: [{ status: 200, type: WebhookDto, description: 'The endpoint after the change', example: WEBHOOK }],
    errors: { 400: SSRF_400 },
  })
  update(
    @Param('id', existingId('webhook')) id: string,
    @Body() dto: UpdateWebhookDto,
    @CurrentCaller() caller: Caller,
  ): Promise<WebhookDto> {
    return this.webhooks.update(id, dto, caller);
  }

  @Delete(':id')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiRoute({
    summary: 'Delete a webhook endpoint',
    description: 'Its deliveries and their log go with it; attempts still queued find nothing and stop.',
    roles: [],
    ids: { id: 'webhook' },
    responses: [{ status: 204, description: 'Deleted' }],
  })
  async remove(@Param('id', existingId('webhook')) id: string, @CurrentCaller() caller: Caller): Promise<void> {
    await this.webhooks.remove(id, caller);
  }

  @Post(':id/rotate-secret')
  @HttpCode(HttpStatus.OK)
  @ApiRoute({
    summary: "Rotate a webhook endpoint's secret",
    description:
      'A new secret, shown once. For 24 hours deliveries carry two signatures (new and old secret) in ' +
      '`webhook-signature`, so the receiver can switch without rejecting anything.',
    roles: [],
    ids: { id: 'webhook' },
    responses: [{ status: 200, type: SecretRotatedDto, description: 'The new secret', example: SECRET_ROTATED }],
  })
  rotate(@Param('id', existingId('webhook')) id: string, @CurrentCaller() caller: Caller): Promise<SecretRotatedDto> {
    return this.webhooks.rotateSecret(id, caller);
  }

  @Post(':id/test')
  @HttpCode(HttpStatus.ACCEPTED)
  @ApiRoute({
    summary: 'Send a test ping',
    description:
      'Queues a `webhook.test` delivery (`data.webhookId` is the endpoint) through the same queue, retries and log as ' +
      'real events; its attempts show in the delivery log.',
    roles: [],
    ids: { id: 'webhook' },
    responses: [{ status: 202, type: DeliveryQueuedDto, description: 'Queued', example: DELIVERY_QUEUED }],
  })
  ping(@Param('id', existingId('webhook')) id: string, @CurrentCaller() caller: Caller): Promise<DeliveryQueuedDto> {
    return this.deliveries.ping(id, caller);
  }

  @Get(':id/deliveries')
  @ApiRoute({
    summary: 'The delivery log',
    description:
      'Every attempt at this endpoint, newest first: the delivery and its `webhook-id`, attempt number, outcome, ' +
      'status code, latency, error and when the next attempt is due. Pass `nextCursor` back as `cursor`.',
    roles: [],
    ids: { id: 'webhook' },
    query: true,
    responses: [
      { status: 200, type: WebhookAttemptPageDto, description: 'One page of attempts', example: ATTEMPT_PAGE },
    ],
    errors: { 400: 'A query parameter fails validation, or `cursor` is not one this API issued for this endpoint.' },
  })
  attempts(
    @Param('id', existingId('webhook')) id: string,
    @Query() query: PageQueryDto,
  ): Promise<WebhookAttemptPageDto> {
    return this.deliveries.attempts(id, query);
  }

  @Post(':id/deliveries/:deliveryId/replay')
  @HttpCode(HttpStatus.ACCEPTED)
  @ApiRoute({
    summary: 'Replay one delivery',
    description:
      'Sends a delivered or failed delivery again: the same body and `webhook-id` (a receiver that keeps ids drops ' +
      'what it already has), a fresh series of attempts.',
    roles: [],
    ids: { id: 'webhook', deliveryId: 'delivery' },
    responses: [{ status: 202, type: DeliveryQueuedDto, description: 'Queued again', example: DELIVERY_QUEUED }],
    errors: { 409: 'The delivery is still being attempted.' },
  })
  replay(
    @Param('id', existingId('webhook')) id: string,
    @Param('deliveryId', existingId('delivery')) deliveryId: string,
    @CurrentCaller() caller: Caller,
  ): Promise<DeliveryQueuedDto> {
    return this.deliveries.replay(id, deliveryId, caller);
  }

  @Post(':id/replay')
  @HttpCode(HttpStatus.ACCEPTED)
  @ApiRoute({
    summary: 'Replay failed deliveries',
    description: 'Sends again every delivery made since `since` whose attempts all failed (e.g. after an outage).',
    roles: [],
    ids: { id: 'webhook' },
    body: {
      type: ReplayFailedDto,
      examples: { outage: { summary: 'Since the outage began', value: { since: '2026-12-01T00:00:00Z' } } },
    },
    responses: [
      { status: 202, type: ReplayedDto, description: 'How many were queued again', example: { replayed: 3 } },
    ],
  })
  replayFailed(
    @Param('id', existingId('webhook')) id: string,
    @Body() dto: ReplayFailedDto,
    @CurrentCaller() caller: Caller,
  ): Promise<ReplayedDto> {
    return this.deliveries.replayFailed(id, new Date(dto.since), caller);
  }
}
