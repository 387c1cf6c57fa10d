import { SEED_ARTICLE, articleBody, waitForArticle } from '../support/articles';
import { type HttpResult, http } from '../support/http';
import { VERDICT, approveWith, fire, queuedClaims, take } from '../support/review';
import { type Role, type Stack, startStack } from '../support/stack';
import { waitFor } from '../support/wait-for';

interface ArticleItem {
  id: string;
  outlet: string;
  headline: string | null;
  ingestStatus: string;
  publishedAt: string | null;
  submittedBy: { id: string; name: string; role: string } | null;
  progress: { claimsByStatus: Record<string, number>; claims: number; decided: number; decidedShare: number | null };
}

describe('article list, people, my work and the read replica through the HTTP API', () => {
  let stack: Stack;
  let otherDesk: { id: string; secret: string };
  const articles: Record<
    string,
    { id: string; claims: { id: string; start: number; end: number; content: string }[] }
  > = {};

  const get = (path: string, as: Role = 'editor') => stack.request('GET', path, { as });
  const getWith = (key: string, path: string) => http(stack.baseUrl, 'GET', path, { key });

  async function listArticles(query: string, key: string): Promise<ArticleItem[]> {
    const items: ArticleItem[] = [];
    let cursor: string | null = null;
    do {
      const page: HttpResult = await getWith(key, `/v1/articles?${query}&limit=1${cursor ? `&cursor=${cursor}` : ''}`);
      expect({ query, status: page.status }).toEqual({ query, status: 200 });
      expect(page.body.items.length).toBeLessThanOrEqual(1);
      items.push(...(page.body.items as ArticleItem[]));
      cursor = page.body.nextCursor;
    } while (cursor);
    return items;
  }

  async function submit(key: string, article: object) {
    const posted = await http(stack.baseUrl, 'POST', '/v1/articles', { key, body: article });
    expect(posted.status).toBe(202);
    return waitForArticle(stack, posted.body.id);
  }

  beforeAll(async () => {
    stack = await startStack({ readReplica: true, env: { READ_AFTER_WRITE_SECONDS: '2' } });
    otherDesk = await stack.addKey('intake', 'Desk B');
    articles.seed = await submit(stack.keys.intake, {
      outlet: 'MNTV',
      headline: 'Ankara to arm Damascus',
      body: SEED_ARTICLE,
      publishedAt: '2025-11-02T08:00:00Z',
    });
    articles.wire = await submit(stack.keys.intake, {
      outlet: 'Éclair Quotidien',
      body: articleBody(5),
      publishedAt: '2025-11-20T08:00:00Z',
    });
    articles.other = await submit(otherDesk.secret, { outlet: 'Desk B Wire', body: articleBody(6) });
  });
  afterAll(async () => {
    await stack?.stop();
  });

  it('lists articles newest first with verification progress; an intake key sees only its own', async () => {
    await approveWith(stack, articles.seed.claims[0].id);
    const all = await listArticles('', stack.keys.reviewer);
    expect(all.map((item) => item.id)).toEqual([articles.other.id, articles.wire.id, articles.seed.id]);
    const seed = all[2];
    expect(seed).toMatchObject({
      outlet: 'MNTV',
      headline: 'Ankara to arm Damascus',
      ingestStatus: 'extracted',
      publishedAt: '2025-11-02T08:00:00.000Z',
      submittedBy: { id: stack.keyIds.intake, name: 'test intake', role: 'intake' },
    });
    const claims = articles.seed.claims.length;
    expect(seed.progress).toEqual({
      claimsByStatus: { queued: claims - 1, approved: 1 },
      claims,
      decided: 1,
      decidedShare: 1 / claims,
    });

    expect((await listArticles('', stack.keys.intake)).map((item) => item.id)).toEqual([
      articles.wire.id,
      articles.seed.id,
    ]);
    expect((await listArticles('', otherDesk.secret)).map((item) => item.id)).toEqual([articles.other.id]);
    expect(await listArticles(`q=${encodeURIComponent('armoured')}`, otherDesk.secret)).toEqual([]);
    for (const as of ['editor', 'admin'] as Role[]) {
      expect((await get('/v1/articles', as)).body.items).toHaveLength(3);
    }
    expect((await stack.request('GET', '/v1/articles', { as: null })).status).toBe(401);
  });

  it('filters articles by outlet, status, publication time and full text, alone and combined', async () => {
    const ids = async (query: string) => (await listArticles(query, stack.keys.editor)).map((item) => item.id);
    expect(await ids(`outlet=${encodeURIComponent('eclair QUOTIDIEN')}`)).toEqual([articles.wire.id]);
    expect(await ids('ingestStatus=extracted')).toHaveLength(3);
    expect(await ids('ingestStatus=pending&ingestStatus=failed')).toEqual([]);
    expect(await ids('publishedFrom=2025-11-10')).toEqual([articles.wire.id]);
    expect(await ids('publishedTo=2025-11-10')).toEqual([articles.seed.id]);
    expect(await ids('publishedFrom=2025-11-01&publishedTo=2025-12-01')).toEqual([articles.wire.id, articles.seed.id]);
    expect(await ids(`q=${encodeURIComponent('TURKIYE "armoured vehicles"')}`)).toEqual([articles.seed.id]);
    expect(await ids(`q=${encodeURIComponent('damascus')}`)).toEqual([articles.seed.id]);
    expect(await ids(`q=${encodeURIComponent('percent -armoured')}`)).toEqual([articles.other.id, articles.wire.id]);
    expect(await ids(`q=percent&outlet=${encodeURIComponent('Desk B Wire')}&ingestStatus=extracted`)).toEqual([
      articles.other.id,
    ]);
  });

  it('answers bad article filters and cursors with a 400 naming them', async () => {
    for (const [query, field] of [
      ['ingestStatus=done', 'ingestStatus'],
      ['publishedFrom=soon', 'publishedFrom'],
      ['publishedTo=2025-11-01T10:00', 'publishedTo'],
      ['limit=500', 'limit'],
      ['cursor=forged', 'cursor'],
      ['status=queued', 'status'],
    ]) {
      const res = await get(`/v1/articles?${query}`);
      expect({ query, status: res.status, field: res.body.details?.[0]?.field }).toEqual({ query, status: 400, field });
    }
    const page = await getWith(stack.keys.intake, '/v1/articles?limit=1');
    const foreign = await getWith(otherDesk.secret, `/v1/articles?limit=1&cursor=${page.body.nextCursor}`);
    expect(foreign.status).toBe(400);
  });

  it("returns the article's body, so each claim's span can be shown from its offsets", async () => {
    const article = await get(`/v1/articles/${articles.seed.id}`);
    expect(article.body.body).toBe(SEED_ARTICLE);
    for (const claim of article.body.claims as { start: number; end: number; content: string }[]) {
      expect(article.body.body.slice(claim.start, claim.end)).toBe(claim.content);
    }
  });

  it("lists the desk's reviewers and editors for assigning work, never a secret", async () => {
    const revoked = await stack.addKey('reviewer', 'Former Reviewer');
    await stack.db.query('UPDATE api_keys SET revoked_at = now() WHERE id = $1', [revoked.id]);
    const res = await get('/v1/people', 'reviewer');
    expect(res.status).toBe(200);
    expect(res.body.people).toEqual([
      { id: revoked.id, name: 'Former Reviewer', role: 'reviewer', active: false },
      { id: stack.keyIds.editor, name: 'test editor', role: 'editor', active: true },
      { id: stack.keyIds.reviewer, name: 'test reviewer', role: 'reviewer', active: true },
    ]);
    expect(JSON.stringify(res.body)).not.toMatch(/hash|prefix|fdk_/);
    expect((await get('/v1/people?active=true&role=reviewer')).body.people).toEqual([
      { id: stack.keyIds.reviewer, name: 'test reviewer', role: 'reviewer', active: true },
    ]);
    expect((await get('/v1/people?role=intake')).status).toBe(400);
    expect((await get('/v1/people?active=maybe')).status).toBe(400);
    expect((await get('/v1/people', 'intake')).status).toBe(403);

    const [claim] = await queuedClaims(stack, 1, 'assign');
    for (const [assigneeId, why] of [
      ['00000000-0000-4000-8000-000000000000', 'is not the id of anyone on the desk'],
      [stack.keyIds.intake, 'role intake'],
      [revoked.id, 'revoked'],
    ]) {
      const reassigned = await fire(stack, 'editor', claim, 'reassign', 2, { assigneeId });
      expect(reassigned.status).toBe(400);
      expect(reassigned.body.details).toEqual([
        { field: 'payload.assigneeId', errors: [expect.stringContaining(why)] },
      ]);
      const bulk = await stack.request('POST', '/v1/claims/bulk', {
        as: 'editor',
        body: { action: 'assign', assigneeId, ids: [claim] },
      });
      expect(bulk.status).toBe(400);
      expect(bulk.body.details[0].field).toBe('assigneeId');
    }
    const ok = await fire(stack, 'editor', claim, 'reassign', 2, { assigneeId: stack.keyIds.reviewer });
    expect(ok.body).toMatchObject({ status: 'returned', assigneeId: stack.keyIds.reviewer });
  });

  it('names the actor in history and evidence', async () => {
    const [id] = await queuedClaims(stack, 1, 'named');
    await take(stack, 'reviewer', id);
    await stack.request('POST', `/v1/claims/${id}/evidence`, { as: 'reviewer', body: { kind: 'note', note: 'Rang.' } });
    const history = await get(`/v1/claims/${id}/history`);
    expect(history.body.events).toEqual([
      expect.objectContaining({ event: 'triage', actor: null, actorName: null, role: 'system' }),
      expect.objectContaining({ event: 'claim', actor: stack.keyIds.reviewer, actorName: 'test reviewer' }),
      expect.objectContaining({ event: 'evidence_added', actorName: 'test reviewer', role: 'reviewer' }),
    ]);
    const evidence = await get(`/v1/claims/${id}/evidence`);
    expect(evidence.body.evidence[0]).toMatchObject({
      addedBy: stack.keyIds.reviewer,
      addedByName: 'test reviewer',
      addedByRole: 'reviewer',
    });
    expect((await get(`/v1/claims/${id}`)).body.history[1]).toMatchObject({ actorName: 'test reviewer' });
  });

  it("lists the caller's own work: in review with its lease, on hold, returned and reopened", async () => {
    const [inReview, onHold, returned, reopened, elsewhere] = await queuedClaims(stack, 5, 'mine');
    await take(stack, 'reviewer', inReview);
    const held = await take(stack, 'reviewer', onHold);
    expect(
      (await fire(stack, 'reviewer', onHold, 'hold', held.body.version, { reason: 'awaiting a reply' })).status,
    ).toBe(200);
    const taken = await take(stack, 'reviewer', returned);
    await stack.request('POST', `/v1/claims/${returned}/evidence`, {
      as: 'reviewer',
      body: { kind: 'note', note: 'x' },
    });
    const submitted = await fire(stack, 'reviewer', returned, 'submit', taken.body.version, VERDICT);
    expect((await fire(stack, 'editor', returned, 'return', submitted.body.version, { note: 'source?' })).status).toBe(
      200,
    );
    const approved = await approveWith(stack, reopened);
    const back = await fire(stack, 'editor', reopened, 'reopen', approved.version, {
      note: 'new facts',
      target: 'reviewer',
    });
    expect(back.body).toMatchObject({ status: 'reopened', assigneeId: stack.keyIds.reviewer });
    await take(stack, 'editor', elsewhere);

    const mine = await get('/v1/review/mine', 'reviewer');
    expect(mine.status).toBe(200);
    const own = new Set([inReview, onHold, returned, reopened]);
    const rows = (mine.body.items as { id: string; status: string; leaseExpiresAt: string | null }[]).filter((item) =>
      own.has(item.id),
    );
    expect(Object.fromEntries(rows.map((item) => [item.id, item.status]))).toEqual({
      [inReview]: 'in_review',
      [onHold]: 'on_hold',
      [returned]: 'returned',
      [reopened]: 'reopened',
    });
    expect(rows.find((item) => item.id === inReview)?.leaseExpiresAt).toEqual(expect.any(String));
    expect(
      mine.body.items.every((item: { assignee: { id: string } }) => item.assignee.id === stack.keyIds.reviewer),
    ).toBe(true);
    expect(mine.body.items.map((item: { id: string }) => item.id)).not.toContain(elsewhere);
    const editorMine = await get('/v1/review/mine', 'editor');
    expect(editorMine.body.items.map((item: { id: string }) => item.id)).toEqual([elsewhere]);
    const paged = await get('/v1/review/mine?limit=1', 'reviewer');
    expect(paged.body.nextCursor).toEqual(expect.any(String));
    const next = await get(`/v1/review/mine?limit=1&cursor=${paged.body.nextCursor}`, 'reviewer');
    expect(next.body.items[0].id).not.toBe(paged.body.items[0].id);
    expect((await get('/v1/review/mine', 'intake')).status).toBe(403);
    expect((await get('/v1/review/mine?cursor=x', 'reviewer')).status).toBe(400);
  });

  it('reads lists from the replica, and from the primary for a caller who has just changed something', async () => {
    const reader = await stack.addKey('editor', 'Dashboard');
    const observer = await stack.addKey('reviewer', 'Observer');
    const list = (key: string, query = '') => getWith(key, `/v1/claims?limit=200${query}`);
    expect((await list(reader.secret)).headers.get('x-read-source')).toBe('replica');
    expect((await getWith(reader.secret, '/v1/articles')).headers.get('x-read-source')).toBe('replica');
    const exported = await fetch(`${stack.baseUrl}/v1/claims/export`, {
      headers: { authorization: `Bearer ${reader.secret}` },
    });
    expect(exported.headers.get('x-read-source')).toBe('replica');
    await exported.text();
    const { rows } = await stack.db.query(
      `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND application_name = 'factdesk-api-read'`,
    );
    expect(rows[0].n).toBeGreaterThan(0);

    const [id] = await queuedClaims(stack, 1, 'replica');
    const discarded = await http(stack.baseUrl, 'POST', `/v1/claims/${id}/transitions`, {
      key: reader.secret,
      body: { event: 'discard', expectedVersion: 2, payload: { reason: 'not check-worthy' } },
    });
    expect(discarded.status).toBe(200);
    const after = await list(reader.secret, '&status=discarded');
    expect(after.headers.get('x-read-source')).toBe('primary');
    expect(after.body.items.map((item: { id: string }) => item.id)).toContain(id);
    expect((await list(observer.secret)).headers.get('x-read-source')).toBe('replica');
    await waitFor(
      async () => (await list(reader.secret)).headers.get('x-read-source') === 'replica',
      'read-after-write window over',
      10_000,
    );
    expect((await getWith(reader.secret, '/v1/review/mine')).status).toBe(200);
  });
});
