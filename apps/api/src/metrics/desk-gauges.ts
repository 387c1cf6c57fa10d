import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Gauge } from 'prom-client';
import { DataSource } from 'typeorm';
import { EventHub } from '@factdesk/desk';
import { CLAIM_STATUSES } from '@factdesk/review';
import { ContextLogger, metricsRegistry } from '@factdesk/platform';
import { MonitoredQueues } from './monitored-queues';

const JOB_STATES = ['waiting', 'active', 'delayed', 'failed'] as const;
/** A scrape must answer even with Redis away: the queue figures are left out after this long. */
const QUEUE_READ_TIMEOUT_MS = 2_000;

const OUTBOX = `SELECT count(*)::int AS rows, coalesce(extract(epoch FROM now() - min(created_at)), 0) AS age FROM outbox`;
const CLAIMS_BY_STATUS = `SELECT review_status AS status, count(*)::int AS n FROM claims GROUP BY review_status`;

const withTimeout = <T>(work: Promise<T>, ms: number): Promise<T> =>
  Promise.race([
    work,
    new Promise<T>((_, reject) => setTimeout(() => reject(new Error(`no answer in ${ms} ms`)), ms).unref()),
  ]);

/**
 * Registered once per process (an api process builds one app). The desk's state, read at each scrape: queue depths from Redis, the outbox backlog and claims by status from
 * PostgreSQL (the same from every api process: aggregate with max, not sum), and this process's open SSE streams.
 */
@Injectable()
export class DeskGauges {
  /** Registered on metricsRegistry as they are built; kept here so the gauges' owner is plain. */
  readonly gauges: Gauge[];

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly queues: MonitoredQueues,
    private readonly hub: EventHub,
    private readonly logger: ContextLogger,
  ) {
    this.logger.setContext(DeskGauges.name);
    const collectQueues = (gauge: Gauge) => this.collectQueues(gauge);
    const collectClaims = (gauge: Gauge) => this.collectClaims(gauge);
    const outbox = () => this.dataSource.query<{ rows: number; age: number }[]>(OUTBOX).then(([row]) => row);
    const streams = this.hub;
    this.gauges = [
      new Gauge({
        name: 'factdesk_queue_jobs',
        help: 'Jobs in each BullMQ queue by state (waiting, active, delayed, failed)',
        labelNames: ['queue', 'state'],
        registers: [metricsRegistry],
        async collect() {
          await collectQueues(this);
        },
      }),
      new Gauge({
        name: 'factdesk_outbox_rows',
        help: 'Outbox rows not yet handed to BullMQ (work accepted but not queued)',
        registers: [metricsRegistry],
        async collect() {
          this.set((await outbox()).rows);
        },
      }),
      new Gauge({
        name: 'factdesk_outbox_oldest_age_seconds',
        help: 'Age of the oldest outbox row, 0 when the outbox is empty',
        registers: [metricsRegistry],
        async collect() {
          this.set(Number((await outbox()).age));
        },
      }),
      new Gauge({
        name: 'factdesk_claims',
        help: 'Claims by review status',
        labelNames: ['status'],
        registers: [metricsRegistry],
        async collect() {
          await collectClaims(this);
        },
      }),
      new Gauge({
        name: 'factdesk_sse_connections',
        help: 'Event streams (GET /v1/events) open on this api process',
        registers: [metricsRegistry],
        collect() {
          this.set(streams.clientCount);
        },
      }),
    ];
  }

  private async collectQueues(gauge: Gauge): Promise<void> {
    gauge.reset();
    try {
      const counts = await withTimeout(
        Promise.all(this.queues.all.map((queue) => queue.getJobCounts(...JOB_STATES))),
        QUEUE_READ_TIMEOUT_MS,
      );
      this.queues.all.forEach((queue, index) => {
        for (const state of JOB_STATES) gauge.set({ queue: queue.name, state }, counts[index][state] ?? 0);
      });
    } catch (error) {
      this.logger.warn({ err: error }, 'queue figures left out of this scrape: Redis did not answer');
    }
  }

  private async collectClaims(gauge: Gauge): Promise<void> {
    const rows = await this.dataSource.query<{ status: string; n: number }[]>(CLAIMS_BY_STATUS);
    // Every status, at 0 when no claim has it, so a rate or an alert never meets a missing series.
    for (const status of CLAIM_STATUSES) gauge.set({ status }, 0);
    for (const row of rows) gauge.set({ status: row.status }, row.n);
  }
}
