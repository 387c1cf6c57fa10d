import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { bind } from '@factdesk/persistence';
import { jobIds, OutboxTopic } from '@factdesk/queue';
import { ReviewService } from '../review/review.service';

export interface SweepResult {
  articles: number;
  claims: number;
  leases: number;
  slaBreaches: number;
}

const SWEEP_LIMIT = 500;

/** Table and column names are constants here, never input; values still go through parameters. */
interface StalledKind {
  table: 'articles' | 'claims';
  statusColumn: 'ingest_status' | 'review_status';
  stalledStatus: string;
  topic: OutboxTopic;
  jobIdPrefix: string;
  payloadKey: string;
}

const STALLED_ARTICLES: StalledKind = {
  table: 'articles',
  statusColumn: 'ingest_status',
  stalledStatus: 'pending',
  topic: 'article.submitted',
  jobIdPrefix: jobIds.extract(''),
  payloadKey: 'articleId',
};
const STALLED_CLAIMS: StalledKind = {
  table: 'claims',
  statusColumn: 'review_status',
  stalledStatus: 'new',
  topic: 'claim.extracted',
  jobIdPrefix: jobIds.verify(''),
  payloadKey: 'claimId',
};

/**
 * Safety net for work whose job vanished with Redis data (a Redis restart without persistence, a flush):
 * pending articles and untriaged claims get a fresh outbox message (same deterministic job id, so a job that
 * still exists is not doubled), and overdue lease and SLA timers are applied directly.
 */
@Injectable()
export class StalledWorkService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly review: ReviewService,
  ) {}

  async sweep(stalledAfterSeconds: number, now = new Date()): Promise<SweepResult> {
    const articles = await this.resend(STALLED_ARTICLES, stalledAfterSeconds, now);
    const claims = await this.resend(STALLED_CLAIMS, stalledAfterSeconds, now);
    const leases = await this.dataSource.query<{ id: string; lease_expires_at: Date }[]>(
      ...bind(
        `SELECT id, lease_expires_at FROM claims
         WHERE review_status = 'in_review' AND lease_expires_at < :now::timestamptz - make_interval(secs => :after)
         LIMIT ${SWEEP_LIMIT}`,
        { now, after: stalledAfterSeconds },
      ),
    );
    let expired = 0;
    for (const lease of leases) {
      if ((await this.review.expireLease(lease.id, lease.lease_expires_at, now)) === 'applied') expired += 1;
    }
    const breached = await this.review.breachSlasDueBy(new Date(now.getTime() - stalledAfterSeconds * 1000), now);
    return { articles, claims, leases: expired, slaBreaches: breached };
  }

  /** The job ids of the rows `sweep` would re-send now: articles still pending, claims still new. */
  async stalledJobIds(
    stalledAfterSeconds: number,
    now = new Date(),
  ): Promise<{ articles: string[]; claims: string[] }> {
    const ids = async (kind: StalledKind) =>
      (
        await this.dataSource.query<{ job_id: string }[]>(
          ...bind(
            `SELECT :jobIdPrefix || t.id AS job_id FROM ${kind.table} t
             WHERE t.${kind.statusColumn} = :stalledStatus
               AND t.updated_at < :now::timestamptz - make_interval(secs => :after)
             LIMIT ${SWEEP_LIMIT}`,
            { now, after: stalledAfterSeconds, jobIdPrefix: kind.jobIdPrefix, stalledStatus: kind.stalledStatus },
          ),
        )
      ).map((row) => row.job_id);
    return { articles: await ids(STALLED_ARTICLES), claims: await ids(STALLED_CLAIMS) };
  }

  /** Writes a fresh outbox message for each stalled row that has none waiting already. */
  private async resend(kind: StalledKind, stalledAfterSeconds: number, now: Date): Promise<number> {
    const rows = await this.dataSource.query<{ id: string }[]>(
      ...bind(
        `INSERT INTO outbox (topic, job_id, payload)
         SELECT :topic, :jobIdPrefix || t.id, jsonb_build_object(:payloadKey::text, t.id)
         FROM ${kind.table} t
         WHERE t.${kind.statusColumn} = :stalledStatus
           AND t.updated_at < :now::timestamptz - make_interval(secs => :after)
           AND NOT EXISTS (SELECT 1 FROM outbox o WHERE o.job_id = :jobIdPrefix || t.id)
         LIMIT ${SWEEP_LIMIT} RETURNING id`,
        {
          now,
          after: stalledAfterSeconds,
          jobIdPrefix: kind.jobIdPrefix,
          topic: kind.topic,
          payloadKey: kind.payloadKey,
          stalledStatus: kind.stalledStatus,
        },
      ),
    );
    return rows.length;
  }
}
