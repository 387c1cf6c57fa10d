import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
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
import { statsQueries, type WindowQuery } from './stats-queries';
import { coveringBuckets, seriesStarts } from './stats-time';
import { resolveWindow, type StatsQuery } from './stats-window';

/**
 * The dashboard figures, read from the rollups the stats consumer keeps (stats-consumer.service.ts): every read is a
 * few dozen bucket rows or the first rows of an index, whatever the size of the desk, and the reads run side by side.
 */
@Injectable()
export class StatsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** `source`: where to read, e.g. the read replica (the rollups are there too); the primary by default. */
  async figures(query: StatsQuery, source: DataSource = this.dataSource, now = new Date()): Promise<StatsFigures> {
    const queries = statsQueries(source);
    const window = resolveWindow(query, now);
    const scope = window.outlet ?? ALL_OUTLETS;
    const read: WindowQuery = {
      scope,
      outlet: window.outlet,
      cover: coveringBuckets(window.from, window.to),
      seriesGrain: window.bucket,
      from: window.from,
      to: window.to,
    };
    const minDecided = Math.max(query.minDecided ?? PROBLEM_SHARE_MIN_DECIDED, PROBLEM_SHARE_MIN_DECIDED);
    const [asOf, totals, series, approvals, handling, open, [overdue], tops] = await Promise.all([
      queries.asOf(STATS_CONSUMER),
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
      asOf: asOf[0]?.as_of?.toISOString() ?? null,
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
