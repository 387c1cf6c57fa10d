import { InjectQueue } from '@nestjs/bullmq';
import { Inject, Injectable, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Queue } from 'bullmq';
import { DataSource } from 'typeorm';
import { bind } from '@factdesk/persistence';
import { APP_CONFIG, AppConfig, ContextLogger, PollingLoop } from '@factdesk/platform';
import { OUTBOX_TOPICS, OutboxTopic, QUEUES } from './queues';

interface OutboxRow {
  id: string;
  topic: OutboxTopic;
  job_id: string;
  payload: Record<string, unknown>;
  run_at: Date | null;
}

const REDIS_WRITE_TIMEOUT_MS = 5_000;

function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`Redis did not answer within ${ms} ms`)), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

/**
 * Moves outbox rows into BullMQ. A batch is deleted (not yet committed), added with deterministic job ids, then the
 * deletion commits: if Redis is away the transaction rolls back and the rows wait; if Redis took the jobs but the
 * commit failed, the next attempt re-adds the same ids, which BullMQ ignores.
 */
@Injectable()
export class OutboxRelay implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly queues: Record<string, Queue>;
  private readonly loop: PollingLoop;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectQueue(QUEUES.extract.name) extractQueue: Queue,
    @InjectQueue(QUEUES.verification.name) verificationQueue: Queue,
    @InjectQueue(QUEUES.reviewTimers.name) reviewTimersQueue: Queue,
    @InjectQueue(QUEUES.webhooks.name) webhooksQueue: Queue,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly logger: ContextLogger,
  ) {
    this.logger.setContext(OutboxRelay.name);
    this.queues = {
      [QUEUES.extract.name]: extractQueue,
      [QUEUES.verification.name]: verificationQueue,
      [QUEUES.reviewTimers.name]: reviewTimersQueue,
      [QUEUES.webhooks.name]: webhooksQueue,
    };
    this.loop = new PollingLoop(
      'outbox relay (Redis or PostgreSQL unavailable? rows wait)',
      async () => ((await this.relayBatch()) < this.config.OUTBOX_BATCH_SIZE ? this.config.OUTBOX_POLL_MS : 0),
      this.logger,
    );
  }

  onApplicationBootstrap(): void {
    this.loop.start();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.loop.stop();
  }

  /** Relays one batch; returns how many messages reached Redis. */
  async relayBatch(): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      const rows: OutboxRow[] = await manager.query(
        ...bind(
          `WITH taken AS (
             DELETE FROM outbox WHERE id IN (SELECT id FROM outbox ORDER BY id LIMIT :batchSize FOR UPDATE SKIP LOCKED)
             RETURNING id, topic, job_id, payload, run_at
           )
           SELECT * FROM taken`,
          { batchSize: this.config.OUTBOX_BATCH_SIZE },
        ),
      );
      if (rows.length === 0) return 0;
      await withTimeout(Promise.all(this.groupByQueue(rows)), REDIS_WRITE_TIMEOUT_MS);
      return rows.length;
    });
  }

  private groupByQueue(rows: OutboxRow[]): Promise<unknown>[] {
    const now = Date.now();
    const byQueue = new Map<string, OutboxRow[]>();
    for (const row of rows) {
      const queue = OUTBOX_TOPICS[row.topic]?.queue;
      if (!queue) throw new Error(`outbox row ${row.id} has unknown topic ${row.topic}`);
      byQueue.set(queue, [...(byQueue.get(queue) ?? []), row]);
    }
    return [...byQueue].map(([queue, batch]) =>
      this.queues[queue].addBulk(
        batch.map((row) => ({
          name: OUTBOX_TOPICS[row.topic].job,
          data: row.payload,
          opts: { jobId: row.job_id, delay: row.run_at ? Math.max(0, row.run_at.getTime() - now) : undefined },
        })),
      ),
    );
  }
}
