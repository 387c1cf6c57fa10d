import { OnWorkerEvent, Processor, WorkerHost } from '@nestjs/bullmq';
import { Inject, OnModuleInit } from '@nestjs/common';
import { Job } from 'bullmq';
import { TriageOutcome, TriageService } from '@factdesk/desk';
import { APP_CONFIG, AppConfig, ContextLogger } from '@factdesk/platform';
import { Coalescer, QUEUES, TriageClaimPayload, WORKER_OPTIONS } from '@factdesk/queue';
import { requireUuid } from './job-guards';

/** Two batches at once: one is in PostgreSQL while the worker prepares the next. */
const TRIAGE_BATCHES_RUNNING = 2;

/**
 * Each job triages one claim, but the claims of jobs running at the same time are placed together (`triageClaims`):
 * one read and one transaction for the batch instead of one each. A batch that fails is retried claim by claim, so a
 * bad claim fails its own job only.
 */
@Processor(QUEUES.verification.name, WORKER_OPTIONS)
export class VerificationProcessor extends WorkerHost implements OnModuleInit {
  private readonly batches: Coalescer<string, TriageOutcome>;

  constructor(
    private readonly triage: TriageService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly logger: ContextLogger,
  ) {
    super();
    this.logger.setContext(VerificationProcessor.name);
    this.batches = new Coalescer((claimIds) => this.triage.triageClaims(claimIds), {
      maxBatch: config.TRIAGE_BATCH_SIZE,
      maxRunning: TRIAGE_BATCHES_RUNNING,
    });
  }

  onModuleInit(): void {
    this.worker.concurrency = this.config.VERIFICATION_CONCURRENCY;
  }

  async process(job: Job<TriageClaimPayload>) {
    const claimId = requireUuid(job, 'claimId');
    const outcome = await this.batches.submit(claimId);
    this.logger.debug({ jobId: job.id, claimId, ...outcome }, 'triage job done');
    return outcome;
  }

  @OnWorkerEvent('failed')
  onFailed(job: Job | undefined, error: Error): void {
    this.logger.error({ jobId: job?.id, err: error }, 'triage job failed');
  }
}
