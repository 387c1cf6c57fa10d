import { Inject, Injectable, type OnModuleDestroy } from '@nestjs/common';
import { Queue } from 'bullmq';
import { APP_CONFIG, type AppConfig, logRedisErrors, redisConnectionSettings } from '@factdesk/platform';
import { QUEUES } from '@factdesk/queue';

/**
 * Every queue of the contract, opened read-only by the api for /metrics and the admin board. Accepting work never
 * needs Redis (the outbox does); these fail fast while Redis is away instead of queueing commands.
 */
@Injectable()
export class MonitoredQueues implements OnModuleDestroy {
  readonly all: Queue[];

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    const connection = {
      ...redisConnectionSettings(config.REDIS_URL),
      connectionName: 'factdesk-api-queues',
      enableOfflineQueue: false,
    };
    this.all = Object.values(QUEUES).map((queue) =>
      logRedisErrors(`api queue ${queue.name}`, new Queue(queue.name, { connection, prefix: config.REDIS_PREFIX })),
    );
  }

  async onModuleDestroy(): Promise<void> {
    await Promise.all(this.all.map((queue) => queue.close().catch(() => undefined)));
  }
}
