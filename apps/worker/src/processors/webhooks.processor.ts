import { OnWorkerEvent, Processor, WorkerHost } from '@nestjs/bullmq';
import { Inject, OnModuleInit } from '@nestjs/common';
import { Job } from 'bullmq';
import { WebhookDeliverer } from '@factdesk/desk';
import { APP_CONFIG, AppConfig, ContextLogger } from '@factdesk/platform';
import { QUEUES, WEBHOOK_WORKER_OPTIONS, WebhookDeliveryPayload } from '@factdesk/queue';
import { requireUuid } from './job-guards';

/**
 * Delivery attempts, on a queue and concurrency of their own (WEBHOOK_CONCURRENCY): an endpoint that hangs holds one
 * of these slots for WEBHOOK_TIMEOUT_MS at most and never an extraction or triage slot. A failed attempt with retries
 * left throws, so BullMQ schedules the next one with exponential backoff.
 */
@Processor(QUEUES.webhooks.name, WEBHOOK_WORKER_OPTIONS)
export class WebhooksProcessor extends WorkerHost implements OnModuleInit {
  constructor(
    private readonly deliverer: WebhookDeliverer,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly logger: ContextLogger,
  ) {
    super();
    this.logger.setContext(WebhooksProcessor.name);
  }

  onModuleInit(): void {
    this.worker.concurrency = this.config.WEBHOOK_CONCURRENCY;
  }

  async process(job: Job<WebhookDeliveryPayload>) {
    const deliveryId = requireUuid(job, 'deliveryId');
    const outcome = await this.deliverer.attempt(deliveryId, job.attemptsMade + 1, job.opts.attempts ?? 1);
    this.logger.debug({ jobId: job.id, deliveryId, outcome }, 'webhook attempt done');
    if (outcome === 'retrying') throw new Error(`delivery ${deliveryId} failed; it will be attempted again`);
    return outcome;
  }

  @OnWorkerEvent('failed')
  onFailed(job: Job | undefined, error: Error): void {
    this.logger.info({ jobId: job?.id, err: error.message }, 'webhook attempt failed');
  }
}
