/**
 * npm run bench:list [-- CLAIMS]: loads CLAIMS claims (default 1,000,000; bench/tracking-data.ts) into a fresh
 * database, then for the desk's common list queries prints the latency through HTTP (p50 / p95 of 20 requests, first
 * page and a page five cursors deep) and what PostgreSQL does for the same statement: EXPLAIN ANALYZE's execution
 * time, the indexes it reads and whether it sorts.
 */
import { createHash } from 'crypto';
import type { Pool } from 'pg';
import { bind } from '@factdesk/persistence';
import { type ClaimFilters, type ClaimOrder, resolveClaimQuery } from '../libs/desk/src/tracking/claim-filters';
import { claimListStatement } from '../libs/desk/src/tracking/claim-list-sql';
import { type Stack } from '../test/support/stack';
import { formatMs, percentile } from './latency';
import { withTrackingData } from './tracking-data';

const CLAIMS = Number(process.argv[2] ?? 1_000_000);
const REQUESTS = 20;
/** The generator's bench_uuid(text): an md5 in the shape of a version 4 uuid. */
const md5Uuid = (text: string): string => {
  const hex = createHash('md5').update(text).digest('hex');
  const shaped = `${hex.slice(0, 12)}4${hex.slice(13, 16)}8${hex.slice(17)}`;
  return shaped.replace(/^(.{8})(.{4})(.{4})(.{4})(.{12})$/, '$1-$2-$3-$4-$5');
};
const REVIEWER = md5Uuid('key1');
const BIG_SOURCE = md5Uuid('source1');

interface Case {
  name: string;
  query: string;
  filters: ClaimFilters;
  order?: ClaimOrder;
}

const CASES: Case[] = [
  { name: 'open queue by priority', query: 'status=queued', filters: { status: ['queued'] } },
  {
    name: 'all open statuses by priority',
    query: 'status=queued&status=in_review&status=on_hold&status=escalated&status=returned&status=reopened',
    filters: { status: ['queued', 'in_review', 'on_hold', 'escalated', 'returned', 'reopened'] },
  },
  { name: 'everything, newest first', query: '', filters: {} },
  { name: 'overdue, by priority', query: 'overdue=true', filters: { overdue: true } },
  {
    name: 'open, due soonest',
    query: 'status=queued&sort=due',
    filters: { status: ['queued'] },
    order: { sort: 'due' },
  },
  {
    name: 'decided this month',
    query: `decidedFrom=${new Date(Date.now() - 30 * 86_400_000).toISOString()}&sort=decided`,
    filters: { decidedFrom: new Date(Date.now() - 30 * 86_400_000) },
    order: { sort: 'decided' },
  },
  {
    name: 'approved, latest decisions',
    query: 'status=approved&sort=decided',
    filters: { status: ['approved'] },
    order: { sort: 'decided' },
  },
  {
    name: 'misattributed verdicts',
    query: 'attributionVerdict=misattributed',
    filters: { attributionVerdict: ['misattributed'] },
  },
  { name: 'my claims (assignee)', query: `assignee=${REVIEWER}`, filters: { assignee: REVIEWER } },
  { name: 'one big source', query: `sourceId=${BIG_SOURCE}`, filters: { sourceId: BIG_SOURCE } },
  { name: 'one outlet', query: 'outlet=outlet%207', filters: { outlet: 'outlet 7' } },
  {
    name: 'outlet + open statuses',
    query: 'outlet=outlet%207&status=queued&status=in_review',
    filters: { outlet: 'outlet 7', status: ['in_review', 'queued'] },
  },
  { name: 'suggested duplicates', query: 'suggestedDuplicate=true', filters: { suggestedDuplicate: true } },
  { name: 'search, rare word', query: 'q=zanzibar', filters: { q: 'zanzibar' } },
  { name: 'search, common word', query: 'q=turkiye', filters: { q: 'turkiye' } },
  { name: 'search, phrase', query: 'q=%22armoured%20vehicles%22', filters: { q: '"armoured vehicles"' } },
  {
    name: 'search + open statuses',
    query: 'q=inflation&status=queued&status=in_review',
    filters: { q: 'inflation', status: ['in_review', 'queued'] },
  },
  {
    name: 'priority range, created last week',
    query: `priorityMin=80&createdFrom=${new Date(Date.now() - 7 * 86_400_000).toISOString()}`,
    filters: { priorityMin: 80, createdFrom: new Date(Date.now() - 7 * 86_400_000) },
  },
];

