import type { Pool } from 'pg';
import { ATTRIBUTION_VERDICTS, CLAIM_RATINGS, CLAIM_STATUSES } from '../../libs/review/src';
import { DECISION_EVENTS, OPEN_STATUSES, PROBLEM_VERDICTS } from '../../libs/desk/src/stats/stats-deltas';
import type { SourceFigure } from '../../libs/desk/src/stats/stats-figures';

/**
 * The dashboard figures computed the plain way, straight from claims, articles and review_events with GROUP BY and
 * percentile_disc: what GET /v1/stats must agree with (e2e) and what the bench times it against. Same definitions as
 * the rollups, none of their code.
 */
export interface ReferenceWindow {
  from: Date;
  to: Date;
  bucket: 'hour' | 'day';
  outlet: string | null;
  now: Date;
  minDecided: number;
}

const outletIs = (alias: string) => `($outlet::text IS NULL OR ${alias}.outlet = $outlet::text)`;

/** `$name` placeholders to numbered ones, with the window's values. */
function params(sql: string, window: ReferenceWindow): [string, unknown[]] {
  const values: Record<string, unknown> = {
    from: window.from,
    to: window.to,
    outlet: window.outlet,
    now: window.now,
    bucket: window.bucket,
    minDecided: window.minDecided,
    decisions: DECISION_EVENTS,
    open: OPEN_STATUSES,
    problems: PROBLEM_VERDICTS,
  };
  const names: string[] = [];
  const text = sql.replace(/\$([a-zA-Z]+)/g, (_, name: string) => {
    if (!(name in values)) throw new Error(`no value for $${name}`);
    if (!names.includes(name)) names.push(name);
    return `$${names.indexOf(name) + 1}`;
  });
  return [text, names.map((name) => values[name])];
}

const APPROVALS = `
  SELECT r.created_at, c.created_at AS claim_created_at, v.payload->>'attributionVerdict' AS verdict,
    v.payload->>'claimRating' AS rating
  FROM review_events r JOIN claims c ON c.id = r.claim_id LEFT JOIN articles a ON a.id = c.article_id
  LEFT JOIN LATERAL (SELECT payload FROM review_events s WHERE s.claim_id = r.claim_id AND s.event = 'submit'
                     AND s.created_at <= r.created_at ORDER BY s.created_at DESC LIMIT 1) v ON true
  WHERE r.to_status = 'approved' AND r.from_status IS DISTINCT FROM 'approved'
    AND r.created_at >= $from AND r.created_at < $to AND ${outletIs('a')}`;

