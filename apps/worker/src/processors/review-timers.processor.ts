import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Job, UnrecoverableError } from 'bullmq';
import { ReviewService, TimerOutcome } from '@factdesk/desk';
import { ContextLogger } from '@factdesk/platform';
import { LeaseTimerPayload, QUEUES, SlaTimerPayload, WORKER_OPTIONS } from '@factdesk/queue';
import { requireUuid } from './job-guards';

type TimerJobName = (typeof QUEUES.reviewTimers.jobs)[keyof typeof QUEUES.reviewTimers.jobs];

/** Lease expiry and SLA due times arrive as delayed jobs; each handler re-checks the claim, so stale timers are no-ops. */
@Processor(QUEUES.reviewTimers.name, WORKER_OPTIONS)
export class ReviewTimersProcessor extends WorkerHost {
  private readonly handlers: Record<TimerJobName, (job: Job) => Promise<TimerOutcome>> = {
    [QUEUES.reviewTimers.jobs.leaseExpired]: (job) => {
      const expiresAt = new Date((job.data as LeaseTimerPayload).leaseExpiresAt);
      if (Number.isNaN(expiresAt.getTime())) throw new UnrecoverableError(`job ${job.id} has no valid leaseExpiresAt`);
      return this.review.expireLease(requireUuid(job, 'claimId'), expiresAt);
    },
    [QUEUES.reviewTimers.jobs.slaDue]: async (job) => {
      const dueBy = new Date((job.data as SlaTimerPayload).dueBy);
      if (Number.isNaN(dueBy.getTime())) throw new UnrecoverableError(`job ${job.id} has no valid dueBy`);
      return (await this.review.breachSlasDueBy(dueBy)) > 0 ? 'applied' : 'stale';
    },
  };

  constructor(
    private readonly review: ReviewService,
    private readonly logger: ContextLogger,
  ) {
    super();
    this.logger.setContext(ReviewTimersProcessor.name);
  }

  async process(job: Job): Promise<TimerOutcome> {
    const handler = this.handlers[job.name as TimerJobName];
    if (!handler) throw new UnrecoverableError(`no handler for job ${job.name} on ${QUEUES.reviewTimers.name}`);
    const outcome = await handler(job);
    this.logger.info({ jobId: job.id, outcome }, `${job.name} timer done`);
    return outcome;
  }
}
