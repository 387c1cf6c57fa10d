import { BullModule } from '@nestjs/bullmq';
import { DynamicModule, Module } from '@nestjs/common';
import { DeskModule, WebhooksModule } from '@factdesk/desk';
import { AppConfig, PlatformModule, redisConnectionSettings } from '@factdesk/platform';
import {
  DEFAULT_JOB_OPTIONS,
  LoggedQueue,
  LoggedWorker,
  OutboxRelay,
  QUEUES,
  webhookJobOptions,
} from '@factdesk/queue';
import { EventLogRunner } from './event-log.runner';
import { MetricsServer } from './metrics-server';
import { ExtractProcessor } from './processors/extract.processor';
import { ReviewTimersProcessor } from './processors/review-timers.processor';
import { VerificationProcessor } from './processors/verification.processor';
import { WebhooksProcessor } from './processors/webhooks.processor';
import { StalledWorkSweeper } from './stalled-work.sweeper';

@Module({})
export class WorkerModule {
  static register(config: AppConfig): DynamicModule {
    // Every queue and worker logs its Redis errors as JSON from the moment it connects.
    BullModule.queueClass = LoggedQueue;
    BullModule.workerClass = LoggedWorker;
    return {
      module: WorkerModule,
      imports: [
        PlatformModule.forRoot(config, 'worker'),
        DeskModule,
        WebhooksModule,
        BullModule.forRoot({
          connection: { ...redisConnectionSettings(config.REDIS_URL), maxRetriesPerRequest: null },
          prefix: config.REDIS_PREFIX,
          defaultJobOptions: DEFAULT_JOB_OPTIONS,
        }),
        BullModule.registerQueue(
          { name: QUEUES.extract.name },
          { name: QUEUES.verification.name },
          { name: QUEUES.reviewTimers.name },
          {
            name: QUEUES.webhooks.name,
            defaultJobOptions: webhookJobOptions(config.WEBHOOK_ATTEMPTS, config.WEBHOOK_BACKOFF_MS),
          },
        ),
      ],
      providers: [
        EventLogRunner,
        ExtractProcessor,
        MetricsServer,
        ReviewTimersProcessor,
        VerificationProcessor,
        WebhooksProcessor,
        OutboxRelay,
        StalledWorkSweeper,
      ],
    };
  }
}
