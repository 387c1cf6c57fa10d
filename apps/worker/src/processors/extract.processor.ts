import { OnWorkerEvent, Processor, WorkerHost } from '@nestjs/bullmq';
import { Inject, OnModuleInit } from '@nestjs/common';
import { Job } from 'bullmq';
import { ExtractionService } from '@factdesk/desk';
import { APP_CONFIG, AppConfig, ContextLogger } from '@factdesk/platform';
import { ExtractArticlePayload, QUEUES, WORKER_OPTIONS } from '@factdesk/queue';
import { isFinalAttempt, requireUuid } from './job-guards';

@Processor(QUEUES.extract.name, WORKER_OPTIONS)
export class ExtractProcessor extends WorkerHost implements OnModuleInit {
  constructor(
    private readonly extraction: ExtractionService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly logger: ContextLogger,
  ) {
    super();
    this.logger.setContext(ExtractProcessor.name);
  }

  onModuleInit(): void {
    this.worker.concurrency = this.config.EXTRACT_CONCURRENCY;
  }

  async process(job: Job<ExtractArticlePayload>) {
    const articleId = requireUuid(job, 'articleId');
    const outcome = await this.extraction.extractArticle(articleId);
    this.logger.info({ jobId: job.id, articleId, ...outcome }, 'extract job done');
    return outcome;
  }

  @OnWorkerEvent('failed')
  async onFailed(job: Job<ExtractArticlePayload> | undefined, error: Error): Promise<void> {
    this.logger.error({ jobId: job?.id, err: error }, 'extract job failed');
    if (job && isFinalAttempt(job, error) && typeof job.data?.articleId === 'string') {
      await this.extraction.markFailed(job.data.articleId, error.message);
    }
  }
}
