import type { SourceFigure, StatsFigures } from '@factdesk/desk';
import { table } from './text-table';

const pairs = (title: string, counts: Record<string, number>) =>
  `${title}\n${table([Object.keys(counts), Object.values(counts)])}`;

const duration = (seconds: number | null) => {
  if (seconds === null) return '-';
  if (seconds < 120) return `${seconds.toFixed(1)} s`;
  if (seconds < 7_200) return `${(seconds / 60).toFixed(1)} min`;
  return `${(seconds / 3_600).toFixed(1)} h`;
};

const sources = (title: string, rows: SourceFigure[]) =>
  rows.length === 0
    ? `${title}\n(none)`
    : `${title}\n${table([
        ['name', 'type', 'claims', 'decided', 'problems', 'share'],
        ...rows.map((row) => [row.name, row.type, row.claims, row.decided, row.problems, row.problemShare ?? '-']),
      ])}`;

/** The figures of GET /v1/stats as plain-text tables for a terminal. */
export function statsTables(figures: StatsFigures): string {
  const { window } = figures;
  return [
    `factdesk stats ${window.from} .. ${window.to} (${window.bucket} buckets), ${window.outlet ? `outlet ${window.outlet}` : 'all outlets'}; as of ${figures.asOf ?? 'never (no rollup yet)'}`,
    pairs('Claims by status (taken in within the window)', figures.claimsByStatus),
    pairs(`Published verdicts (${figures.decided.total}) by attribution`, figures.decided.byAttributionVerdict),
    pairs('... by claim rating', figures.decided.byClaimRating),
    `Taken in and approved per ${window.bucket}\n${table([
      ['start', 'articles', 'claims', 'approved'],
      ...figures.series.map((point) => [point.start, point.articles, point.claims, point.approved]),
    ])}`,
    `Intake to approved: ${figures.intakeToApproved.approvals} approvals, p50 ${duration(figures.intakeToApproved.p50Seconds)}, p90 ${duration(figures.intakeToApproved.p90Seconds)}`,
    pairs('Open claims by priority', figures.openByPriority),
    `Overdue: ${figures.overdue.count}${figures.overdue.oldest ? `, oldest ${figures.overdue.oldest.claimId} due ${figures.overdue.oldest.dueAt}` : ''}`,
    figures.reviewers.length === 0
      ? 'Reviewers\n(no decisions in the window)'
      : `Reviewers\n${table([
          ['name', 'role', 'decisions', 'median handling'],
          ...figures.reviewers.map((row) => [
            row.name ?? row.id,
            row.role ?? '-',
            row.decisions,
            duration(row.medianHandlingSeconds),
          ]),
        ])}`,
    sources('Top sources by claims (all time)', figures.topSources.byClaims),
    sources(
      `Top sources by problem share (at least ${figures.precision.problemShareMinDecided} verdicts)`,
      figures.topSources.byProblemShare,
    ),
    sources('Top relays by claims (all time)', figures.topRelays.byClaims),
    sources('Top relays by problem share', figures.topRelays.byProblemShare),
  ].join('\n\n');
}
