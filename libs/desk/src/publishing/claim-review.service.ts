import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ClaimReview, WithContext } from 'schema-dts';
import { DataSource } from 'typeorm';
import { bind, ClaimEntity } from '@factdesk/persistence';
import { APP_CONFIG, type AppConfig, DomainError, notFound } from '@factdesk/platform';
import { type PublishingDesk, toClaimReview } from '@factdesk/review';
import { decodeCursor, pageLimit, pageOf, queryFingerprint, sortKeyText } from '../tracking/list-cursor';
import { publishedClaims } from './published-claims';

export interface ClaimReviewFeedQuery {
  /** Reviews published (approved, or approved again) at or after this instant. */
  since?: Date;
  cursor?: string;
  limit?: number;
}

export interface ClaimReviewPage {
  items: WithContext<ClaimReview>[];
  nextCursor: string | null;
}

/** Approval time, then id: the order a crawler follows to pick up every review published since it last looked. */
const FEED_PAGE = `
  SELECT c.id, ${sortKeyText('c.decided_at', 'timestamptz')} AS key_0, c.id::text AS key_1
    FROM claims c
   WHERE c.review_status = 'approved' AND c.decided_at >= :since
     AND (c.decided_at, c.id) > (:afterAt::timestamptz, :afterId::uuid)
   ORDER BY c.decided_at, c.id
   LIMIT :limit`;

/** The desk's published verdicts as schema.org ClaimReview: one approved claim, or all of them as a paged feed. */
@Injectable()
export class ClaimReviewService {
  private readonly desk: PublishingDesk;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.desk = {
      name: config.DESK_NAME,
      url: config.DESK_URL,
      language: config.DESK_LANGUAGE,
      reviewUrlTemplate: config.CLAIMREVIEW_URL_TEMPLATE,
    };
  }

  /** 404 for an unknown claim and for one without a published verdict (not yet approved, or reopened since). */
  async document(id: string): Promise<WithContext<ClaimReview>> {
    const [claim] = await publishedClaims(this.dataSource.manager, [id]);
    if (claim) return toClaimReview(claim, this.desk);
    const row = await this.dataSource.getRepository(ClaimEntity).findOne({ where: { id }, select: { status: true } });
    if (!row) throw notFound('claim', id);
    throw new DomainError('not_found', `claim ${id} has no published review: it is ${row.status}, not approved`, {
      id,
      status: row.status,
    });
  }

  async feed(query: ClaimReviewFeedQuery): Promise<ClaimReviewPage> {
    const limit = pageLimit(query.limit);
    const fingerprint = queryFingerprint({ feed: 'claimreview', since: query.since });
    const [afterAt, afterId] = query.cursor
      ? decodeCursor(query.cursor, fingerprint, ['timestamptz', 'uuid'])
      : ['-infinity', '00000000-0000-0000-0000-000000000000'];
    const rows = await this.dataSource.query<{ id: string; key_0: string; key_1: string }[]>(
      ...bind(FEED_PAGE, { since: query.since ?? new Date(0), afterAt, afterId, limit: limit + 1 }),
    );
    const page = pageOf(rows, limit, fingerprint, 2);
    const claims = await publishedClaims(
      this.dataSource.manager,
      page.rows.map((row) => row.id),
    );
    return { items: claims.map((claim) => toClaimReview(claim, this.desk)), nextCursor: page.nextCursor };
  }
}
