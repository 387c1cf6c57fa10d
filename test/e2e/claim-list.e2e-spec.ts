import { parse } from 'csv-parse/sync';
import { CSV_COLUMNS, spreadsheetSafe } from '../../libs/desk/src/tracking/claim-export-format';
import type { ClaimListItem } from '../../libs/desk/src/tracking/claim-list-item';
import { SEED_ARTICLE, articleBody, waitForArticle } from '../support/articles';
import { approveWith, fire, queuedClaims, take } from '../support/review';
import { type Role, type Stack, startStack } from '../support/stack';
import { waitFor } from '../support/wait-for';

// Close to the seed article's Bloomberg claim but not the same (matching.e2e-spec.ts uses the same form).
const NEAR_DUPLICATE = 'Türkiye plans to sell Syria armoured vehicles and drones, to be paid for by Qatar';
const MISATTRIBUTED = {
  attributionVerdict: 'misattributed',
  attributionNote: 'The ministry never said this.',
  claimRating: 'false',
  ratingNote: 'The figures are invented.',
};

describe('claim list, search and export through the HTTP API', () => {
  let stack: Stack;
  let everything: ClaimListItem[];
  const state: Record<string, ClaimListItem> = {};

  const get = (path: string, as: Role = 'editor') => stack.request('GET', path, { as });

  /** Every page of a list query, following nextCursor; fails on any non-200. */
  async function listAll(query: string, as: Role = 'editor', limit = 200): Promise<ClaimListItem[]> {
    const items: ClaimListItem[] = [];
    let cursor: string | null = null;
    do {
      const page = await get(`/v1/claims?${query}&limit=${limit}${cursor ? `&cursor=${cursor}` : ''}`, as);
      expect({ query, status: page.status, body: page.status === 200 ? 'page' : page.body }).toEqual({
        query,
        status: 200,
        body: 'page',
      });
      items.push(...(page.body.items as ClaimListItem[]));
      cursor = page.body.nextCursor;
    } while (cursor);
    return items;
  }

  const idsOf = (items: { id: string }[]) => items.map((item) => item.id);
  const sortedIds = (items: { id: string }[]) => idsOf(items).sort();

  async function ingest(outlet: string, body: string, headline?: string) {
    const posted = await stack.request('POST', '/v1/articles', { as: 'intake', body: { outlet, body, headline } });
    expect(posted.status).toBe(202);
    return waitForArticle(stack, posted.body.id);
  }

  async function submitClaim(body: object) {
    const created = await stack.request('POST', '/v1/claims', { as: 'intake', body });
    expect(created.status).toBe(201);
    return waitFor(async () => {
      const { body: claim } = await get(`/v1/claims/${created.body.id}`);
      return claim.status !== 'new' ? claim : null;
    }, 'claim triaged');
  }

  /** What the search reads of a row, folded as the database folds it (case and accents off). */
  const searchable = (item: ClaimListItem) =>
    [item.content, item.source.name, item.via?.name, item.article?.headline]
      .join(' ')
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .toLowerCase();
  const having = (...words: string[]) =>
    everything.filter((item) => words.every((word) => searchable(item).includes(word)));

  beforeAll(async () => {
    stack = await startStack();
    const seed = await ingest('MNTV', SEED_ARTICLE, 'Exclusive: Ankara to arm Damascus');
    const wire3 = await ingest('Éclair Quotidien', articleBody(3));
    const wire4 = await ingest('Éclair Quotidien', articleBody(4));
    const near = await submitClaim({ source: 'Bloomberg', sourceType: 'media', content: NEAR_DUPLICATE });
    expect(near.possibleDuplicateOf).not.toBeNull();
    await submitClaim({ source: 'Kemal Öztürk', via: 'X', content: 'the new bridge will open on 3 March' });

    const bloomberg = (seed.claims as { id: string; source: string }[]).find((claim) => claim.source === 'Bloomberg');
    await approveWith(stack, (bloomberg as { id: string }).id);
    await approveWith(stack, wire3.claims[0].id, MISATTRIBUTED);
    const discard = await stack.request('POST', '/v1/claims/bulk', {
      as: 'editor',
      body: { action: 'discard', ids: [wire3.claims[1].id], reason: 'not check-worthy' },
    });
    expect(discard.body.results[0]).toMatchObject({ ok: true, status: 'discarded' });
    const queued = (await listAll('status=queued')).filter((item) => item.id !== near.id);
    expect((await take(stack, 'reviewer', queued[0].id)).status).toBe(200);
    const assign = await stack.request('POST', '/v1/claims/bulk', {
      as: 'editor',
      body: { action: 'assign', assigneeId: stack.keyIds.editor, ids: [queued[1].id, queued[4].id] },
    });
    expect(assign.body.results).toMatchObject([{ ok: true }, { ok: true }]);
    const priority = await stack.request('POST', '/v1/claims/bulk', {
      as: 'editor',
      body: { action: 'priority', priority: 95, ids: [queued[2].id] },
    });
    expect(priority.body.results[0]).toMatchObject({ ok: true });
    // Past its SLA: the due time is hours away for a real claim, so the test moves it.
    await stack.db.query(`UPDATE claims SET due_at = now() - interval '1 hour' WHERE id = $1`, [queued[3].id]);
    everything = await listAll('');
    Object.assign(state, {
      inReview: queued[0],
      urgent: queued[2],
      wire4: everything.find((item) => item.article?.id === wire4.id),
    });
  });
  afterAll(async () => {
    await stack?.stop();
  });

  it('shows a list row without a second call: statuses, verdicts, source and relay, article, assignee', () => {
    expect(everything.length).toBeGreaterThanOrEqual(10);
    const bloomberg = everything.find(
      (item) => item.source.name === 'Bloomberg' && item.status === 'approved',
    ) as ClaimListItem;
    expect(bloomberg).toMatchObject({
      attributionVerdict: 'confirmed',
      claimRating: 'unproven',
      source: { id: expect.any(String), name: 'Bloomberg', type: 'media' },
      via: null,
      cue: expect.any(String),
      quote: expect.any(String),
      content: expect.stringContaining('Türkiye'),
      priority: expect.any(Number),
      dueAt: expect.any(String),
      overdue: false,
      reach: 1,
      article: { id: expect.any(String), outlet: 'MNTV', headline: 'Exclusive: Ankara to arm Damascus', url: null },
      decidedAt: expect.any(String),
    });
    const relayed = everything.find((item) => item.via?.name === 'Al-Araby Al-Jadeed') as ClaimListItem;
    expect(relayed.via).toEqual({ id: expect.any(String), name: 'Al-Araby Al-Jadeed', type: 'media' });
    expect(everything.find((item) => item.id === state.inReview.id)).toMatchObject({
      status: 'in_review',
      assignee: { id: stack.keyIds.reviewer, name: 'test reviewer', role: 'reviewer' },
      leaseExpiresAt: expect.any(String),
    });
    expect(everything.find((item) => item.source.name === 'Kemal Öztürk')).toMatchObject({
      article: null,
      via: { name: 'X', type: 'social' },
    });
  });

  it('applies every filter, alone and combined, exactly as the rows say', async () => {
    const decided = everything.filter((item) => item.decidedAt).map((item) => item.decidedAt as string);
    const bloombergSource = (everything.find((item) => item.source.name === 'Bloomberg') as ClaimListItem).source.id;
    const relay = (everything.find((item) => item.via?.name === 'Al-Araby Al-Jadeed') as ClaimListItem).via;
    const eclair = state.wire4.article?.id as string;
    const wire4At = state.wire4.createdAt;
    const cases: [string, (item: ClaimListItem) => boolean, Role?][] = [
      ['status=queued', (item) => item.status === 'queued'],
      ['status=approved&status=discarded', (item) => ['approved', 'discarded'].includes(item.status)],
      ['attributionVerdict=misattributed', (item) => item.attributionVerdict === 'misattributed'],
      ['attributionVerdict=confirmed&attributionVerdict=distorted', (item) => item.attributionVerdict === 'confirmed'],
      ['claimRating=unproven', (item) => item.claimRating === 'unproven'],
      [`sourceId=${bloombergSource}`, (item) => item.source.id === bloombergSource],
      [`viaId=${relay?.id}`, (item) => item.via?.id === relay?.id],
      [`outlet=${encodeURIComponent('ÉCLAIR quotidien')}`, (item) => item.article?.outlet === 'Éclair Quotidien'],
      [`articleId=${eclair}`, (item) => item.article?.id === eclair],
      ['assignee=me', (item) => item.assignee?.id === stack.keyIds.reviewer, 'reviewer'],
      [`assignee=${stack.keyIds.editor}`, (item) => item.assignee?.id === stack.keyIds.editor],
      ['assignee=none', (item) => item.assignee === null],
      ['priorityMin=90', (item) => item.priority >= 90],
      ['priorityMin=30&priorityMax=60', (item) => item.priority >= 30 && item.priority <= 60],
      ['overdue=true', (item) => item.overdue],
      ['overdue=false', (item) => !item.overdue],
      ['suggestedDuplicate=true', (item) => item.possibleDuplicateOf !== null],
      ['suggestedDuplicate=false', (item) => item.possibleDuplicateOf === null],
      [`createdFrom=${wire4At}`, (item) => item.createdAt >= wire4At],
      [`createdTo=${wire4At}`, (item) => item.createdAt < wire4At],
      [`decidedFrom=${decided.sort()[1]}`, (item) => !!item.decidedAt && item.decidedAt >= decided.sort()[1]],
      [`decidedTo=${decided.sort()[1]}`, (item) => !!item.decidedAt && item.decidedAt < decided.sort()[1]],
      [
        `status=queued&outlet=${encodeURIComponent('éclair quotidien')}`,
        (item) => item.status === 'queued' && item.article?.outlet === 'Éclair Quotidien',
      ],
      ['status=in_review&assignee=me', (item) => item.status === 'in_review', 'reviewer'],
      [
        'status=queued&status=returned&assignee=none&priorityMax=94',
        (item) => ['queued', 'returned'].includes(item.status) && item.assignee === null && item.priority <= 94,
      ],
      [
        `attributionVerdict=misattributed&claimRating=false&outlet=${encodeURIComponent('Éclair Quotidien')}&decidedFrom=2020-01-01`,
        (item) => item.attributionVerdict === 'misattributed' && item.article?.outlet === 'Éclair Quotidien',
      ],
      [
        `sourceId=${bloombergSource}&suggestedDuplicate=true&createdFrom=${wire4At}`,
        (item) => item.source.id === bloombergSource && item.possibleDuplicateOf !== null,
      ],
      ['overdue=true&status=queued&priorityMin=0', (item) => item.overdue && item.status === 'queued'],
    ];
    for (const [query, matches, as] of cases) {
      const expected = everything.filter(matches);
      expect({ query, some: expected.length > 0, fewer: expected.length < everything.length }).toEqual({
        query,
        some: true,
        fewer: true,
      });
      expect({ query, ids: sortedIds(await listAll(query, as)) }).toEqual({ query, ids: sortedIds(expected) });
    }
  });

  it('searches content, source and relay names and headlines in web-search syntax, ignoring case and accents', async () => {
    const search = async (q: string) => sortedIds(await listAll(`q=${encodeURIComponent(q)}`));
    const withTurkiye = having('turkiye');
    expect(withTurkiye.length).toBeGreaterThanOrEqual(2);
    expect(await search('turkiye')).toEqual(sortedIds(withTurkiye));
    expect(await search('TÜRKIYE')).toEqual(sortedIds(withTurkiye));
    expect(await search('"armoured vehicles"')).toEqual(sortedIds(having('armoured vehicles')));
    expect(await search('"vehicles armoured"')).toEqual([]);
    // English stemming: the plural in the text, the singular in the query.
    expect(await search('vehicle turkiye')).toEqual(sortedIds(having('vehicle', 'turkiye')));
    expect(await search('turkiye -artillery')).toEqual(
      sortedIds(withTurkiye.filter((item) => !searchable(item).includes('artillery'))),
    );
    expect(await search('bloomberg')).toEqual(sortedIds(having('bloomberg')));
    expect(having('bloomberg').some((item) => !item.content.toLowerCase().includes('bloomberg'))).toBe(true);
    expect(await search('ozturk or "al-araby"')).toEqual(
      sortedIds(
        everything.filter((item) => searchable(item).includes('ozturk') || searchable(item).includes('al-araby')),
      ),
    );
    expect(await search('exclusive damascus')).toEqual(
      sortedIds(everything.filter((item) => item.article?.outlet === 'MNTV')),
    );
    expect(await search('bloomberg drones')).toEqual(sortedIds(having('bloomberg', 'drones')));
    expect(await search('zzqxv')).toEqual([]);
    expect(await search('the of')).toEqual([]);
    expect(sortedIds(await listAll(`q=turkiye&status=approved`))).toEqual(
      sortedIds(withTurkiye.filter((item) => item.status === 'approved')),
    );
  });

  it('sorts by priority, created, due and decided, each both ways, page by page as the database orders them', async () => {
    const orders: [string, string][] = [
      ['sort=priority&order=desc', '(-priority), created_at, id'],
      ['sort=priority&order=asc', '(-priority) DESC, created_at DESC, id DESC'],
      ['sort=created&order=desc', 'created_at DESC, id DESC'],
      ['sort=created&order=asc', 'created_at, id'],
      ['sort=due', `coalesce(due_at, 'infinity'), id`],
      ['sort=due&order=desc', `coalesce(due_at, 'infinity') DESC, id DESC`],
      ['sort=decided', `coalesce(decided_at, '-infinity') DESC, id DESC`],
      ['sort=decided&order=asc', `coalesce(decided_at, '-infinity'), id`],
      ['', 'created_at DESC, id DESC'],
    ];
    for (const [query, orderBy] of orders) {
      const { rows } = await stack.db.query<{ id: string }>(`SELECT id FROM claims ORDER BY ${orderBy}`);
      expect({ query, ids: idsOf(await listAll(query, 'editor', 3)) }).toEqual({ query, ids: rows.map((r) => r.id) });
    }
    const open = ['status=queued', 'status=in_review', 'status=returned'].join('&');
    const { rows } = await stack.db.query<{ id: string }>(
      `SELECT id FROM claims WHERE review_status IN ('queued', 'in_review', 'returned') ORDER BY priority DESC, created_at, id`,
    );
    expect(idsOf(await listAll(open, 'editor', 2))).toEqual(rows.map((row) => row.id));
  });

  it('pages without repeating or skipping a claim while another client files new ones', async () => {
    for (const query of ['status=queued', 'sort=created&order=asc', 'sort=created&order=desc']) {
      const before = sortedIds(await listAll(query));
      const paged: string[] = [];
      let cursor: string | null = null;
      let round = 0;
      do {
        const page = await get(`/v1/claims?${query}&limit=2${cursor ? `&cursor=${cursor}` : ''}`);
        expect(page.status).toBe(200);
        paged.push(...idsOf(page.body.items));
        cursor = page.body.nextCursor;
        // Between pages, new claims arrive and are triaged into the queue.
        if (round++ < 3) await queuedClaims(stack, 2, `paging ${query} ${round}`);
      } while (cursor);
      expect(new Set(paged).size).toBe(paged.length);
      const seen = new Set(paged);
      expect(before.filter((id) => !seen.has(id))).toEqual([]);
    }
  });

  it('exports the same claims as the list, in its order, as RFC 4180 CSV and as NDJSON', async () => {
    const flatten = (item: ClaimListItem): Record<string, string> =>
      Object.fromEntries(
        CSV_COLUMNS.map((path) => {
          const value = path
            .split('.')
            .reduce<unknown>((at, key) => (at as Record<string, unknown> | null)?.[key], item) as
            string | number | boolean | null | undefined;
          return [path, value === null || value === undefined ? '' : spreadsheetSafe(String(value))];
        }),
      );
    for (const query of [
      '',
      'status=queued&sort=priority',
      `q=${encodeURIComponent('"armoured vehicles"')}`,
      'overdue=false&sort=due&order=desc',
    ]) {
      const listed = await listAll(query);
      const csv = await fetch(`${stack.baseUrl}/v1/claims/export?format=csv&${query}`, {
        headers: { authorization: `Bearer ${stack.keys.reviewer}` },
      });
      expect(csv.status).toBe(200);
      expect(csv.headers.get('content-type')).toMatch(/^text\/csv; charset=utf-8/);
      expect(csv.headers.get('content-disposition')).toMatch(/^attachment; filename="claims-\d{8}-\d{6}\.csv"$/);
      const bytes = Buffer.from(await csv.arrayBuffer());
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const text = bytes.toString('utf8');
      expect(text.replace(/\r\n/g, '')).not.toMatch(/[^\r]\n/);
      const records = parse<Record<string, string>>(text, { bom: true, columns: true });
      expect({ query, records }).toEqual({ query, records: listed.map(flatten) });

      const ndjson = await fetch(`${stack.baseUrl}/v1/claims/export?format=ndjson&${query}`, {
        headers: { authorization: `Bearer ${stack.keys.editor}` },
      });
      expect(ndjson.headers.get('content-type')).toMatch(/^application\/x-ndjson/);
      const lines = (await ndjson.text()).split('\n').filter(Boolean);
      expect(lines.map((line) => JSON.parse(line) as ClaimListItem)).toEqual(listed);
    }
    const none = await fetch(`${stack.baseUrl}/v1/claims/export?q=zzqxv`, {
      headers: { authorization: `Bearer ${stack.keys.editor}` },
    });
    expect((await none.text()).trim()).toBe(CSV_COLUMNS.join(','));
  });

  it('keeps a cell that starts like a formula from running in a spreadsheet', async () => {
    const formula = await submitClaim({ source: 'Spreadsheet Tester', content: '=HYPERLINK("http://x")' });
    const csv = await fetch(`${stack.baseUrl}/v1/claims/export?sourceId=${formula.sourceId}`, {
      headers: { authorization: `Bearer ${stack.keys.editor}` },
    });
    const [record] = parse<Record<string, string>>(await csv.text(), { bom: true, columns: true });
    expect(record.content).toBe(`'=HYPERLINK("http://x")`);
  });

  it('lets reviewers, editors and admins list and export, nobody else', async () => {
    for (const path of ['/v1/claims', '/v1/claims/export']) {
      for (const as of ['reviewer', 'editor', 'admin'] as Role[]) expect((await get(path, as)).status).toBe(200);
      expect((await get(path, 'intake')).status).toBe(403);
      expect((await stack.request('GET', path, { as: null })).status).toBe(401);
      expect((await stack.request('GET', path, { key: 'fdk_unknown' })).status).toBe(401);
    }
  });

  it('answers a bad filter value with a 400 naming it', async () => {
    const bad: [string, string][] = [
      ['status=bogus', 'status'],
      ['status=queued&status=nope', 'status'],
      ['attributionVerdict=maybe', 'attributionVerdict'],
      ['claimRating=sort-of', 'claimRating'],
      ['sourceId=42', 'sourceId'],
      ['viaId=x', 'viaId'],
      ['articleId=not-a-uuid', 'articleId'],
      ['assignee=bob', 'assignee'],
      ['priorityMin=-1', 'priorityMin'],
      ['priorityMax=101', 'priorityMax'],
      ['priorityMin=ten', 'priorityMin'],
      ['priorityMin=70&priorityMax=20', 'priorityMin'],
      ['overdue=yes', 'overdue'],
      ['suggestedDuplicate=1', 'suggestedDuplicate'],
      ['createdFrom=yesterday', 'createdFrom'],
      ['createdTo=2025-13-01', 'createdTo'],
      ['createdFrom=2025-02-01&createdTo=2025-01-01', 'createdFrom'],
      ['decidedFrom=2025-01-01T10:00', 'decidedFrom'],
      ['decidedTo=2025-01-01T10:00:00Zjunk', 'decidedTo'],
      ['q=%00', 'q'],
      [`q=${'a'.repeat(501)}`, 'q'],
      [`outlet=${'a'.repeat(201)}`, 'outlet'],
      ['sort=random', 'sort'],
      ['order=up', 'order'],
      ['limit=0', 'limit'],
      ['limit=201', 'limit'],
      ['limit=ten', 'limit'],
      ['colour=red', 'colour'],
    ];
    for (const [query, field] of bad) {
      for (const path of ['/v1/claims', '/v1/claims/export']) {
        if (path.endsWith('export') && query.startsWith('limit')) continue;
        const res = await get(`${path}?${query}`);
        expect({
          query,
          path,
          status: res.status,
          fields: res.body.details?.map((d: { field: string }) => d.field),
        }).toEqual({ query, path, status: 400, fields: expect.arrayContaining([field]) });
        expect(res.body).toMatchObject({
          statusCode: 400,
          error: 'Bad Request',
          message: expect.stringContaining(field),
        });
      }
    }
    expect((await get('/v1/claims/export?format=xml')).status).toBe(400);
    expect((await get('/v1/claims/export?cursor=abc')).status).toBe(400);
  });

  it('refuses a forged, edited, stale or foreign cursor with a 400, never a 500', async () => {
    const first = await get('/v1/claims?limit=2&sort=created');
    const cursor = first.body.nextCursor as string;
    expect(cursor).toEqual(expect.any(String));
    const decoded = JSON.parse(Buffer.from(cursor, 'base64url').toString()) as { v: number; q: string; k: string[] };
    const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
    const mine = await get('/v1/claims?limit=1&assignee=me', 'editor');
    const forged: [string, string][] = [
      ['garbage', 'not-a-cursor'],
      ['truncated', cursor.slice(0, -4)],
      ['edited key', encode({ ...decoded, k: ["2025-01-01'; DROP TABLE claims; --", decoded.k[1]] })],
      ['impossible date', encode({ ...decoded, k: ['2025-02-30T00:00:00.000000Z', decoded.k[1]] })],
      ['stale version', encode({ ...decoded, v: 0 })],
      ['other filters', `${cursor}&status=queued`],
      ['other order', `${cursor}&order=asc`],
    ];
    for (const [what, value] of forged) {
      const res = await get(`/v1/claims?limit=2&sort=created&cursor=${value}`);
      expect({ what, status: res.status, field: res.body.details?.[0]?.field }).toEqual({
        what,
        status: 400,
        field: 'cursor',
      });
    }
    expect(mine.body.nextCursor).toEqual(expect.any(String));
    const foreign = await get(`/v1/claims?limit=1&assignee=me&cursor=${mine.body.nextCursor}`, 'reviewer');
    expect(foreign.body.details).toEqual([{ field: 'cursor', errors: ['belongs to another query'] }]);
    const reordered = await get(`/v1/claims?sort=created&cursor=${cursor}&limit=2`);
    expect(reordered.status).toBe(200);
    expect(idsOf(reordered.body.items)).not.toEqual(idsOf(first.body.items));
  });

  it('shows a transition in the list at once, with decided time and verdict', async () => {
    const claim = state.urgent;
    const current = await get(`/v1/claims/${claim.id}`);
    const discarded = await fire(stack, 'editor', claim.id, 'discard', current.body.version, { reason: 'duplicate' });
    expect(discarded.status).toBe(200);
    const [row] = await listAll(`status=discarded&priorityMin=95`);
    expect(row).toMatchObject({ id: claim.id, status: 'discarded', decidedAt: expect.any(String) });
  });
});
