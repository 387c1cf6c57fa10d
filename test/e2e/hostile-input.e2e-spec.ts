import { VERDICT, queuedClaims, take } from '../support/review';
import { type Stack, startStack } from '../support/stack';

const SOME_ID = '00000000-0000-4000-8000-000000000000';
const NUL = 'a\u0000b';
const LONE_SURROGATE = 'a\ud800b';

/** About 50 KB of JSON nested 5,000 levels deep: under the body limit, far past any DTO. */
const DEEP_BODY = '{"a":'.repeat(5_000) + '1' + '}'.repeat(5_000);

describe('hostile input gets a clear 400, never a 500, and changes nothing', () => {
  let stack: Stack;
  let claimId: string;
  let version: number;

  beforeAll(async () => {
    stack = await startStack();
    [claimId] = await queuedClaims(stack, 1, 'hostile');
    const taken = await take(stack, 'reviewer', claimId);
    expect(taken.status).toBe(200);
    version = taken.body.version;
  });
  afterAll(async () => {
    await stack?.stop();
  });

  const rowCounts = async () =>
    (
      await stack.db
        .query(`SELECT (SELECT count(*) FROM articles)::int AS articles, (SELECT count(*) FROM claims)::int AS claims,
        (SELECT count(*) FROM evidence)::int AS evidence, (SELECT count(*) FROM review_events)::int AS events,
        (SELECT count(*) FROM source_aliases)::int AS aliases, (SELECT max(version) FROM claims)::int AS version`)
    ).rows[0];

  it('refuses a body nested 5,000 levels deep on every route that takes a body (read from the OpenAPI document)', async () => {
    const spec = await stack.request('GET', '/docs/json', { as: null });
    const bodyRoutes = Object.entries(
      spec.body.paths as Record<string, Record<string, { requestBody?: unknown }>>,
    ).flatMap(([path, operations]) =>
      Object.entries(operations)
        .filter(([, operation]) => operation.requestBody)
        .map(([method]) => [method.toUpperCase(), path.replace(/\{[^}]+\}/g, SOME_ID)] as const),
    );
    expect(bodyRoutes.length).toBeGreaterThanOrEqual(7);
    expect(DEEP_BODY.length).toBeGreaterThan(25_000);
    const before = await rowCounts();
    for (const [method, path] of bodyRoutes) {
      const res = await stack.request(method, path, {
        as: 'admin',
        rawBody: DEEP_BODY,
        headers: { 'content-type': 'application/json' },
      });
      expect({ route: `${method} ${path}`, status: res.status, details: res.body.details }).toEqual({
        route: `${method} ${path}`,
        status: 400,
        details: [{ field: '(body)', errors: ['must not nest deeper than 32 levels'] }],
      });
    }
    expect(await rowCounts()).toEqual(before);
  });

  const article = { outlet: 'MNTV', body: 'The minister said on Monday that exports rose.' };
  const claim = { source: 'Reuters', content: 'Exports rose 5 percent' };
  const transition = (payload: object, event = 'submit') => ({ event, expectedVersion: 0, payload });

  it.each([
    ['POST', '/v1/articles', { ...article, outlet: NUL }, 'outlet'],
    ['POST', '/v1/articles', { ...article, headline: NUL }, 'headline'],
    ['POST', '/v1/articles', { ...article, body: `The minister said ${NUL}` }, 'body'],
    ['POST', '/v1/claims', { ...claim, source: NUL }, 'source'],
    ['POST', '/v1/claims', { ...claim, via: NUL }, 'via'],
    ['POST', '/v1/claims', { ...claim, content: NUL }, 'content'],
    ['POST', '/v1/claims', { ...claim, note: NUL }, 'note'],
    ['POST', 'evidence', { kind: 'note', note: NUL }, 'note'],
    ['POST', 'evidence', { kind: 'note', note: 'n', title: NUL }, 'title'],
    ['POST', 'transitions', transition({ ...VERDICT, attributionNote: NUL }), 'payload.attributionNote'],
    ['POST', 'transitions', transition({ reason: NUL }, 'hold'), 'payload.reason'],
    ['POST', 'transitions', transition({ [NUL]: 1 }, 'hold'), 'payload'],
    ['POST', '/v1/claims/bulk', { action: 'discard', reason: NUL, ids: [SOME_ID] }, 'reason'],
    ['POST', `/v1/sources/${SOME_ID}/aliases`, { alias: NUL }, 'alias'],
    ['PATCH', `/v1/sources/${SOME_ID}`, { notes: NUL }, 'notes'],
  ])('%s %s with a NUL byte in %j names %s', async (method, route, body, field) => {
    const path = route.startsWith('/') ? route : `/v1/claims/${claimId}/${route}`;
    const before = await rowCounts();
    const res = await stack.request(method, path, {
      as: 'admin',
      body: route === 'transitions' ? { ...body, expectedVersion: version } : body,
    });
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({
      message: expect.stringMatching(new RegExp(`^${field} (field names )?must not contain the NUL character$`)),
      details: [{ field }],
    });
    expect(await rowCounts()).toEqual(before);
  });

  it('refuses a NUL in a query string, naming the parameter', async () => {
    const res = await stack.request('GET', `/v1/sources?q=${encodeURIComponent(NUL)}`, { as: 'reviewer' });
    expect(res.status).toBe(400);
    expect(res.body.details).toEqual([{ field: 'q', errors: ['must not contain the NUL character'] }]);
  });

  it.each([
    ['a verdict note (stored as jsonb)', { ...VERDICT, ratingNote: LONE_SURROGATE }, 'submit', 'payload.ratingNote'],
    ['a hold reason (in the audit payload)', { reason: LONE_SURROGATE }, 'hold', 'payload.reason'],
  ])('refuses a lone surrogate in %s', async (_label, payload, event, field) => {
    const before = await rowCounts();
    const res = await stack.request('POST', `/v1/claims/${claimId}/transitions`, {
      as: 'reviewer',
      body: { event, expectedVersion: version, payload },
    });
    expect(res.status).toBe(400);
    expect(res.body.details).toEqual([{ field, errors: ['must be well-formed Unicode (it holds a lone surrogate)'] }]);
    expect(await rowCounts()).toEqual(before);
  });

  it('still accepts ordinary text with emoji and brackets', async () => {
    const res = await stack.request('POST', `/v1/claims/${claimId}/evidence`, {
      as: 'reviewer',
      body: { kind: 'note', note: 'Ministry [1] said {yes} 👍 — «on record»' },
    });
    expect(res.status).toBe(201);
  });
});
