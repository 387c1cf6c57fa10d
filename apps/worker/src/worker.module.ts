import { BullModule } from '@nestjs/bullmq';
import { DynamicModule, Module } from '@nestjs/common';
import { DeskModule } from '@factdesk/desk';
import { AppConfig, PlatformModule, redisConnectionSettings } from '@factdesk/platform';
import { DEFAULT_JOB_OPTIONS, OutboxRelay, QUEUES } from '@factdesk/queue';
import { ExtractProcessor } from './processors/extract.processor';
import { ReviewTimersProcessor } from './processors/review-timers.processor';
import { VerificationProcessor } from './processors/verification.processor';
import { StalledWorkSweeper } from './stalled-work.sweeper';

@Module({})
export class WorkerModule {
  static register(config: AppConfig): DynamicModule {
    return {
      module: WorkerModule,
      imports: [
        PlatformModule.forRoot(config, 'worker'),
        DeskModule,
        BullModule.forRoot({
          connection: { ...redisConnectionSettings(config.REDIS_URL), maxRetriesPerRequest: null },
          prefix: config.REDIS_PREFIX,
          defaultJobOptions: DEFAULT_JOB_OPTIONS,
        }),
        BullModule.registerQueue(
          { name: QUEUES.extract.name },
          { name: QUEUES.verification.name },
          { name: QUEUES.reviewTimers.name },
        ),
      ],
      providers: [ExtractProcessor, ReviewTimersProcessor, VerificationProcessor, OutboxRelay, StalledWorkSweeper],
    };
  }
}
