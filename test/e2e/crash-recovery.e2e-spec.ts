import { articleBody } from '../support/articles';
import { misplacedWork } from '../support/desk-invariants';
import { type Stack, startStack } from '../support/stack';
import { waitFor } from '../support/wait-for';

const ARTICLES = 200;

// One job at a time widens the window in which the kill lands inside a transaction; the defaults kill it amid batches.
describe.each([
  ['one job at a time', { EXTRACT_CONCURRENCY: '1', VERIFICATION_CONCURRENCY: '1' }],
  ['default concurrency, triage in batches', {}],
])('a worker killed with SIGKILL mid-flight loses and doubles nothing (%s)', (_, env) => {
  let stack: Stack;

  beforeAll(async () => {
    stack = await startStack({ env });
  });
  afterAll(async () => {
    await stack?.stop();
  });

  it('finishes every article exactly once after a new worker takes over', async () => {
    const posted = await Promise.all(
      Array.from({ length: ARTICLES }, (_, n) =>
        stack.request('POST', '/v1/articles', {
          as: 'intake',
          body: { outlet: 'Crash Wire', body: articleBody(1000 + n) },
        }),
      ),
    );
    expect(posted.every((res) => res.status === 202)).toBe(true);

    await waitFor(async () => {
      const { rows } = await stack.db.query(
        `SELECT count(*)::int AS n FROM articles WHERE ingest_status = 'extracted'`,
      );
      return rows[0].n >= 5;
    }, 'some articles extracted before the kill');
    const { rows: before } = await stack.db.query(
      `SELECT count(*)::int AS n FROM articles WHERE ingest_status = 'extracted'`,
    );
    expect(before[0].n).toBeLessThan(ARTICLES);

    stack.worker!.child.kill('SIGKILL');
    await stack.worker!.exited;
    await stack.startWorker();

    await waitFor(
      async () => {
        const { rows } = await stack.db.query(
          `SELECT (SELECT count(*) FROM articles WHERE ingest_status <> 'extracted')::int AS pending,
                (SELECT count(*) FROM claims WHERE review_status NOT IN ('queued', 'merged'))::int AS untriaged`,
        );
        return rows[0].pending === 0 && rows[0].untriaged === 0;
      },
      'all articles extracted and claims placed',
      90_000,
      250,
    );

    // Placed exactly once: queued, or (a claim the generator repeats word for word) matched to its first appearance.
    const misplaced = await misplacedWork(stack.db);
    expect(misplaced.claimCount).toBeGreaterThan(ARTICLES);
    expect({ articles: misplaced.articles, claims: misplaced.claims }).toEqual({ articles: [], claims: [] });
    const { rows: outbox } = await stack.db.query('SELECT count(*)::int AS n FROM outbox');
    expect(outbox[0].n).toBe(0);
  });
});
