import type { SourceListItem as ListedSource } from '../../libs/desk/src/sources/source-view';
import { waitForArticle } from '../support/articles';
import type { HttpResult } from '../support/http';
import { VERDICT, fire, take } from '../support/review';
import { type Role, type Stack, startStack } from '../support/stack';

describe('source registry through the HTTP API', () => {
  let stack: Stack;

  beforeAll(async () => {
    stack = await startStack();
  });
  afterAll(async () => {
    await stack?.stop();
  });

  /** Posts an article and waits until its claims are extracted and queued. */
  async function article(
    body: string,
  ): Promise<{ id: string; claims: { id: string; source: string; content: string }[] }> {
    const posted = await stack.request('POST', '/v1/articles', { as: 'intake', body: { outlet: 'Desk Wire', body } });
    expect(posted.status).toBe(202);
    return waitForArticle(stack, posted.body.id);
  }

  async function search(query: string, as: Role = 'reviewer'): Promise<ListedSource[]> {
    const res = await stack.request('GET', `/v1/sources?${query}`, { as });
    expect(res.status).toBe(200);
    return res.body.sources;
  }

  async function sourceNamed(name: string): Promise<ListedSource> {
    const found = (await search(`q=${encodeURIComponent(name)}&limit=100`)).find((source) => source.name === name);
    if (!found) throw new Error(`no source named ${name}`);
    return found;
  }

  it('finds sources whatever the case and diacritics, filters by type and pages with a stable cursor', async () => {
    await article(
      [
        "Türkiye's Health Ministry said on Monday that 40 new hospitals would open by the end of the year.",
        'Health Minister Kemal Öztürk told reporters that 12,000 nurses had been hired since January.',
        'Öztürk wrote on X that waiting lists in Ankara had fallen by a third.',
      ].join('\n'),
    );

    const [ozturk] = await search('q=ozturk');
    expect(ozturk).toMatchObject({ name: 'Kemal Öztürk', type: 'person', claimCount: 2, relayCount: 0, aliases: [] });
    expect((await search(`q=${encodeURIComponent('ÖZTÜRK')}`)).map((s) => s.id)).toEqual([ozturk.id]);
    expect((await search(`q=${encodeURIComponent('turkiye health')}`)).map((s) => s.name)).toEqual([
      "Türkiye's Health Ministry",
    ]);
    expect(await search('q=zzqxv')).toEqual([]);
    expect(await search(`q=${encodeURIComponent('%_')}`)).toEqual([]);

    const social = await search('type=social');
    expect(social.every((source) => source.type === 'social')).toBe(true);
    expect(social).toContainEqual(expect.objectContaining({ name: 'X', claimCount: 0, relayCount: 1 }));
    expect(await search('type=person&q=ministry')).toEqual([]);

    const everything = (await search('limit=100')).map((source) => source.id);
    expect(everything.length).toBeGreaterThanOrEqual(3);
    const paged: string[] = [];
    let cursor: string | null = null;
    do {
      const res: HttpResult = await stack.request('GET', `/v1/sources?limit=1${cursor ? `&cursor=${cursor}` : ''}`, {
        as: 'editor',
      });
      expect(res.status).toBe(200);
      expect(res.body.sources.length).toBeLessThanOrEqual(1);
      paged.push(...res.body.sources.map((source: ListedSource) => source.id));
      cursor = res.body.nextCursor;
    } while (cursor);
    expect(paged).toEqual(everything);

    for (const bad of [
      'cursor=nonsense',
      'limit=0',
      'limit=101',
      'limit=ten',
      'type=planet',
      'colour=red',
      `q=${'x'.repeat(201)}`,
      'q=a%00b',
    ]) {
      const res = await stack.request('GET', `/v1/sources?${bad}`, { as: 'reviewer' });
      expect([bad, res.status]).toEqual([bad, 400]);
      expect(res.body).toMatchObject({ statusCode: 400, error: 'Bad Request', message: expect.any(String) });
    }
  });

  it('shows published verdicts in the track record of the source and of its relay', async () => {
    const { claims } = await article(
      [
        'Finance Minister Lina Haddad told Reuters that the budget deficit would narrow to 3 percent next year.',
        'Port operator Meridian Logistics said on its Facebook page that container traffic at Aqaba rose by 9 percent.',
      ].join('\n'),
    );
    const claim = claims.find((c) => c.source === 'Lina Haddad');
    if (!claim) throw new Error(`no Haddad claim in ${JSON.stringify(claims)}`);
    const haddad = await sourceNamed('Lina Haddad');
    const reuters = await sourceNamed('Reuters');
    expect(reuters).toMatchObject({ type: 'media', relayCount: 1 });

    const before = await stack.request('GET', `/v1/sources/${haddad.id}`, { as: 'reviewer' });
    expect(before.status).toBe(200);
    expect(before.body.record.asSource).toMatchObject({ claims: 1, approved: 0, risk: { risk: 0.2, decided: 0 } });
    expect(before.body.claims).toEqual([
      expect.objectContaining({ id: claim.id, via: 'Reuters', verdict: null, status: 'queued' }),
    ]);

    const taken = await take(stack, 'reviewer', claim.id);
    expect(taken.body).toMatchObject({ status: 'in_review' });
    const evidence = await stack.request('POST', `/v1/claims/${claim.id}/evidence`, {
      as: 'reviewer',
      body: { kind: 'url', url: 'https://example.com/haddad-interview', note: 'The interview says so.' },
    });
    expect(evidence.status).toBe(201);
    const submitted = await fire(stack, 'reviewer', claim.id, 'submit', taken.body.version, VERDICT);
    expect(submitted.body).toMatchObject({ status: 'awaiting_approval' });
    const pending = await stack.request('GET', `/v1/sources/${haddad.id}`, { as: 'reviewer' });
    expect(pending.body.record.asSource.approved).toBe(0);
    expect((await fire(stack, 'editor', claim.id, 'approve', submitted.body.version)).body).toMatchObject({
      status: 'approved',
    });

    const after = await stack.request('GET', `/v1/sources/${haddad.id}`, { as: 'reviewer' });
    expect(after.body).toMatchObject({
      id: haddad.id,
      name: 'Lina Haddad',
      key: 'lina haddad',
      type: 'person',
      notes: null,
      aliases: [],
      relayed: [],
    });
    expect(after.body.record.asSource).toMatchObject({
      claims: 1,
      approved: 1,
      attribution: { confirmed: 1, misattributed: 0, distorted: 0, unverifiable: 0 },
      rating: { true: 0, mostly_true: 0, mixed: 0, misleading: 0, false: 0, unproven: 1 },
      risk: { risk: 0.16, decided: 1, note: expect.stringContaining('1 confirmed') },
    });
    expect(after.body.record.asRelay).toMatchObject({ claims: 0, approved: 0 });
    expect(after.body.claims[0]).toMatchObject({
      id: claim.id,
      status: 'approved',
      verdict: { attributionVerdict: 'confirmed', claimRating: 'unproven' },
      reach: 1,
      articleId: expect.any(String),
    });

    const relay = await stack.request('GET', `/v1/sources/${reuters.id}`, { as: 'editor' });
    expect(relay.body.record.asRelay).toMatchObject({
      claims: 1,
      approved: 1,
      attribution: { confirmed: 1 },
      rating: { unproven: 1 },
    });
    expect(relay.body.record.asSource).toMatchObject({ claims: 0, approved: 0 });
    expect(relay.body.relayed).toEqual([
      expect.objectContaining({ id: claim.id, source: 'Lina Haddad', status: 'approved' }),
    ]);
    expect(relay.body.claims).toEqual([]);
  });

  it('folds "Bloomberg News" into "Bloomberg" when an editor adds the alias, and routes later claims there', async () => {
    await article('Grain exports from the port of Odesa fell 18 percent in March, Bloomberg reported on Tuesday.');
    await article('Copper smelters in Chile cut output by a quarter after the drought, Bloomberg News reported.');
    const bloomberg = await sourceNamed('Bloomberg');
    const bloombergNews = await sourceNamed('Bloomberg News');
    expect(bloombergNews.id).not.toBe(bloomberg.id);
    const noted = await stack.request('PATCH', `/v1/sources/${bloombergNews.id}`, {
      as: 'editor',
      body: { notes: 'The wire arm.' },
    });
    expect(noted.status).toBe(200);

    const added = await stack.request('POST', `/v1/sources/${bloomberg.id}/aliases`, {
      as: 'editor',
      body: { alias: ' Bloomberg News ' },
    });
    expect(added.status).toBe(201);
    expect(added.body).toMatchObject({
      id: expect.any(String),
      alias: 'Bloomberg News',
      aliasKey: 'bloomberg news',
      sourceId: bloomberg.id,
      createdBy: expect.any(String),
      folded: [{ id: bloombergNews.id, name: 'Bloomberg News', type: 'media' }],
      movedClaims: 1,
    });
    expect((await stack.request('GET', `/v1/sources/${bloombergNews.id}`, { as: 'reviewer' })).status).toBe(404);
    const merged = await stack.request('GET', `/v1/sources/${bloomberg.id}`, { as: 'reviewer' });
    expect(merged.body.claims.map((c: { source: string }) => c.source).sort()).toEqual(['Bloomberg', 'Bloomberg News']);
    expect(merged.body.aliases).toEqual([expect.objectContaining({ id: added.body.id, alias: 'Bloomberg News' })]);
    expect(merged.body.notes).toBe('[from Bloomberg News, media] The wire arm.');
    expect(await search('q=bloomberg')).toEqual([
      expect.objectContaining({ id: bloomberg.id, claimCount: 2, aliases: ['Bloomberg News'] }),
    ]);

    await article('Brazilian soybean shipments reached a record 15 million tonnes in April, Bloomberg News reported.');
    expect(await search('q=bloomberg')).toEqual([expect.objectContaining({ id: bloomberg.id, claimCount: 3 })]);

    const again = await stack.request('POST', `/v1/sources/${bloomberg.id}/aliases`, {
      as: 'editor',
      body: { alias: 'bloomberg news' },
    });
    expect(again.status).toBe(409);
    const own = await stack.request('POST', `/v1/sources/${bloomberg.id}/aliases`, {
      as: 'editor',
      body: { alias: 'BLOOMBERG' },
    });
    expect(own).toMatchObject({ status: 409, body: { message: expect.stringContaining('own name') } });
    const other = await sourceNamed('Lina Haddad');
    const taken = await stack.request('POST', `/v1/sources/${other.id}/aliases`, {
      as: 'editor',
      body: { alias: 'Bloomberg News' },
    });
    expect(taken).toMatchObject({
      status: 409,
      body: { message: expect.stringContaining('already an alias of Bloomberg'), details: { aliasOf: bloomberg.id } },
    });
    for (const body of [
      {},
      { alias: '' },
      { alias: '   ' },
      { alias: 'x'.repeat(301) },
      { alias: 7 },
      { alias: 'B\u0000N' },
      { alias: 'BN', extra: true },
    ]) {
      const res = await stack.request('POST', `/v1/sources/${bloomberg.id}/aliases`, { as: 'editor', body });
      expect([body, res.status]).toEqual([body, 400]);
    }

    const removed = await stack.request('DELETE', `/v1/sources/${bloomberg.id}/aliases/${added.body.id}`, {
      as: 'editor',
    });
    expect(removed.status).toBe(204);
    expect(
      (await stack.request('DELETE', `/v1/sources/${bloomberg.id}/aliases/${added.body.id}`, { as: 'editor' })).status,
    ).toBe(404);
    await article('Japanese carmakers shipped 7 percent fewer vehicles to Europe in May, Bloomberg News reported.');
    const split = await search('q=bloomberg');
    expect(split).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ id: bloomberg.id, claimCount: 3, aliases: [] }),
        expect.objectContaining({ name: 'Bloomberg News', claimCount: 1 }),
      ]),
    );
  });

  it('lets editors keep notes on a source', async () => {
    const { id } = await sourceNamed('Kemal Öztürk');
    const noted = await stack.request('PATCH', `/v1/sources/${id}`, {
      as: 'editor',
      body: { notes: 'Spokesman until 2024.' },
    });
    expect(noted).toMatchObject({
      status: 200,
      body: { id, notes: 'Spokesman until 2024.', record: { asSource: { claims: 2 } } },
    });
    const cleared = await stack.request('PATCH', `/v1/sources/${id}`, { as: 'admin', body: { notes: null } });
    expect(cleared.body.notes).toBeNull();
    for (const body of [
      {},
      { notes: 'x'.repeat(10_001) },
      { notes: 5 },
      { notes: 'ok', type: 'planet' },
      { name: ' ' },
    ]) {
      expect((await stack.request('PATCH', `/v1/sources/${id}`, { as: 'editor', body })).status).toBe(400);
    }
  });

  it('answers unknown and malformed ids with the standard 404', async () => {
    const unknown = '00000000-0000-4000-8000-000000000000';
    for (const [method, path, body] of [
      ['GET', `/v1/sources/${unknown}`, undefined],
      ['PATCH', `/v1/sources/${unknown}`, { notes: 'x' }],
      ['POST', `/v1/sources/${unknown}/aliases`, { alias: 'Nobody' }],
      ['DELETE', `/v1/sources/${unknown}/aliases/${unknown}`, undefined],
      ['GET', '/v1/sources/not-a-uuid', undefined],
    ] as [string, string, object | undefined][]) {
      const res = await stack.request(method, path, { as: 'editor', body });
      expect([path, res.status]).toEqual([path, 404]);
      expect(res.body).toMatchObject({ statusCode: 404, error: 'Not Found', message: expect.any(String) });
      expect(Object.keys(res.body).sort()).toEqual(['details', 'error', 'message', 'statusCode']);
    }
  });

  describe('every source route checks credentials and roles', () => {
    const id = '00000000-0000-4000-8000-000000000001';
    const routes: [string, string, Role[]][] = [
      ['GET', '/v1/sources', ['reviewer', 'editor', 'admin']],
      ['GET', `/v1/sources/${id}`, ['reviewer', 'editor', 'admin']],
      ['PATCH', `/v1/sources/${id}`, ['editor', 'admin']],
      ['POST', `/v1/sources/${id}/aliases`, ['editor', 'admin']],
      ['DELETE', `/v1/sources/${id}/aliases/${id}`, ['editor', 'admin']],
    ];

    it.each(routes)('%s %s', async (method, path, allowed) => {
      expect((await stack.request(method, path, { as: null, body: {} })).status).toBe(401);
      for (const role of ['intake', 'reviewer', 'editor', 'admin'] as Role[]) {
        const res = await stack.request(method, path, { as: role, body: { notes: 'x', alias: 'y' } });
        if (allowed.includes(role)) expect(res.status).not.toBe(403);
        else expect(res.status).toBe(403);
      }
    });
  });
});
