import { OnWorkerEvent, Processor, WorkerHost } from '@nestjs/bullmq';
import { Inject, OnModuleInit } from '@nestjs/common';
import { Job } from 'bullmq';
import { PinoLogger } from 'nestjs-pino';
import { TriageService } from '@factdesk/desk';
import { APP_CONFIG, AppConfig } from '@factdesk/platform';
import { QUEUES, TriageClaimPayload, WORKER_OPTIONS } from '@factdesk/queue';
import { requireUuid } from './job-guards';

@Processor(QUEUES.verification.name, WORKER_OPTIONS)
export class VerificationProcessor extends WorkerHost implements OnModuleInit {
  constructor(
    private readonly triage: TriageService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly logger: PinoLogger,
  ) {
    super();
    this.logger.setContext(VerificationProcessor.name);
  }

  onModuleInit(): void {
    this.worker.concurrency = this.config.VERIFICATION_CONCURRENCY;
  }

  async process(job: Job<TriageClaimPayload>) {
    const claimId = requireUuid(job, 'claimId');
    const outcome = await this.triage.triageClaim(claimId);
    this.logger.debug({ jobId: job.id, claimId, ...outcome }, 'triage job done');
    return outcome;
  }

  @OnWorkerEvent('failed')
  onFailed(job: Job | undefined, error: Error): void {
    this.logger.error({ jobId: job?.id, err: error }, 'triage job failed');
  }
}