async function run(stack: Stack): Promise<void> {
  console.log(
    `${'query'.padEnd(36)} ${'rows'.padStart(4)} ${'HTTP p50 / p95'.padStart(18)} ${'page 5 p50'.padStart(11)}  plan (execution, indexes)`,
  );
  for (const testCase of CASES) {
    const url = `${stack.baseUrl}/v1/claims?limit=50&${testCase.query}`;
    const headers = { authorization: `Bearer ${stack.keys.editor}` };
    const first: number[] = [];
    let rows = 0;
    let cursor: string | null = null;
    for (let n = 0; n <= REQUESTS; n += 1) {
      const started = performance.now();
      const response = await fetch(url, { headers });
      const body = (await response.json()) as { items: unknown[]; nextCursor: string | null };
      if (response.status !== 200) throw new Error(`${testCase.name}: ${response.status} ${JSON.stringify(body)}`);
      if (n > 0) first.push(performance.now() - started);
      rows = body.items.length;
      cursor = body.nextCursor;
    }
    const deep: number[] = [];
    for (let page = 2; page <= 5 && cursor; page += 1) {
      const started = performance.now();
      const response = await fetch(`${url}&cursor=${cursor}`, { headers });
      cursor = ((await response.json()) as { nextCursor: string | null }).nextCursor;
      if (page === 5) deep.push(performance.now() - started);
    }
    const plan = await explain(stack.db, testCase);
    console.log(
      `${testCase.name.padEnd(36)} ${String(rows).padStart(4)} ${`${formatMs(percentile(first, 50))} / ${formatMs(percentile(first, 95))}`.padStart(18)} ${(deep.length ? formatMs(deep[0]) : '-').padStart(11)}  ${plan}`,
    );
  }
}

/** The first page's statement under EXPLAIN ANALYZE: how long it ran, which indexes it read, whether it sorted. */
async function explain(db: Pool, testCase: Case): Promise<string> {
  const resolved = resolveClaimQuery(testCase.filters, testCase.order ?? {}, REVIEWER);
  const { text, params } = claimListStatement(resolved, { limit: 51 });
  const [sql, values] = bind(`EXPLAIN (ANALYZE, FORMAT JSON) ${text}`, params);
  const { rows } = await db.query<{ 'QUERY PLAN': [{ Plan: PlanNode; 'Execution Time': number }] }>(sql, values);
  const [{ Plan, 'Execution Time': time }] = rows[0]['QUERY PLAN'];
  const indexes = new Set<string>();
  let sorts = false;
  const walk = (node: PlanNode) => {
    if (node['Index Name'] && node['Relation Name'] !== 'api_keys') indexes.add(node['Index Name']);
    // The outer ORDER BY re-sorts the page's own rows; a sort of more than a page is the one that costs.
    const input = node.Plans?.[0]?.['Actual Rows'] ?? 0;
    if ((node['Node Type'] === 'Sort' || node['Node Type'] === 'Incremental Sort') && input > 51) sorts = true;
    node.Plans?.forEach(walk);
  };
  walk(Plan);
  const read = [...indexes].filter((name) => !/_pkey$/.test(name) || name.startsWith('claim_search'));
  return `${formatMs(time)}, ${read.join(' + ') || 'seq scan'}${sorts ? ', sorts the matches' : ''}`;
}

interface PlanNode {
  'Node Type': string;
  'Index Name'?: string;
  'Relation Name'?: string;
  'Actual Rows'?: number;
  Plans?: PlanNode[];
}

withTrackingData(CLAIMS, run).catch((error) => {
  console.error(error);
  process.exit(1);
});
