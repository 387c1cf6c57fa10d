import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { jobIds } from '@factdesk/queue';
import { ReviewService } from '../review/review.service';

export interface SweepResult {
  articles: number;
  claims: number;
  leases: number;
  slaBreaches: number;
}

const SWEEP_LIMIT = 500;

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
    const articles = await this.dataSource.query(
      `INSERT INTO outbox (topic, job_id, payload)
       SELECT 'article.submitted', $3 || a.id, jsonb_build_object('articleId', a.id)
       FROM articles a
       WHERE a.ingest_status = 'pending' AND a.updated_at < $1::timestamptz - make_interval(secs => $2)
         AND NOT EXISTS (SELECT 1 FROM outbox o WHERE o.job_id = $3 || a.id)
       LIMIT ${SWEEP_LIMIT} RETURNING id`,
      [now, stalledAfterSeconds, jobIds.extract('')],
    );
    const claims = await this.dataSource.query(
      `INSERT INTO outbox (topic, job_id, payload)
       SELECT 'claim.extracted', $3 || c.id, jsonb_build_object('claimId', c.id)
       FROM claims c
       WHERE c.review_status = 'new' AND c.updated_at < $1::timestamptz - make_interval(secs => $2)
         AND NOT EXISTS (SELECT 1 FROM outbox o WHERE o.job_id = $3 || c.id)
       LIMIT ${SWEEP_LIMIT} RETURNING id`,
      [now, stalledAfterSeconds, jobIds.verify('')],
    );
    const leases: { id: string; lease_expires_at: Date }[] = await this.dataSource.query(
      `SELECT id, lease_expires_at FROM claims
       WHERE review_status = 'in_review' AND lease_expires_at < $1::timestamptz - make_interval(secs => $2)
       LIMIT ${SWEEP_LIMIT}`,
      [now, stalledAfterSeconds],
    );
    let expired = 0;
    for (const lease of leases) {
      if ((await this.review.expireLease(lease.id, lease.lease_expires_at, now)) === 'applied') expired += 1;
    }
    const overdue: { id: string }[] = await this.dataSource.query(
      `SELECT id FROM claims
       WHERE due_at < $1::timestamptz - make_interval(secs => $2) AND sla_breached_at IS NULL
         AND review_status NOT IN ('approved', 'discarded')
       LIMIT ${SWEEP_LIMIT}`,
      [now, stalledAfterSeconds],
    );
    let breached = 0;
    for (const claim of overdue) {
      if ((await this.review.breachSla(claim.id, now)) === 'applied') breached += 1;
    }
    return { articles: articles.length, claims: claims.length, leases: expired, slaBreaches: breached };
  }
}
