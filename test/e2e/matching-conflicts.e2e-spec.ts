import { ingestArticle } from '../support/articles';
import { VERDICT, fire, take } from '../support/review';
import { type Stack, startStack } from '../support/stack';
import { waitFor } from '../support/wait-for';

interface ArticleClaim {
  id: string;
  source: string;
  sourceId: string;
  content: string;
  status: string;
  version: number;
  matchedClaim: { id: string } | null;
}

/** Issue 17: figures that differ are linked as conflicts, never joined; one article counts once; relays key sources. */
describe('matching: conflicts, reach, approved claims and the registry', () => {
  let stack: Stack;

  const ingest = (outlet: string, body: string): Promise<{ id: string; claims: ArticleClaim[] }> =>
    ingestArticle(stack, outlet, body);

  const detail = async (id: string) => (await stack.request('GET', `/v1/claims/${id}`, { as: 'reviewer' })).body;
  const only = (claims: ArticleClaim[], fragment: string) => {
    const found = claims.filter((claim) => claim.content.includes(fragment));
    expect(found).toHaveLength(1);
    return found[0];
  };

  beforeAll(async () => {
    stack = await startStack();
  });
  afterAll(async () => {
    await stack?.stop();
  });

  describe('200 against 300 armoured vehicles from one agency', () => {
    let first: ArticleClaim;
    let other: ArticleClaim;

    beforeAll(async () => {
      const levant = await ingest(
        'Levant Daily',
        'Saudi order for Turkish armour\nBEIRUT (Levant Daily) — Saudi Arabia has agreed to buy 200 armoured vehicles from Karatay Defence, the Turkish Defence Industry Agency said on Wednesday.',
      );
      const bosphorus = await ingest(
        'Bosphorus Wire',
        'Karatay wins Saudi order\nISTANBUL (Bosphorus Wire) — Saudi Arabia has agreed to buy 300 armoured vehicles from Karatay Defence, the Turkish Defence Industry Agency said, the largest export deal in its history.',
      );
      first = only(levant.claims, '200 armoured vehicles');
      other = only(bosphorus.claims, '300 armoured vehicles');
    });

    it('keeps the two apart: the second is its own claim, queued, not an appearance of the first', async () => {
      expect(other).toMatchObject({ status: 'queued', matchedClaim: null });
      expect((await detail(first.id)).appearances).toHaveLength(1);
    });

    it('shows the conflict, with both figures, in GET /v1/claims/:id of both claims', async () => {
      const [mine, theirs] = [await detail(first.id), await detail(other.id)];
      expect(mine.conflicts).toEqual([
        expect.objectContaining({ claimId: other.id, figures: ['200'], otherFigures: ['300'], status: 'open' }),
      ]);
      expect(theirs.conflicts).toEqual([
        expect.objectContaining({
          id: mine.conflicts[0].id,
          claimId: first.id,
          figures: ['300'],
          otherFigures: ['200'],
        }),
      ]);
    });

    it('records the conflict in the audit log of both claims', async () => {
      for (const [claim, otherClaim, figures] of [
        [first, other, ['200']],
        [other, first, ['300']],
      ] as const) {
        const history = (await stack.request('GET', `/v1/claims/${claim.id}/history`, { as: 'reviewer' })).body.events;
        expect(history).toContainEqual(
          expect.objectContaining({
            event: 'conflict',
            role: 'system',
            payload: expect.objectContaining({ with: otherClaim.id, figures }),
          }),
        );
      }
    });

    it('lets a reviewer settle it once, audited on both sides', async () => {
      const conflictId = (await detail(first.id)).conflicts[0].id;
      const path = `/v1/claims/${other.id}/conflicts/${conflictId}`;
      const body = { outcome: 'contradiction', note: 'The agency statement says 200.' };
      expect((await stack.request('POST', path, { as: 'intake', body })).status).toBe(403);
      expect((await stack.request('POST', path, { as: 'reviewer', body: { outcome: 'maybe' } })).status).toBe(400);
      const settled = await stack.request('POST', path, { as: 'reviewer', body });
      expect(settled.status).toBe(200);
      expect(settled.body).toMatchObject({
        id: conflictId,
        claimId: first.id,
        status: 'settled',
        outcome: 'contradiction',
      });
      const again = await stack.request('POST', path, { as: 'reviewer', body });
      expect(again.status).toBe(409);
      expect(again.body).toMatchObject({ statusCode: 409, message: expect.stringContaining('settled already') });
      const elsewhere = await stack.request('POST', `/v1/claims/${crypto.randomUUID()}/conflicts/${conflictId}`, {
        as: 'reviewer',
        body,
      });
      expect(elsewhere.status).toBe(404);
      for (const claim of [first, other]) {
        const history = (await stack.request('GET', `/v1/claims/${claim.id}/history`, { as: 'reviewer' })).body.events;
        expect(history.at(-1)).toMatchObject({ event: 'conflict_settled', role: 'reviewer' });
      }
    });
  });

  it('never lets 300 join a claim without figures that 200 already joined', async () => {
    const plain = await ingest(
      'Gulf Ledger',
      'Riyadh shops for armour\nLONDON (Gulf Ledger) — Qatar has agreed to buy armoured vehicles from Ostrava Works, the Czech defence ministry said on Tuesday.',
    );
    const some = await ingest(
      'Danube Observer',
      'Czech armour for Qatar\nBUDAPEST (Danube Observer) — Qatar has agreed to buy 200 armoured vehicles from Ostrava Works, the Czech defence ministry said.',
    );
    const more = await ingest(
      'Carpathian Post',
      'Qatar order\nCLUJ (Carpathian Post) — Qatar has agreed to buy 300 armoured vehicles from Ostrava Works, the Czech defence ministry said.',
    );
    const canonical = only(plain.claims, 'armoured vehicles');
    expect(only(some.claims, '200')).toMatchObject({ status: 'merged', matchedClaim: { id: canonical.id } });
    const late = only(more.claims, '300');
    expect(late).toMatchObject({ status: 'queued', matchedClaim: null });
    const view = await detail(canonical.id);
    expect(view.appearances.map((appearance: { originClaimId: string }) => appearance.originClaimId)).not.toContain(
      late.id,
    );
    expect(view.conflicts).toEqual([expect.objectContaining({ claimId: late.id, otherFigures: ['300'] })]);
  });

  it('counts a claim carried twice by one article (headline and lead) as reach 1', async () => {
    const article = await ingest(
      'Harbour Post',
      'Ankara to send Damascus 40 attack drones, Bloomberg says\nISTANBUL (Harbour Post) — Türkiye will send 40 attack drones to Syria before the summer, Bloomberg reported on Monday.',
    );
    // Claims of one batch are placed in id order: either may stand, the other joins it.
    const pair = [only(article.claims, 'Ankara to send'), only(article.claims, 'before the summer')];
    const standing = pair.find((claim) => claim.status === 'queued') as ArticleClaim;
    expect(pair.find((claim) => claim !== standing)).toMatchObject({
      status: 'merged',
      matchedClaim: { id: standing.id },
    });
    const view = await detail(standing.id);
    expect(view.appearances).toHaveLength(2);
    expect(view.reach).toBe(1);
    const again = await ingest(
      'Coastline News',
      'Drones for Syria\n(Coastline News) — Türkiye will send 40 attack drones to Syria before the summer, Bloomberg reported.',
    );
    expect(only(again.claims, 'attack drones')).toMatchObject({ matchedClaim: { id: standing.id } });
    expect((await detail(standing.id)).reach).toBe(2);
  });

  it('refuses to merge into an approved claim until an editor reopens it', async () => {
    const [verified, loose] = await Promise.all(
      ['the port handled 2.1 million containers last year', 'the port will add a third berth in 2027'].map(
        async (content) => {
          const created = await stack.request('POST', '/v1/claims', {
            as: 'intake',
            body: { source: 'Kenya Ports Authority', sourceType: 'organization', content },
          });
          return waitFor(async () => {
            const view = await detail(created.body.id);
            return view.status === 'queued' ? view : null;
          }, 'claim queued');
        },
      ),
    );
    const taken = await take(stack, 'reviewer', verified.id);
    await stack.request('POST', `/v1/claims/${verified.id}/evidence`, {
      as: 'reviewer',
      body: { kind: 'note', note: 'Annual report, page 4.' },
    });
    const submitted = await fire(stack, 'reviewer', verified.id, 'submit', taken.body.version, VERDICT);
    const approved = await fire(stack, 'editor', verified.id, 'approve', submitted.body.version);
    expect(approved.body.status).toBe('approved');

    const refused = await fire(stack, 'editor', loose.id, 'merge', loose.version, { into: verified.id });
    expect(refused.status).toBe(409);
    expect(refused.body.message).toContain('reopen');
    expect((await detail(loose.id)).status).toBe('queued');

    const reopened = await fire(stack, 'editor', verified.id, 'reopen', approved.body.version, { note: 'New figures' });
    expect(reopened.body.status).toBe('reopened');
    const merged = await fire(stack, 'editor', loose.id, 'merge', loose.version, { into: verified.id });
    expect(merged.status).toBe(200);
    expect(merged.body).toMatchObject({ status: 'merged', matchedClaim: { id: verified.id } });
  });

  it('keys anonymous sources by their relay, each relay showing its unnamed sources’ record', async () => {
    const article = await ingest(
      'Sahel Observer',
      'Drone plant planned\nNIAMEY (Sahel Observer) — According to sources cited by Bloomberg, the drones will be built by a state-owned company in Ankara.\nOfficials told Reuters that the first drones had already been tested near the border.\nPeople close to the project said the plant would employ 400 people.',
    );
    const sources = [
      only(article.claims, 'state-owned company'),
      only(article.claims, 'already been tested'),
      only(article.claims, 'employ 400'),
    ];
    expect(new Set(sources.map((claim) => claim.sourceId)).size).toBe(3);
    const names = await Promise.all(
      sources.map(
        async (claim) => (await stack.request('GET', `/v1/sources/${claim.sourceId}`, { as: 'reviewer' })).body,
      ),
    );
    expect(names.map((source) => [source.name, source.type])).toEqual([
      ['sources via Bloomberg', 'anonymous'],
      ['sources via Reuters', 'anonymous'],
      ['sources via Sahel Observer', 'anonymous'],
    ]);
    const page = await stack.request('GET', '/v1/sources?q=bloomberg&type=media', { as: 'reviewer' });
    const bloomberg = page.body.sources.find((source: { name: string }) => source.name === 'Bloomberg');
    const relay = (await stack.request('GET', `/v1/sources/${bloomberg.id}`, { as: 'reviewer' })).body;
    expect(relay.record.unnamedSources).toMatchObject({
      sourceId: sources[0].sourceId,
      name: 'sources via Bloomberg',
      claims: 1,
      risk: { risk: 0.2 },
    });
  });

  it('lets an editor rename and retype a source, audited, the old name kept as an alias', async () => {
    const article = await ingest(
      'Plains Herald',
      'Registry data\n(Plains Herald) — House prices rose 3.4 percent in the year to March, the Land Registery said.',
    );
    const { sourceId } = only(article.claims, '3.4 percent');
    const path = `/v1/sources/${sourceId}`;
    const before = (await stack.request('GET', path, { as: 'reviewer' })).body;
    expect(before).toMatchObject({ name: 'Land Registery', history: [] });
    const nothing = await stack.request('PATCH', path, { as: 'editor', body: {} });
    expect(nothing.status).toBe(400);
    expect(nothing.body.message).toBe('give at least one of name, type and notes to change');
    expect((await stack.request('PATCH', path, { as: 'reviewer', body: { name: 'HM Land Registry' } })).status).toBe(
      403,
    );

    const renamed = await stack.request('PATCH', path, {
      as: 'editor',
      body: { name: 'HM Land Registry', type: 'organization' },
    });
    expect(renamed.status).toBe(200);
    expect(renamed.body).toMatchObject({ name: 'HM Land Registry', key: 'hm land registry', type: 'organization' });
    expect(renamed.body.aliases.map((alias: { aliasKey: string }) => alias.aliasKey)).toContain('land registery');
    expect(
      renamed.body.history.map((event: { event: string; payload: object }) => [event.event, event.payload]),
    ).toEqual([
      ['renamed', expect.objectContaining({ from: 'Land Registery', to: 'HM Land Registry' })],
      ...(before.type === 'organization' ? [] : [['retyped', { from: before.type, to: 'organization' }]]),
    ]);
    expect(renamed.body.history[0]).toMatchObject({ role: 'editor', actor: expect.any(String) });

    const other = await ingest(
      'Capital Monitor',
      'Rents\n(Capital Monitor) — Rents rose 6 percent, the Office for National Statistics said.',
    );
    const taken = await stack.request('PATCH', `/v1/sources/${only(other.claims, 'Rents rose').sourceId}`, {
      as: 'editor',
      body: { name: 'HM Land Registry', type: 'organization' },
    });
    expect(taken.status).toBe(409);
    expect(taken.body.message).toContain('alias');
  });
});
