import { articleBody, ingestArticle, waitForArticle } from '../support/articles';
import { VERDICT, fire, queuedClaims, take } from '../support/review';
import { type Role, type Stack, startStack } from '../support/stack';
import { differences, referenceFigures } from '../support/stats-reference';
import { runCli } from '../support/processes';
import { waitFor } from '../support/wait-for';

const VERDICTS = [
  VERDICT,
  { ...VERDICT, attributionVerdict: 'misattributed', claimRating: 'false' },
  { ...VERDICT, attributionVerdict: 'distorted', claimRating: 'misleading' },
];

describe('GET /v1/stats against plain SQL on the real stack', () => {
  let stack: Stack;

  beforeAll(async () => {
    // SLA due times of a second or two, so open claims become overdue during the test.
    stack = await startStack({
      env: {
        SLA_HOURS_HIGH: '0.0004',
        SLA_HOURS_NORMAL: '0.0005',
        SLA_HOURS_LOW: '0.0006',
        SLA_TIMER_STEP_SECONDS: '1',
      },
    });
  });
  afterAll(async () => {
    await stack?.stop();
  });

  const current = async (claimId: string, as: Role = 'editor') =>
    (await stack.request('GET', `/v1/claims/${claimId}`, { as })).body as { version: number; status: string };

  /** Takes a claim through evidence and a verdict; `approveAs` publishes it. */
  async function decide(claimId: string, as: Role, verdict: object, approveAs?: Role): Promise<void> {
    expect((await take(stack, as, claimId)).status).toBe(200);
    const evidence = await stack.request('POST', `/v1/claims/${claimId}/evidence`, {
      as,
      body: { kind: 'note', note: 'Checked against the original statement.' },
    });
    expect(evidence.status).toBe(201);
    expect((await fire(stack, as, claimId, 'submit', (await current(claimId)).version, verdict)).status).toBe(200);
    if (approveAs) {
      expect((await fire(stack, approveAs, claimId, 'approve', (await current(claimId)).version)).status).toBe(200);
    }
  }

  async function settled(): Promise<void> {
    await waitFor(async () => {
      const { rows } = await stack.db.query(
        `SELECT (SELECT count(*) FROM claims WHERE review_status = 'new')::int AS untriaged,
                (SELECT count(*) FROM outbox WHERE run_at IS NULL OR run_at <= now())::int AS waiting,
                (SELECT count(*) FROM claims WHERE due_at > now())::int AS not_due`,
      );
      return rows[0].untriaged === 0 && rows[0].waiting === 0 && rows[0].not_due === 0;
    }, 'the pipeline to settle and every claim to be due');
  }

  /** Once asOf has passed the moment the data stopped changing, the figures must equal plain SQL. */
  async function expectEqualToSql(query: string, window: { from?: Date; to?: Date; outlet?: string | null }) {
    const quiet = new Date();
    const api = await waitFor(async () => {
      const res = await stack.request('GET', `/v1/stats${query}`, { as: 'reviewer' });
      return res.status === 200 && Date.parse(res.body.asOf) > quiet.getTime() + 200 ? res.body : null;
    }, 'the rollups to pass the last change');
    const reference = await referenceFigures(stack.db, {
      from: new Date(api.window.from),
      to: new Date(api.window.to),
      bucket: api.window.bucket,
      outlet: window.outlet ?? null,
      now: new Date(),
      minDecided: 5,
    });
    expect(differences(api, reference)).toEqual([]);
    return api;
  }

  it('agrees with GROUP BY queries over a busy desk, for the whole desk, an outlet and hourly buckets', async () => {
    const articles = await Promise.all(
      [0, 1, 2, 3].map((n) =>
        stack.request('POST', '/v1/articles', {
          as: 'intake',
          body: { outlet: n % 2 ? 'Stats Daily' : 'Stats Wire', body: articleBody(n) },
        }),
      ),
    );
    const extracted = await Promise.all(articles.map((res) => waitForArticle(stack, res.body.id)));
    // A copy with one more sentence: its claims become appearances of the first article's (status merged). Posted
    // once the first is placed, or the worker may place the copy first and merge the original's claims into it.
    await ingestArticle(stack, 'Stats Daily', `${articleBody(0)}\nThe mayor declined to comment further.`);
    const claimIds = extracted.flatMap((article) => article.claims.map((claim: { id: string }) => claim.id));
    const manual = await queuedClaims(stack, 12, 'stats');
    await settled();

    const pool = [...claimIds, ...manual];
    for (const [index, claimId] of pool.slice(0, 9).entries()) {
      await decide(claimId, index % 2 ? 'reviewer' : 'admin', VERDICTS[index % 3], 'editor');
    }
    await decide(pool[9], 'reviewer', VERDICTS[1]);
    const returned = await fire(stack, 'editor', pool[9], 'return', (await current(pool[9])).version, {
      note: 'Find the original recording.',
    });
    expect(returned.status).toBe(200);
    const reopened = await fire(stack, 'editor', pool[0], 'reopen', (await current(pool[0])).version, {
      note: 'New evidence came in.',
    });
    expect(reopened.status).toBe(200);
    await decide(pool[0], 'reviewer', VERDICTS[2], 'editor');
    expect(
      (await fire(stack, 'editor', pool[10], 'discard', (await current(pool[10])).version, { reason: 'Opinion' }))
        .status,
    ).toBe(200);
    const merged = await fire(stack, 'editor', pool[11], 'merge', (await current(pool[11])).version, {
      into: pool[12],
    });
    expect(merged.status).toBe(200);
    const bulk = await stack.request('POST', '/v1/claims/bulk', {
      as: 'editor',
      body: { ids: [pool[13], pool[14]], action: 'priority', priority: 95 },
    });
    expect(bulk.status).toBe(200);
    await take(stack, 'reviewer', pool[15]);
    expect(
      (await fire(stack, 'reviewer', pool[15], 'hold', (await current(pool[15])).version, { reason: 'Waiting' }))
        .status,
    ).toBe(200);

    // Six published verdicts for one source and relay, to rank them by problem share.
    const topics = ['rail fares', 'river levels', 'school meals', 'harbour fees', 'bus routes', 'park hours'];
    const record: string[] = [];
    for (const [n, topic] of topics.entries()) {
      const res = await stack.request('POST', '/v1/claims', {
        as: 'intake',
        body: {
          source: 'Record Office',
          sourceType: 'organization',
          via: 'Radio Record',
          content: `${topic} will change in ${2030 + n}`,
        },
      });
      expect(res.status).toBe(201);
      record.push(res.body.id);
    }
    await settled();
    for (const [index, claimId] of record.entries()) await decide(claimId, 'reviewer', VERDICTS[index % 2], 'admin');

    // A source folded into another through an alias moves its counts.
    const [kept] = await queuedClaims(stack, 1, 'Fold Agency');
    const [folded] = await queuedClaims(stack, 1, 'Fold Agency Press');
    const keptSource = (await stack.db.query(`SELECT source_id FROM claims WHERE id = $1`, [kept])).rows[0].source_id;
    const foldedName = (await stack.db.query(`SELECT source_name FROM claims WHERE id = $1`, [folded])).rows[0]
      .source_name;
    const alias = await stack.request('POST', `/v1/sources/${keptSource}/aliases`, {
      as: 'editor',
      body: { alias: foldedName },
    });
    expect(alias.status).toBe(201);
    await settled();

    const whole = await expectEqualToSql('', {});
    expect(whole.claimsByStatus).toMatchObject({ approved: expect.any(Number), merged: expect.any(Number) });
    expect(whole.claimsByStatus.merged).toBeGreaterThan(0);
    expect(whole.decided.total).toBeGreaterThanOrEqual(16);
    expect(whole.overdue.count).toBeGreaterThan(0);
    expect(whole.reviewers.map((row: { role: string }) => row.role)).toEqual(
      expect.arrayContaining(['reviewer', 'editor', 'admin']),
    );
    expect(whole.reviewers[0]).toMatchObject({
      name: expect.stringMatching(/^test /),
      medianHandlingSeconds: expect.any(Number),
    });
    expect(whole.topSources.byProblemShare.length).toBeGreaterThan(0);
    expect(whole.topRelays.byClaims.length).toBeGreaterThan(0);

    await expectEqualToSql('?outlet=Stats%20Daily', { outlet: 'Stats Daily' });
    const from = new Date(Date.now() - 3 * 3_600_000).toISOString();
    const hourly = await expectEqualToSql(`?bucket=hour&from=${from}`, {});
    expect(hourly.series).toHaveLength(4);

    // A rebuild from the tables gives the same figures as the consumer kept.
    expect(runCli(['stats:rebuild'], stack.env).status).toBe(0);
    expect(await expectEqualToSql('', {})).toMatchObject({
      claimsByStatus: whole.claimsByStatus,
      decided: whole.decided,
    });

    const printed = runCli(['stats', '--outlet', 'Stats Daily'], stack.env);
    expect(printed.status).toBe(0);
    expect(printed.stdout).toMatch(/Claims by status/);
    expect(printed.stdout).toMatch(/outlet Stats Daily/);
  });

  it('lets reviewers, editors and admins read, nobody else, and answers bad windows with a 400', async () => {
    for (const role of ['reviewer', 'editor', 'admin'] as Role[]) {
      const res = await stack.request('GET', '/v1/stats', { as: role });
      expect(res.status).toBe(200);
      expect(res.headers.get('x-read-source')).toBe('primary');
    }
    expect((await stack.request('GET', '/v1/stats', { as: 'intake' })).status).toBe(403);
    expect((await stack.request('GET', '/v1/stats', { as: null })).status).toBe(401);
    for (const query of [
      'from=2026-12-02T00:00:00Z&to=2026-12-01T00:00:00Z',
      'bucket=week',
      'from=yesterday',
      'bucket=hour&from=2026-01-01T00:00:00Z&to=2026-12-01T00:00:00Z',
      'minDecided=2',
      'outlet=',
    ]) {
      const res = await stack.request('GET', `/v1/stats?${query}`, { as: 'reviewer' });
      expect({ query, status: res.status }).toEqual({ query, status: 400 });
      expect(res.body).toMatchObject({ statusCode: 400, message: expect.any(String) });
    }
  });
});
