import { Inject, Injectable, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import {
  EventStamper,
  MAX_EVENTS_PER_RUN,
  MAX_WEBHOOK_EVENTS_PER_RUN,
  StatsConsumer,
  WebhookDispatcher,
} from '@factdesk/desk';
import { APP_CONFIG, AppConfig, ContextLogger, PollingLoop } from '@factdesk/platform';

/** While another worker holds the stamper's or the consumer's lock, this one asks again this often. */
const STANDBY_MS = 2_000;

/**
 * The event log's loops: the stamper (woken as events commit, and every EVENTS_POLL_MS while there is nothing to stamp,
 * in case a notification is lost) and its consumers, the stats rollups (every STATS_ROLLUP_MS) and the webhook
 * dispatcher (every WEBHOOK_DISPATCH_MS). Each runs in one worker at a time; the others stand by. EVENTS=off turns them
 * all off.
 */
@Injectable()
export class EventLogRunner implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly loops: PollingLoop[];

  constructor(
    stamper: EventStamper,
    consumer: StatsConsumer,
    dispatcher: WebhookDispatcher,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    logger: ContextLogger,
  ) {
    logger.setContext(EventLogRunner.name);
    const stamping = new PollingLoop(
      'event stamper',
      async () => delay(await stamper.stampNext(), config.EVENTS_BATCH_SIZE, config.EVENTS_POLL_MS),
      logger,
    );
    stamper.onEventsCommitted(() => stamping.wake());
    this.loops = [
      stamping,
      new PollingLoop(
        'stats consumer',
        async () => delay(await consumer.run(), MAX_EVENTS_PER_RUN, config.STATS_ROLLUP_MS),
        logger,
      ),
      new PollingLoop(
        'webhook dispatcher',
        async () => delay(await dispatcher.run(), MAX_WEBHOOK_EVENTS_PER_RUN, config.WEBHOOK_DISPATCH_MS),
        logger,
      ),
    ];
  }

  onApplicationBootstrap(): void {
    if (this.config.EVENTS === 'on') this.loops.forEach((loop) => loop.start());
  }

  async onApplicationShutdown(): Promise<void> {
    await Promise.all(this.loops.map((loop) => loop.stop()));
  }
}

/** A full batch means more is waiting: go on at once. */
const delay = (taken: number | null, full: number, idleMs: number) =>
  taken === null ? STANDBY_MS : taken >= full ? 0 : idleMs;
