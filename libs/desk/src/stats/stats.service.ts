import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '@factdesk/platform';
import { STATS_CONSUMER } from './stats-apply';
import { ALL_OUTLETS } from './stats-deltas';
import {
  intakeFigures,
  openFigures,
  PRECISION,
  PROBLEM_SHARE_MIN_DECIDED,
  reviewerFigures,
  seriesFigures,
  SERIES_METRICS,
  type StatsFigures,
  TOP_LIST_LENGTH,
  topListFigures,
  TOTAL_METRICS,
  totalsFigures,
} from './stats-figures';
import { Memo } from './stats-memo';
import { statsQueries, type WindowQuery } from './stats-queries';
import { coveringBuckets, seriesStarts } from './stats-time';
import { resolveWindow, type StatsQuery, type StatsWindow } from './stats-window';

/**
 * The dashboard figures, read from the rollups the stats consumer keeps (stats-consumer.service.ts): every read is a
 * few dozen bucket rows or the first rows of an index, whatever the size of the desk, and the reads run side by side.
 * A window's answer is kept for STATS_MEMO_MS per database read from, and only while the consumer has not moved on:
 * with the consumer's STATS_ROLLUP_MS behind it, figures stay within the 5 s freshness that dashboards are promised.
 */
@Injectable()
export class StatsService {
  private readonly memos = new WeakMap<DataSource, Memo<StatsFigures>>();

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: Pick<AppConfig, 'STATS_MEMO_MS'>,
  ) {}

  /** `source`: where to read, e.g. the read replica (the rollups are there too); the primary by default. */
  async figures(query: StatsQuery, source: DataSource = this.dataSource, now = new Date()): Promise<StatsFigures> {
    const window = resolveWindow(query, now);
    const minDecided = Math.max(query.minDecided ?? PROBLEM_SHARE_MIN_DECIDED, PROBLEM_SHARE_MIN_DECIDED);
    let memo = this.memos.get(source);
    if (!memo) this.memos.set(source, (memo = new Memo(this.config.STATS_MEMO_MS)));
    const queries = statsQueries(source);
    // The consumer's as_of is in the key: an answer never outlives the rollups it was read from, so a dashboard that
    // refetches on stats.changed sees that change at once, memo or not.
    const [consumer] = await queries.asOf(STATS_CONSUMER);
    const asOf = consumer?.as_of ?? null;
    const key = JSON.stringify([asOf, window.from, window.to, window.bucket, window.outlet, minDecided]);
    return memo.get(key, () => this.read(window, minDecided, asOf, source, now));
  }

  private async read(
    window: StatsWindow,
    minDecided: number,
    asOf: Date | null,
    source: DataSource,
    now: Date,
  ): Promise<StatsFigures> {
    const queries = statsQueries(source);
    const scope = window.outlet ?? ALL_OUTLETS;
    const read: WindowQuery = {
      scope,
      outlet: window.outlet,
      cover: coveringBuckets(window.from, window.to),
      seriesGrain: window.bucket,
      from: window.from,
      to: window.to,
    };
    const [totals, series, approvals, handling, open, [overdue], tops] = await Promise.all([
      queries.totals(read, TOTAL_METRICS),
      queries.series(read, [...SERIES_METRICS]),
      queries.histogram(read, 'intake_to_approved'),
      queries.histogram(read, 'handling'),
      queries.open(scope),
      queries.overdue(window.outlet, now),
      queries.topLists(scope, minDecided, TOP_LIST_LENGTH),
    ]);
    const { openByPriority, breached } = openFigures(open);
    return {
      asOf: asOf?.toISOString() ?? null,
      window: {
        from: window.from.toISOString(),
        to: window.to.toISOString(),
        bucket: window.bucket,
        outlet: window.outlet,
      },
      ...totalsFigures(totals),
      series: seriesFigures(seriesStarts(window.bucket, window.from, window.to), series),
      intakeToApproved: intakeFigures(approvals),
      openByPriority,
      overdue: {
        count: breached + Number(overdue.unmarked),
        oldest:
          overdue.claim_id && overdue.due_at
            ? {
                claimId: overdue.claim_id,
                dueAt: overdue.due_at.toISOString(),
                overdueSeconds: Math.max(0, Math.round((now.getTime() - overdue.due_at.getTime()) / 1000)),
              }
            : null,
      },
      reviewers: reviewerFigures(handling),
      topSources: topListFigures(tops, 'source'),
      topRelays: topListFigures(tops, 'via'),
      precision: { ...PRECISION, problemShareMinDecided: minDecided },
    };
  }
}
