import { Inject, Injectable, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { StalledWorkService } from '@factdesk/desk';
import { APP_CONFIG, AppConfig, ContextLogger } from '@factdesk/platform';

/**
 * Runs the stalled-work sweep on a plain timer rather than a BullMQ scheduler: it exists for the case where
 * Redis lost its data, and a scheduler kept in Redis would be lost with it.
 */
@Injectable()
export class StalledWorkSweeper implements OnApplicationBootstrap, OnApplicationShutdown {
  private timer?: NodeJS.Timeout;
  private running?: Promise<void>;

  constructor(
    private readonly stalledWork: StalledWorkService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly logger: ContextLogger,
  ) {
    this.logger.setContext(StalledWorkSweeper.name);
  }

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => {
      this.running ??= this.sweep().finally(() => (this.running = undefined));
    }, this.config.STALLED_SWEEP_SECONDS * 1000);
  }

  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
  }

  private async sweep(): Promise<void> {
    try {
      const result = await this.stalledWork.sweep(this.config.STALLED_AFTER_SECONDS);
      if (Object.values(result).some((count) => count > 0)) this.logger.warn(result, 'recovered stalled work');
    } catch (error) {
      this.logger.warn({ err: error }, 'stalled-work sweep failed; will retry');
    }
  }
}
