import { InjectQueue } from '@nestjs/bullmq';
import { Inject, Injectable, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import type { JobState, Queue } from 'bullmq';
import { StalledWorkService } from '@factdesk/desk';
import { APP_CONFIG, AppConfig, ContextLogger } from '@factdesk/platform';
import { QUEUES } from '@factdesk/queue';

const DEAD_JOB_STATES: ReadonlySet<JobState | 'unknown'> = new Set(['failed', 'completed', 'unknown']);

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
    @InjectQueue(QUEUES.extract.name) private readonly extractQueue: Queue,
    @InjectQueue(QUEUES.verification.name) private readonly verificationQueue: Queue,
  ) {
    this.logger.setContext(StalledWorkSweeper.name);
  }

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => {
      this.running ??= this.sweepOnce().finally(() => (this.running = undefined));
    }, this.config.STALLED_SWEEP_SECONDS * 1000);
  }

  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
  }

  async sweepOnce(): Promise<void> {
    try {
      const deadJobsDropped = await this.dropDeadJobs();
      const result = await this.stalledWork.sweep(this.config.STALLED_AFTER_SECONDS);
      if (deadJobsDropped > 0 || Object.values(result).some((count) => count > 0)) {
        this.logger.warn({ ...result, deadJobsDropped }, 'recovered stalled work');
      }
    } catch (error) {
      this.logger.warn({ err: error }, 'stalled-work sweep failed; will retry');
    }
  }

  /**
   * BullMQ ignores an add under an id it still holds, so the sweep's re-send of a stalled row is dropped while the
   * row's old job lingers in a state that will never run again: failed for good (attempts spent, or stalled more than
   * maxStalledCount times while workers died: npm run chaos lost 28 of 6,000 claims so), completed without the row
   * moving, or orphaned (its hash outlived the lists that held its id when Redis lost keys mid-write). Such a job of a
   * stalled row is removed first, so that the re-send makes a new one; waiting, delayed and active jobs stay.
   */
  private async dropDeadJobs(): Promise<number> {
    const stalled = await this.stalledWork.stalledJobIds(this.config.STALLED_AFTER_SECONDS);
    let dropped = 0;
    for (const [queue, ids] of [
      [this.extractQueue, stalled.articles],
      [this.verificationQueue, stalled.claims],
    ] as const) {
      for (const id of ids) {
        const job = await queue.getJob(id);
        if (job && DEAD_JOB_STATES.has(await job.getState())) {
          await job.remove();
          dropped += 1;
        }
      }
    }
    return dropped;
  }
}
