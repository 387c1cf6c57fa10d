import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'crypto';
import { DataSource, EntityManager } from 'typeorm';
import { bind, queryPrepared } from '@factdesk/persistence';
import { jobIds, outboxInsert, outboxMessages, outboxParams } from '@factdesk/queue';
import { EventLogReader, type PositionedRawEvent } from '../events/event-log.reader';
import { moveConsumer, takeConsumerTurn } from '../events/log-consumer';
import { toLogEvent } from '../events/log-event';
import { deliveryTypeFor, webhookBody, type WebhookTarget } from './webhook-events';

export const WEBHOOK_CONSUMER = 'webhooks';
/** Events read per transaction at most; a backlog is worked off over several runs. */
export const MAX_WEBHOOK_EVENTS_PER_RUN = 2_000;

const ENABLED_TARGETS = `SELECT id, events, outlet, created_at FROM webhook_subscriptions WHERE enabled`;

/** The deliveries of a run and their jobs, in one statement: a delivery never exists without its job, nor the reverse. */
const WRITE_DELIVERIES = `
  WITH deliveries AS (
    INSERT INTO webhook_deliveries (id, subscription_id, position, type, body)
    SELECT * FROM unnest(:ids::uuid[], :subscriptionIds::uuid[], :positions::bigint[], :types::text[], :bodies::text[])
    ON CONFLICT (subscription_id, position) DO NOTHING
  )
  ${outboxInsert()}`;

export interface PlannedDelivery {
  id: string;
  subscriptionId: string;
  position: number;
  type: string;
  body: string;
}

/** Pure: each event for each endpoint that takes it, in log order. */
export function planDeliveries(events: PositionedRawEvent[], targets: WebhookTarget[]): PlannedDelivery[] {
  const planned: PlannedDelivery[] = [];
  for (const { position, raw } of events) {
    const event = toLogEvent(raw, position);
    for (const target of targets) {
      const type = deliveryTypeFor(target, event, raw.at);
      if (!type) continue;
      const body = JSON.stringify(webhookBody(type, event, raw.at));
      planned.push({ id: randomUUID(), subscriptionId: target.id, position, type, body });
    }
  }
  return planned;
}

/**
 * The webhook dispatcher, a consumer of the event log: in one transaction it reads the events after its position,
 * writes one delivery and one outbox row (job id `webhook-<endpoint>-<position>`) per event and endpoint that takes it,
 * and moves its position. The outbox relay makes each row one BullMQ job, so a delivery survives Redis being away and
 * a crash either repeats the whole run or none of it. Nothing here waits for an endpoint.
 */
@Injectable()
export class WebhookDispatcher {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly reader: EventLogReader,
  ) {}

  /** Events looked at; null while another process dispatches. */
  run(): Promise<number | null> {
    return this.dataSource.transaction((manager) => this.dispatch(manager));
  }

  private async dispatch(manager: EntityManager): Promise<number | null> {
    const position = await takeConsumerTurn(manager, WEBHOOK_CONSUMER);
    if (position === null) return null;
    // The head before the endpoints: an endpoint not seen below was not there yet when everything up to head was stamped.
    const head = await this.reader.head(manager);
    const targets = (await queryPrepared<TargetRow>(manager, ENABLED_TARGETS, [])).map(toTarget);
    if (targets.length === 0) {
      // Nobody to tell: skip ahead without reading the events (an endpoint added later starts from its creation).
      if (head > position) await moveConsumer(manager, WEBHOOK_CONSUMER, head);
      return 0;
    }
    const events = await this.reader.rawAfter(position, MAX_WEBHOOK_EVENTS_PER_RUN, manager);
    if (events.length === 0) return 0;
    const planned = planDeliveries(events, targets);
    if (planned.length > 0) await this.write(manager, planned);
    await moveConsumer(manager, WEBHOOK_CONSUMER, events[events.length - 1].position);
    return events.length;
  }

  private async write(manager: EntityManager, planned: PlannedDelivery[]): Promise<void> {
    const messages = planned.map((delivery) =>
      outboxMessages.webhookDelivery(jobIds.webhook(delivery.subscriptionId, delivery.position), {
        deliveryId: delivery.id,
      }),
    );
    await queryPrepared(
      manager,
      ...bind(WRITE_DELIVERIES, {
        ids: planned.map((delivery) => delivery.id),
        subscriptionIds: planned.map((delivery) => delivery.subscriptionId),
        positions: planned.map((delivery) => delivery.position),
        types: planned.map((delivery) => delivery.type),
        bodies: planned.map((delivery) => delivery.body),
        ...outboxParams(messages),
      }),
    );
  }
}

interface TargetRow {
  id: string;
  events: string[];
  outlet: string | null;
  created_at: Date;
}

const toTarget = (row: TargetRow): WebhookTarget => ({
  id: row.id,
  events: row.events,
  outlet: row.outlet,
  createdAt: row.created_at,
});
