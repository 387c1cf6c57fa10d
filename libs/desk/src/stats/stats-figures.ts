import { ATTRIBUTION_VERDICTS, CLAIM_RATINGS, CLAIM_STATUSES } from '@factdesk/review';
import { PRIORITY_BANDS, type PriorityBand } from '../triage/sla';
import type { HistogramRow, TopListRow } from './stats-queries';
import { quantileMs } from './stats-time';

/** A source needs this many published verdicts to rank by problem share (stats_sources_share_idx holds the number). */
export const PROBLEM_SHARE_MIN_DECIDED = 5;
export const TOP_LIST_LENGTH = 10;

export const TOTAL_METRICS = [
  ...CLAIM_STATUSES.map((status) => `status:${status}`),
  ...ATTRIBUTION_VERDICTS.map((verdict) => `verdict:${verdict}`),
  ...CLAIM_RATINGS.map((rating) => `rating:${rating}`),
];
export const SERIES_METRICS = ['articles', 'claims', 'approved'] as const;

export interface SourceFigure {
  id: string;
  name: string;
  type: string;
  claims: number;
  decided: number;
  problems: number;
  problemShare: number | null;
}

export interface TopLists {
  byClaims: SourceFigure[];
  byProblemShare: SourceFigure[];
}

export interface ReviewerFigure {
  id: string;
  name: string | null;
  role: string | null;
  decisions: number;
  medianHandlingSeconds: number | null;
}

export interface StatsFigures {
  asOf: string | null;
  window: { from: string; to: string; bucket: string; outlet: string | null };
  claimsByStatus: Record<string, number>;
  decided: { total: number; byAttributionVerdict: Record<string, number>; byClaimRating: Record<string, number> };
  series: { start: string; articles: number; claims: number; approved: number }[];
  intakeToApproved: { approvals: number; p50Seconds: number | null; p90Seconds: number | null };
  openByPriority: Record<PriorityBand, number>;
  overdue: { count: number; oldest: { claimId: string; dueAt: string; overdueSeconds: number } | null };
  reviewers: ReviewerFigure[];
  topSources: TopLists;
  topRelays: TopLists;
  precision: { durations: string; topLists: string; problemShareMinDecided: number };
}

export const PRECISION = {
  durations:
    'percentiles from histograms with bins 10 % wide: each lies within a factor 1.1 of the exact percentile_disc',
  topLists: 'all time (the window does not apply): exact counts of claims and published verdicts',
};

const prefixed = (totals: Map<string, number>, prefix: string, names: readonly string[]) =>
  Object.fromEntries(names.map((name) => [name, totals.get(`${prefix}:${name}`) ?? 0]));

export function totalsFigures(rows: { metric: string; n: number }[]) {
  const totals = new Map(rows.map((row) => [row.metric, Number(row.n)]));
  const byAttributionVerdict = prefixed(totals, 'verdict', ATTRIBUTION_VERDICTS);
  return {
    claimsByStatus: prefixed(totals, 'status', CLAIM_STATUSES),
    decided: {
      total: Object.values(byAttributionVerdict).reduce((sum, n) => sum + n, 0),
      byAttributionVerdict,
      byClaimRating: prefixed(totals, 'rating', CLAIM_RATINGS),
    },
  };
}

export function seriesFigures(starts: Date[], rows: { metric: string; bucket: Date; n: number }[]) {
  const at = new Map(rows.map((row) => [`${row.metric}@${row.bucket.getTime()}`, Number(row.n)]));
  return starts.map((start) => ({
    start: start.toISOString(),
    ...(Object.fromEntries(
      SERIES_METRICS.map((metric) => [metric, at.get(`${metric}@${start.getTime()}`) ?? 0]),
    ) as Record<(typeof SERIES_METRICS)[number], number>),
  }));
}

const seconds = (ms: number | null) => (ms === null ? null : Math.round(ms * 10) / 10_000);
const binsOf = (rows: HistogramRow[]) => new Map(rows.map((row) => [row.bin, Number(row.n)]));

export function intakeFigures(rows: HistogramRow[]) {
  const bins = binsOf(rows);
  return {
    approvals: [...bins.values()].reduce((sum, n) => sum + n, 0),
    p50Seconds: seconds(quantileMs(bins, 0.5)),
    p90Seconds: seconds(quantileMs(bins, 0.9)),
  };
}

export function reviewerFigures(rows: HistogramRow[]): ReviewerFigure[] {
  const byActor = new Map<string, HistogramRow[]>();
  for (const row of rows) byActor.set(row.actor_id, [...(byActor.get(row.actor_id) ?? []), row]);
  return [...byActor.values()]
    .map((own) => {
      const bins = binsOf(own);
      return {
        id: own[0].actor_id,
        name: own[0].name,
        role: own[0].role,
        decisions: [...bins.values()].reduce((sum, n) => sum + n, 0),
        medianHandlingSeconds: seconds(quantileMs(bins, 0.5)),
      };
    })
    .sort((a, b) => b.decisions - a.decisions || a.id.localeCompare(b.id));
}

export function openFigures(rows: { band: string; claims: number; breached: number }[]) {
  const openByPriority = Object.fromEntries(PRIORITY_BANDS.map((band) => [band, 0])) as Record<PriorityBand, number>;
  let breached = 0;
  for (const row of rows) {
    openByPriority[row.band as PriorityBand] = Number(row.claims);
    breached += Number(row.breached);
  }
  return { openByPriority, breached };
}

export function topListFigures(rows: TopListRow[], role: 'source' | 'via'): TopLists {
  const pick = (list: TopListRow['list']) =>
    rows
      .filter((row) => row.role === role && row.list === list)
      .map((row) => ({
        id: row.source_id,
        name: row.name,
        type: row.type,
        claims: Number(row.claims),
        decided: Number(row.decided),
        problems: Number(row.problems),
        problemShare: row.problem_share === null ? null : Math.round(row.problem_share * 1000) / 1000,
      }));
  return { byClaims: pick('claims'), byProblemShare: pick('share') };
}
