import { type Job, Queue, Worker } from 'bullmq';
import { jobDuration, jobOutcomes, logRedisErrors } from '@factdesk/platform';

/**
 * BullMQ's queue and worker, with the Redis error listener attached in the constructor: they connect as they are
 * built, and an error emitted before anyone listens is printed as plain text (BullMQ's console.error fallback).
 * The worker module hands these classes to @nestjs/bullmq (`BullModule.queueClass`, `BullModule.workerClass`).
 */
export class LoggedQueue extends Queue {
  constructor(...args: ConstructorParameters<typeof Queue>) {
    super(...args);
    logRedisErrors(`queue ${this.name}`, this);
  }
}

export class LoggedWorker extends Worker {
  constructor(...args: ConstructorParameters<typeof Worker>) {
    super(...args);
    logRedisErrors(`worker ${this.name}`, this);
    this.on('completed', (job) => this.count(job, 'completed'));
    this.on('failed', (job, error) => {
      if (!job) return;
      // A failure BullMQ will retry is `retried`; the last attempt, or an UnrecoverableError, is `failed`.
      const final = error.name === 'UnrecoverableError' || job.attemptsMade >= (job.opts.attempts ?? 1);
      this.count(job, final ? 'failed' : 'retried');
    });
  }

  private count(job: Job, outcome: string): void {
    const labels = { queue: this.name, outcome };
    jobOutcomes.inc(labels);
    if (job.processedOn && job.finishedOn) jobDuration.observe(labels, (job.finishedOn - job.processedOn) / 1_000);
  }
}
