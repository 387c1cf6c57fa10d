import { SEED_ARTICLE, articleBody, waitForArticle } from '../support/articles';
import { runCli } from '../support/processes';
import { type Stack, startStack } from '../support/stack';
import { waitFor } from '../support/wait-for';

describe('article intake (api + worker + PostgreSQL + Redis)', () => {
  let stack: Stack;

  beforeAll(async () => {
    stack = await startStack();
  });
  afterAll(async () => {
    await stack?.stop();
  });

  it('answers health with both dependencies up', async () => {
    const res = await stack.request('GET', '/health', { as: null });
    expect(res.status).toBe(200);
    expect(res.body.details).toMatchObject({ database: { status: 'up' }, redis: { status: 'up' } });
  });

  it('extracts the seed article and queues every attributed claim', async () => {
    const posted = await stack.request('POST', '/v1/articles', {
      as: 'intake',
      body: { outlet: 'MNTV', body: SEED_ARTICLE },
    });
    expect(posted.status).toBe(202);
    expect(posted.body).toEqual({ id: expect.any(String), status: 'pending' });

    const article = await waitForArticle(stack, posted.body.id, 10_000);
    expect(article).toMatchObject({ id: posted.body.id, outlet: 'MNTV', url: null, status: 'extracted' });
    expect(article.claims.length).toBeGreaterThanOrEqual(3);
    for (const claim of article.claims) {
      expect(Object.keys(claim)).toEqual(
        expect.arrayContaining([
          'id',
          'source',
          'sourceType',
          'via',
          'cue',
          'quote',
          'content',
          'start',
          'end',
          'status',
        ]),
      );
      expect(SEED_ARTICLE.slice(claim.start, claim.end)).toBe(claim.content);
      expect(claim.status).toBe('queued');
    }
    const bloomberg = article.claims.find((c: { source: string }) => c.source === 'Bloomberg');
    expect(bloomberg).toMatchObject({ sourceType: 'media' });
    expect(bloomberg.content).toContain('Türkiye plans to supply Syria');
    const relayed = article.claims.find((c: { via: string | null }) => c.via === 'Al-Araby Al-Jadeed');
    expect(relayed).toMatchObject({ sourceType: 'anonymous' });

    const { rows } = await stack.db.query(
      `SELECT e.event, e.from_status, e.to_status, e.actor_role FROM review_events e
       JOIN claims c ON c.id = e.claim_id WHERE c.article_id = $1`,
      [posted.body.id],
    );
    expect(rows).toHaveLength(article.claims.length);
    expect(rows.every((row) => row.event === 'triage' && row.from_status === 'new' && row.to_status === 'queued')).toBe(
      true,
    );
  });

  it('makes exactly one article out of 20 concurrent identical posts', async () => {
    const body = { outlet: 'Example Wire', url: 'https://example.com/a/1', body: articleBody(1) };
    const results = await Promise.all(
      Array.from({ length: 20 }, () => stack.request('POST', '/v1/articles', { as: 'intake', body })),
    );
    const ids = new Set(results.map((res) => res.body.id));
    expect(ids.size).toBe(1);
    expect(results.filter((res) => res.status === 202)).toHaveLength(1);
    expect(results.filter((res) => res.status === 200)).toHaveLength(19);
    const { rows } = await stack.db.query('SELECT count(*)::int AS n FROM articles WHERE url = $1', [body.url]);
    expect(rows[0].n).toBe(1);
    const article = await waitForArticle(stack, [...ids][0]);
    const { rows: claimRows } = await stack.db.query('SELECT count(*)::int AS n FROM claims WHERE article_id = $1', [
      article.id,
    ]);
    expect(claimRows[0].n).toBe(article.claims.length);
  });

  it('honours Idempotency-Key: a repeat returns the first article, a different body under the same key is refused', async () => {
    const headers = { 'Idempotency-Key': 'desk-a-0001' };
    const first = await stack.request('POST', '/v1/articles', {
      as: 'intake',
      headers,
      body: { outlet: 'X Wire', body: articleBody(2) },
    });
    const repeat = await stack.request('POST', '/v1/articles', {
      as: 'intake',
      headers,
      body: { outlet: 'X Wire', body: articleBody(2) },
    });
    expect(first.status).toBe(202);
    expect(repeat.status).toBe(200);
    expect(repeat.body.id).toBe(first.body.id);

    const reused = await stack.request('POST', '/v1/articles', {
      as: 'intake',
      headers,
      body: { outlet: 'X Wire', body: articleBody(3) },
    });
    expect(reused.status).toBe(409);
    expect(reused.body).toMatchObject({
      statusCode: 409,
      error: 'Conflict',
      details: { articleId: first.body.id, fields: ['body'] },
    });

    const otherOutlet = await stack.request('POST', '/v1/articles', {
      as: 'intake',
      headers,
      body: { outlet: 'Y Wire', body: articleBody(2) },
    });
    expect(otherOutlet.status).toBe(409);
    expect(otherOutlet.body.details).toEqual({ articleId: first.body.id, fields: ['outlet'] });
    expect(otherOutlet.body.message).toContain('outlet differ');
  });

  it('scopes Idempotency-Key to the credential: another desk with the same key gets its own article', async () => {
    const deskB = await stack.addKey('intake', 'Desk B');
    const headers = { 'Idempotency-Key': 'shared-key-0001' };
    const deskA = { outlet: 'A Wire', body: articleBody(40) };
    const fromB = { outlet: 'B Wire', body: articleBody(41) };
    const [a, ...bs] = await Promise.all([
      stack.request('POST', '/v1/articles', { as: 'intake', headers, body: deskA }),
      ...Array.from({ length: 10 }, () =>
        stack.request('POST', '/v1/articles', { key: deskB.secret, headers, body: fromB }),
      ),
    ]);
    expect(a.status).toBe(202);
    expect(bs.map((res) => res.status).sort()).toEqual([200, 200, 200, 200, 200, 200, 200, 200, 200, 202]);
    expect(new Set(bs.map((res) => res.body.id))).toEqual(new Set([bs[0].body.id]));
    expect(bs[0].body.id).not.toBe(a.body.id);
    const { rows } = await stack.db.query(
      `SELECT outlet, submitted_by = $2 AS by_b FROM articles WHERE idempotency_key = $1 ORDER BY outlet`,
      ['shared-key-0001', deskB.id],
    );
    expect(rows).toEqual([
      { outlet: 'A Wire', by_b: false },
      { outlet: 'B Wire', by_b: true },
    ]);
  });

  it('takes a single claim by hand and triages it into the queue', async () => {
    const created = await stack.request('POST', '/v1/claims', {
      as: 'reviewer',
      body: {
        source: 'Bloomberg',
        sourceType: 'media',
        // Not a claim of the seed article, which this suite posts: a repeat of one would join it as an appearance.
        content: 'the Bank of Japan will raise interest rates in March',
        articleUrl: 'https://example.com/b',
      },
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      id: expect.any(String),
      status: 'new',
      source: 'Bloomberg',
      sourceType: 'media',
    });
    const queued = await waitFor(async () => {
      const res = await stack.request('GET', `/v1/claims/${created.body.id}`, { as: 'reviewer' });
      return res.body.status === 'queued' ? res.body : null;
    }, 'manual claim queued');
    expect(queued.priority).toBeGreaterThan(0);
  });

  it('creates an API key from the cli, printed alone on the last line, stored only as a hash', async () => {
    const created = runCli(['keys:create', '--role', 'editor', '--name', 'Desk A'], stack.env);
    expect(created.status).toBe(0);
    const key = created.stdout.trim().split('\n').pop() as string;
    expect(key).toMatch(/^fdk_\S+$/);
    expect((await stack.request('GET', '/v1/articles/00000000-0000-4000-8000-000000000000', { key })).status).toBe(404);
    expect((await stack.request('GET', '/metrics', { key })).status).toBe(403);
    const { rows } = await stack.db.query(`SELECT key_hash FROM api_keys WHERE name = 'Desk A'`);
    expect(rows).toHaveLength(1);
    expect(rows[0].key_hash).not.toContain(key);
    expect(runCli(['keys:create', '--role', 'boss', '--name', 'x'], stack.env).status).toBe(2);
  });

  it('keeps the source registry to one row per normalised source', async () => {
    const { rows } = await stack.db.query(
      `SELECT normalised_name, type, count(*)::int AS n FROM sources GROUP BY 1, 2 HAVING count(*) > 1`,
    );
    expect(rows).toEqual([]);
    const { rows: linked } = await stack.db.query('SELECT count(*)::int AS n FROM claims WHERE source_id IS NULL');
    expect(linked[0].n).toBe(0);
  });
});
