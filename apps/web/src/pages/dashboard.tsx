import { useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { api } from '../api';
import { Link } from '../router';
import type { SourceFigure, StatsFigures as Stats } from '../types';
import { duration, ErrorNote, Loading, percent, when, words } from '../ui';
import { BarChart } from './bar-chart';

function Figure({ label, value, testId }: { label: string; value: number | string; testId?: string }) {
  return (
    <div className="card figure">
      <span className="figure-value" data-testid={testId}>
        {value}
      </span>
      <span className="figure-label">{label}</span>
    </div>
  );
}

function TopList({ title, rows }: { title: string; rows: SourceFigure[] }) {
  return (
    <section className="card">
      <h3>{title}</h3>
      {rows.length ? (
        <table>
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Claims</th>
              <th scope="col">Problem share</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.id}>
                <td>
                  <Link href={`/sources/${row.id}`}>{row.name}</Link>
                </td>
                <td>{row.claims}</td>
                <td>{percent(row.problemShare)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p className="muted">Not enough published verdicts yet.</p>
      )}
    </section>
  );
}

/** GET /v1/stats, refetched whenever the live stream says the figures changed (stats.changed). */
export function DashboardPage() {
  const stats = useQuery({ queryKey: ['stats'], queryFn: () => api<Stats>('/v1/stats') });
  useEffect(() => {
    if (stats.data) performance.mark('factdesk:dashboard-ready');
  }, [stats.data]);
  if (stats.error) return <ErrorNote error={stats.error} />;
  if (!stats.data) return <Loading />;
  const figures = stats.data;
  const byStatus = Object.entries(figures.claimsByStatus);
  const verdicts = Object.entries(figures.decided.byAttributionVerdict);
  return (
    <>
      <div className="page-head">
        <h1>Dashboard</h1>
        <p className="muted" aria-live="polite">
          Figures as of{' '}
          <time dateTime={figures.asOf ?? undefined} data-testid="as-of">
            {when(figures.asOf)}
          </time>{' '}
          · last 30 days
        </p>
      </div>
      <div className="cards">
        <Figure label="approved" value={figures.claimsByStatus.approved ?? 0} testId="approved-count" />
        <Figure label="awaiting approval" value={figures.claimsByStatus.awaiting_approval ?? 0} />
        <Figure label="overdue" value={figures.overdue.count} />
        <Figure label="time to verdict, median" value={duration(figures.intakeToApproved.p50Seconds)} />
        <Figure label="time to verdict, 90th percentile" value={duration(figures.intakeToApproved.p90Seconds)} />
      </div>
      <div className="charts">
        <BarChart
          label="Claims by status"
          labels={byStatus.map(([name]) => words(name))}
          values={byStatus.map(([, n]) => n)}
        />
        <BarChart
          label="Published verdicts by attribution"
          labels={verdicts.map(([name]) => words(name))}
          values={verdicts.map(([, n]) => n)}
        />
        <BarChart
          label="Decisions per day"
          labels={figures.series.map((bucket) => bucket.start.slice(5, 10))}
          values={figures.series.map((bucket) => bucket.approved)}
        />
      </div>
      <div className="cards">
        <TopList title="Sources by problem share" rows={figures.topSources.byProblemShare} />
        <TopList title="Relays by problem share" rows={figures.topRelays.byProblemShare} />
      </div>
    </>
  );
}