const QUERIES = {
  byStatus: `SELECT c.review_status AS key, count(*)::int AS n FROM claims c LEFT JOIN articles a ON a.id = c.article_id
             WHERE c.created_at >= $from AND c.created_at < $to AND ${outletIs('a')} GROUP BY 1`,
  byVerdict: `SELECT verdict AS key, count(*)::int AS n FROM (${APPROVALS}) x GROUP BY 1`,
  byRating: `SELECT rating AS key, count(*)::int AS n FROM (${APPROVALS}) x GROUP BY 1`,
  intake: `SELECT count(*)::int AS approvals,
             percentile_disc(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM created_at - claim_created_at)) AS p50,
             percentile_disc(0.9) WITHIN GROUP (ORDER BY extract(epoch FROM created_at - claim_created_at)) AS p90
           FROM (${APPROVALS}) x`,
  series: `SELECT date_trunc($bucket, at, 'UTC') AS start, metric, count(*)::int AS n FROM (
             SELECT a.created_at AS at, 'articles' AS metric FROM articles a WHERE a.ingest_status <> 'pending' AND ${outletIs('a')}
             UNION ALL SELECT c.created_at, 'claims' FROM claims c LEFT JOIN articles a ON a.id = c.article_id WHERE ${outletIs('a')}
             UNION ALL SELECT created_at, 'approved' FROM (${APPROVALS}) x
           ) facts WHERE at >= $from AND at < $to GROUP BY 1, 2`,
  open: `SELECT CASE WHEN priority >= 70 THEN 'high' WHEN priority >= 40 THEN 'normal' ELSE 'low' END AS key,
           count(*)::int AS n FROM claims c LEFT JOIN articles a ON a.id = c.article_id
         WHERE c.review_status = ANY($open::text[]) AND ${outletIs('a')} GROUP BY 1`,
  overdue: `SELECT count(*)::int AS n, (array_agg(c.id ORDER BY c.due_at, c.id))[1] AS oldest, min(c.due_at) AS due_at
            FROM claims c LEFT JOIN articles a ON a.id = c.article_id
            WHERE c.review_status = ANY($open::text[]) AND (c.sla_breached_at IS NOT NULL OR c.due_at < $now)
              AND ${outletIs('a')}`,
  reviewers: `SELECT r.actor_id AS id, k.name, k.role, count(*)::int AS decisions,
                percentile_disc(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM r.created_at - coalesce(p.created_at, c.created_at))) AS median
              FROM review_events r JOIN claims c ON c.id = r.claim_id LEFT JOIN articles a ON a.id = c.article_id
              LEFT JOIN api_keys k ON k.id = r.actor_id
              LEFT JOIN LATERAL (SELECT created_at FROM review_events p WHERE p.claim_id = r.claim_id
                                 AND p.to_status = r.from_status AND p.from_status IS DISTINCT FROM p.to_status
                                 AND p.created_at < r.created_at ORDER BY p.created_at DESC LIMIT 1) p ON true
              WHERE r.event = ANY($decisions::text[]) AND r.actor_id IS NOT NULL AND r.from_status IS DISTINCT FROM r.to_status
                AND r.created_at >= $from AND r.created_at < $to AND ${outletIs('a')}
              GROUP BY 1, 2, 3`,
  sources: ['source_id', 'via_source_id'].map(
    (column) => `SELECT c.${column} AS id, s.name, s.type,
       count(*) FILTER (WHERE c.review_status <> 'merged')::int AS claims,
       count(*) FILTER (WHERE c.review_status = 'approved')::int AS decided,
       count(*) FILTER (WHERE c.review_status = 'approved' AND c.verdict->>'attributionVerdict' = ANY($problems::text[]))::int AS problems
     FROM claims c JOIN sources s ON s.id = c.${column} LEFT JOIN articles a ON a.id = c.article_id
     WHERE ${outletIs('a')} GROUP BY 1, 2, 3`,
  ),
};

const keyed = (rows: { key: string; n: number }[], names: readonly string[]) =>
  Object.fromEntries(names.map((name) => [name, rows.find((row) => row.key === name)?.n ?? 0]));

export type SourceRow = Omit<SourceFigure, 'problemShare'>;

function topLists(rows: SourceRow[], minDecided: number) {
  const byId = (a: SourceRow, b: SourceRow) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  const share = (row: SourceRow) => row.problems / row.decided;
  const figure = (row: SourceRow) => ({
    ...row,
    problemShare: row.decided ? Math.round(share(row) * 1000) / 1000 : null,
  });
  return {
    byClaims: rows
      .filter((row) => row.claims > 0)
      .sort((a, b) => b.claims - a.claims || byId(a, b))
      .slice(0, 10)
      .map(figure),
    byProblemShare: rows
      .filter((row) => row.decided >= minDecided)
      .sort((a, b) => share(b) - share(a) || b.decided - a.decided || byId(a, b))
      .slice(0, 10)
      .map(figure),
  };
}

