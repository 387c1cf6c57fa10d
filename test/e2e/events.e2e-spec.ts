import { Client } from 'pg';
import { articleBody } from '../support/articles';
import { queuedClaims, take } from '../support/review';
import { openSse, type ReceivedEvent, type SseClient } from '../support/sse';
import { type Stack, startStack } from '../support/stack';
import { waitFor } from '../support/wait-for';

describe('live events (SSE) on the real stack', () => {
  let stack: Stack;
  const streams: SseClient[] = [];
  const open = async (path: string, options: Parameters<typeof openSse>[1] = {}, baseUrl = stack.baseUrl) => {
    const client = await openSse(`${baseUrl}${path}`, { key: stack.keys.reviewer, ...options });
    streams.push(client);
    return client;
  };

  beforeAll(async () => {
    stack = await startStack({ env: { EVENTS_HEARTBEAT_SECONDS: '1', EVENTS_TOKEN_SECONDS: '2' } });
  });
  afterEach(() => streams.splice(0).forEach((stream) => stream.close()));
  afterAll(async () => {
    await stack?.stop();
  });

  it('delivers events the worker starts (extraction, triage) to a client of the api, with heartbeats', async () => {
    const stream = await open('/v1/events');
    expect(stream.status).toBe(200);
    const posted = await stack.request('POST', '/v1/articles', {
      as: 'intake',
      body: { outlet: 'Events Wire', body: articleBody(1) },
    });
    const articleId = posted.body.id as string;
    const extracted = await stream.waitForEvent(
      (event) => event.type === 'article.extracted' && event.data.articleId === articleId,
      'article.extracted',
    );
    expect(extracted.data).toMatchObject({ outlet: 'Events Wire', claims: expect.any(Number) });
    const queued = await stream.waitForEvent(
      (event) => event.type === 'claim.queued' && event.data.articleId === articleId,
      'claim.queued',
    );
    expect(queued.data).toMatchObject({
      claimId: expect.any(String),
      outlet: 'Events Wire',
      event: 'triage',
      from: 'new',
      to: 'queued',
      actorRole: 'system',
      priority: expect.any(Number),
    });
    expect(queued.id).toBeGreaterThan(extracted.id);
    await waitFor(async () => stream.comments.includes('heartbeat'), 'a heartbeat comment');
  });

  it('resumes with Last-Event-ID across a disconnect: every event once, none missed', async () => {
    const watcher = await open('/v1/events?types=claim.transitioned');
    const first = await open('/v1/events?types=claim.transitioned');
    const [a, b, c] = await queuedClaims(stack, 3, 'resume');
    expect((await take(stack, 'reviewer', a)).status).toBe(200);
    await first.waitForEvent((event) => event.data.claimId === a, 'the first transition');
    first.close();
    await first.ended;
    const lastSeen = first.lastId() as number;

    expect((await take(stack, 'reviewer', b)).status).toBe(200);
    expect((await take(stack, 'reviewer', c)).status).toBe(200);
    await watcher.waitForEvent((event) => event.data.claimId === c, 'the watcher sees the last transition');

    const resumed = await open('/v1/events?types=claim.transitioned', { lastEventId: lastSeen });
    await resumed.waitForEvent((event) => event.data.claimId === c, 'the resumed stream catches up');
    const [later] = await queuedClaims(stack, 1, 'resume-live');
    expect((await take(stack, 'editor', later)).status).toBe(200);
    const live = await resumed.waitForEvent((event) => event.data.claimId === later, 'a live event after the replay');
    await watcher.waitForEvent((event) => event.id === live.id, 'the watcher sees it too');

    const seen = [...first.events, ...resumed.events].map((event) => event.id).filter((id) => id <= live.id);
    expect(new Set(seen).size).toBe(seen.length);
    const watched = watcher.events.map((event) => event.id).filter((id) => id >= seen[0] && id <= live.id);
    expect(seen).toEqual(watched);
    expect(resumed.events.map((event) => event.data.claimId)).toEqual(expect.arrayContaining([b, c, later]));
    expect(resumed.events.every((event) => event.id > lastSeen)).toBe(true);
  });

  it('holds back events of transactions that commit after later ones, so a resume never skips them', async () => {
    const [early, late] = await queuedClaims(stack, 2, 'order');
    const stream = await open(`/v1/events?types=claim.transitioned`);
    const slow = new Client({ connectionString: stack.env.DATABASE_URL });
    await slow.connect();
    try {
      // The slow transaction takes its sequence number first and commits last: the classic trap.
      await slow.query('BEGIN');
      await slow.query(
        `INSERT INTO review_events (claim_id, event, from_status, to_status, actor_role, payload)
         VALUES ($1, 'note', 'queued', 'queued', 'system', '{}')`,
        [early],
      );
      expect((await take(stack, 'editor', late)).status).toBe(200);
      await waitFor(
        async () =>
          (await stack.db.query(`SELECT count(*)::int AS n FROM review_events WHERE claim_id = $1`, [late])).rows[0]
            .n >= 2,
        'the fast transition committed',
      );
      await slow.query('COMMIT');
    } finally {
      await slow.end();
    }
    const fast = await stream.waitForEvent((event) => event.data.claimId === late, 'the fast transition');
    const held = await stream.waitForEvent((event) => event.data.claimId === early, 'the slow one');
    expect(held.id).toBe(fast.id - 1);
    expect(held.receivedAt).toBeLessThanOrEqual(fast.receivedAt);

    const replay = await open('/v1/events?types=claim.transitioned', { lastEventId: held.id - 1 });
    const again = await replay.waitForEvent((event) => event.id === fast.id, 'the replay');
    expect(replay.events.slice(0, 2).map((event) => event.data.claimId)).toEqual([early, late]);
    expect(again.data.claimId).toBe(late);
  });

  it('reaches the clients of a second api process', async () => {
    const second = await stack.startSecondApi();
    const there = await open('/v1/events?types=claim.transitioned', {}, second.baseUrl);
    const [claim] = await queuedClaims(stack, 1, 'second-api');
    expect((await take(stack, 'admin', claim)).status).toBe(200);
    const event = await there.waitForEvent((received) => received.data.claimId === claim, 'event on the second api');
    expect(event.data).toMatchObject({ event: 'claim', from: 'queued', to: 'in_review', actorRole: 'admin' });
  });

  it('filters by type family, claim, article and outlet', async () => {
    const outletStream = await open('/v1/events?outlet=Filter%20Gazette&types=claim.*');
    const posted = await stack.request('POST', '/v1/articles', {
      as: 'intake',
      body: { outlet: 'Filter Gazette', body: articleBody(2) },
    });
    const articleId = posted.body.id as string;
    const articleStream = await open(`/v1/events?articleId=${articleId}`, { lastEventId: 0 });
    const queued = await outletStream.waitForEvent((event) => event.type === 'claim.queued', 'outlet claim.queued');
    const claimStream = await open(`/v1/events?claimId=${queued.data.claimId}`);
    const [other] = await queuedClaims(stack, 1, 'filter-other');
    // Takes spread over keys: each may hold REVIEW_MAX_LEASES claims in review.
    expect((await take(stack, 'admin', other)).status).toBe(200);
    expect((await take(stack, 'admin', queued.data.claimId)).status).toBe(200);
    await claimStream.waitForEvent((event) => event.data.event === 'claim', 'the claim stream');
    await articleStream.waitForEvent((event) => event.data.event === 'claim', 'the article stream');

    const only = (events: ReceivedEvent[], keep: (event: ReceivedEvent) => boolean) =>
      events.filter((event) => event.type !== 'stats.changed').every(keep);
    expect(
      only(outletStream.events, (event) => event.type.startsWith('claim.') && event.data.outlet === 'Filter Gazette'),
    ).toBe(true);
    expect(only(articleStream.events, (event) => event.data.articleId === articleId)).toBe(true);
    expect(articleStream.events.some((event) => event.type === 'article.extracted')).toBe(true);
    expect(only(claimStream.events, (event) => event.data.claimId === queued.data.claimId)).toBe(true);
    expect(outletStream.events.some((event) => event.data.claimId === other)).toBe(false);
  });

  it('opens a stream with a single-use token, refuses it again and after it expires', async () => {
    const issued = await stack.request('POST', '/v1/events/token', { as: 'editor' });
    expect(issued.status).toBe(201);
    expect(issued.body).toEqual({ token: expect.stringMatching(/^fdt_/), expiresAt: expect.any(String) });
    const withToken = await open(`/v1/events?token=${issued.body.token}`, { key: undefined });
    expect(withToken.status).toBe(200);
    const reused = await fetch(`${stack.baseUrl}/v1/events?token=${issued.body.token}`);
    expect(reused.status).toBe(401);
    expect(((await reused.json()) as { message: string }).message).toMatch(/stream token/);

    const stale = await stack.request('POST', '/v1/events/token', { as: 'reviewer' });
    await waitFor(async () => Date.now() > Date.parse(stale.body.expiresAt) + 200, 'the token to expire');
    expect((await fetch(`${stack.baseUrl}/v1/events?token=${stale.body.token}`)).status).toBe(401);
    expect((await stack.request('POST', '/v1/events/token', { as: 'intake' })).status).toBe(403);
    const intakeToken = await fetch(`${stack.baseUrl}/v1/events`, {
      headers: { authorization: `Bearer ${stack.keys.intake}` },
    });
    expect(intakeToken.status).toBe(403);
    expect((await fetch(`${stack.baseUrl}/v1/events`)).status).toBe(401);
  });

  it('answers bad filters and ids beyond the log with a 400', async () => {
    for (const query of ['types=claim.nonsense', 'claimId=42', 'lastEventId=abc', 'lastEventId=999999999']) {
      const res = await stack.request('GET', `/v1/events?${query}`, { as: 'reviewer' });
      expect(res.status).toBe(400);
      expect(res.body).toMatchObject({ statusCode: 400, error: 'Bad Request', message: expect.any(String) });
    }
    const header = await stack.request('GET', '/v1/events', { as: 'reviewer', headers: { 'last-event-id': '-1' } });
    expect(header.status).toBe(400);
  });

  it('documents the stream as text/event-stream, and the stats and token routes, with their roles', async () => {
    const { body: doc } = await stack.request('GET', '/docs/json', { as: null });
    const stream = doc.paths['/v1/events'].get;
    expect(Object.keys(stream.responses['200'].content)).toEqual(['text/event-stream']);
    for (const operation of [stream, doc.paths['/v1/events/token'].post, doc.paths['/v1/stats'].get]) {
      expect(operation.summary).toEqual(expect.any(String));
      expect(operation.description).toMatch(/\n\nRoles: reviewer, editor, admin/);
      expect(Object.keys(operation.responses)).toEqual(expect.arrayContaining(['401', '403']));
    }
  });
});