/** Runs every reference query (one after another, so the bench can time them) and shapes them like /v1/stats. */
export async function referenceFigures(db: Pool, window: ReferenceWindow) {
  const run = async <T>(sql: string) => (await db.query(...params(sql, window))).rows as T[];
  const byStatus = await run<{ key: string; n: number }>(QUERIES.byStatus);
  const byVerdict = await run<{ key: string; n: number }>(QUERIES.byVerdict);
  const byRating = await run<{ key: string; n: number }>(QUERIES.byRating);
  const [intake] = await run<{ approvals: number; p50: string | null; p90: string | null }>(QUERIES.intake);
  const series = await run<{ start: Date; metric: string; n: number }>(QUERIES.series);
  const open = await run<{ key: string; n: number }>(QUERIES.open);
  const [overdue] = await run<{ n: number; oldest: string | null; due_at: Date | null }>(QUERIES.overdue);
  const reviewers = await run<{ id: string; name: string; role: string; decisions: number; median: string }>(
    QUERIES.reviewers,
  );
  const [sources, relays] = [await run<SourceRow>(QUERIES.sources[0]), await run<SourceRow>(QUERIES.sources[1])];
  const decided = keyed(byVerdict, ATTRIBUTION_VERDICTS);
  return {
    claimsByStatus: keyed(byStatus, CLAIM_STATUSES),
    decided: {
      total: Object.values(decided).reduce((sum, n) => sum + n, 0),
      byAttributionVerdict: decided,
      byClaimRating: keyed(byRating, CLAIM_RATINGS),
    },
    series: series.map((row) => ({ start: row.start.toISOString(), metric: row.metric, n: row.n })),
    intakeToApproved: {
      approvals: intake.approvals,
      p50Seconds: intake.p50 === null ? null : Number(intake.p50),
      p90Seconds: intake.p90 === null ? null : Number(intake.p90),
    },
    openByPriority: keyed(open, ['high', 'normal', 'low']),
    overdue: { count: overdue.n, oldestClaimId: overdue.oldest, oldestDueAt: overdue.due_at?.toISOString() ?? null },
    reviewers: reviewers.map((row) => ({ ...row, median: Number(row.median) })),
    topSources: topLists(sources, window.minDecided),
    topRelays: topLists(relays, window.minDecided),
  };
}

export type ReferenceFigures = Awaited<ReturnType<typeof referenceFigures>>;

/** Within a factor 1.1 (the histograms' bin width); both under a millisecond counts as equal. */
const closeEnough = (estimate: number | null, exact: number | null) =>
  estimate === exact ||
  (estimate !== null &&
    exact !== null &&
    (exact < 0.001 ? estimate < 0.001 : estimate / exact <= 1.1 && exact / estimate <= 1.1));

/**
 * How GET /v1/stats differs from the reference: counts must be equal, percentiles within their bins' factor 1.1.
 * An empty list means they agree.
 */
export function differences(api: any, reference: ReferenceFigures): string[] {
  const found: string[] = [];
  const same = (what: string, a: unknown, b: unknown) => {
    if (JSON.stringify(a) !== JSON.stringify(b))
      found.push(`${what}: api ${JSON.stringify(a)}, SQL ${JSON.stringify(b)}`);
  };
  same('claimsByStatus', api.claimsByStatus, reference.claimsByStatus);
  same('decided', api.decided, reference.decided);
  const apiSeries = (api.series as { start: string; articles: number; claims: number; approved: number }[]).flatMap(
    (point) =>
      (['articles', 'claims', 'approved'] as const)
        .filter((metric) => point[metric] !== 0)
        .map((metric) => `${point.start} ${metric} ${point[metric]}`),
  );
  same('series', apiSeries.sort(), reference.series.map((row) => `${row.start} ${row.metric} ${row.n}`).sort());
  same('intakeToApproved.approvals', api.intakeToApproved.approvals, reference.intakeToApproved.approvals);
  for (const q of ['p50Seconds', 'p90Seconds'] as const) {
    if (!closeEnough(api.intakeToApproved[q], reference.intakeToApproved[q])) {
      same(`intakeToApproved.${q}`, api.intakeToApproved[q], reference.intakeToApproved[q]);
    }
  }
  same('openByPriority', api.openByPriority, reference.openByPriority);
  same('overdue.count', api.overdue.count, reference.overdue.count);
  same('overdue.oldest.dueAt', api.overdue.oldest?.dueAt ?? null, reference.overdue.oldestDueAt);
  const reviewers = (rows: { id: string; name: string; role: string; decisions: number }[]) =>
    rows
      .map(({ id, name, role, decisions }) => ({ id, name, role, decisions }))
      .sort((a, b) => a.id.localeCompare(b.id));
  same('reviewers', reviewers(api.reviewers), reviewers(reference.reviewers));
  for (const reviewer of reference.reviewers) {
    const estimate = (api.reviewers as { id: string; medianHandlingSeconds: number }[]).find(
      (row) => row.id === reviewer.id,
    );
    if (!closeEnough(estimate?.medianHandlingSeconds ?? null, reviewer.median)) {
      same(`reviewer ${reviewer.id} median`, estimate?.medianHandlingSeconds, reviewer.median);
    }
  }
  same('topSources', api.topSources, reference.topSources);
  same('topRelays', api.topRelays, reference.topRelays);
  return found;
}
