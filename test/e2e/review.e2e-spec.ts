import { SEED_ARTICLE, waitForArticle } from '../support/articles';
import { VERDICT, fire, queuedClaims, take } from '../support/review';
import { type Role, type Stack, startStack } from '../support/stack';
import { waitFor } from '../support/wait-for';

describe('review workflow through the HTTP API', () => {
  let stack: Stack;

  beforeAll(async () => {
    stack = await startStack();
  });
  afterAll(async () => {
    await stack?.stop();
  });

  it('takes every claim of the seed article to approved, and the history shows each step', async () => {
    const posted = await stack.request('POST', '/v1/articles', {
      as: 'intake',
      body: { outlet: 'MNTV', body: SEED_ARTICLE },
    });
    const article = await waitForArticle(stack, posted.body.id);
    const seedClaims = new Set<string>(article.claims.map((c: { id: string }) => c.id));

    for (let handled = 0; handled < seedClaims.size; handled += 1) {
      const next = await stack.request('POST', '/v1/review/next', { as: 'reviewer' });
      expect(next.status).toBe(200);
      const claim = next.body.claim;
      expect(seedClaims.has(claim.id)).toBe(true);
      expect(claim).toMatchObject({
        status: 'in_review',
        version: expect.any(Number),
        leaseExpiresAt: expect.any(String),
      });

      const noEvidence = await fire(stack, 'reviewer', claim.id, 'submit', claim.version, VERDICT);
      expect(noEvidence.status).toBe(409);
      expect(noEvidence.body.details.code).toBe('missing_evidence');

      const evidence = await stack.request('POST', `/v1/claims/${claim.id}/evidence`, {
        as: 'reviewer',
        body: {
          kind: 'url',
          url: 'https://example.com/original-report',
          title: 'Original report',
          note: 'Says what the article says.',
        },
      });
      expect(evidence.status).toBe(201);

      const missingRating = await fire(stack, 'reviewer', claim.id, 'submit', claim.version, {
        ...VERDICT,
        claimRating: undefined,
      });
      expect(missingRating.status).toBe(400);

      const submitted = await fire(stack, 'reviewer', claim.id, 'submit', claim.version, VERDICT);
      expect(submitted.status).toBe(200);
      expect(submitted.body).toMatchObject({ status: 'awaiting_approval', version: claim.version + 1 });

      const selfApproval = await fire(stack, 'reviewer', claim.id, 'approve', submitted.body.version);
      expect(selfApproval.status).toBe(403);

      const approved = await fire(stack, 'editor', claim.id, 'approve', submitted.body.version);
      expect(approved.status).toBe(200);
      expect(approved.body).toMatchObject({ status: 'approved', verdict: VERDICT });
    }
    expect((await stack.request('POST', '/v1/review/next', { as: 'reviewer' })).status).toBe(204);

    const [first] = seedClaims;
    const detail = await stack.request('GET', `/v1/claims/${first}`, { as: 'editor' });
    expect(detail.status).toBe(200);
    expect(detail.body).toMatchObject({
      status: 'approved',
      verdict: VERDICT,
      article: { id: posted.body.id, outlet: 'MNTV' },
    });
    expect(
      detail.body.article.paragraph.slice(detail.body.article.highlightStart, detail.body.article.highlightEnd),
    ).toBe(detail.body.content);
    expect(detail.body.evidence).toHaveLength(1);

    const history = await stack.request('GET', `/v1/claims/${first}/history`, { as: 'editor' });
    expect(history.body.events.map((e: { event: string }) => e.event)).toEqual([
      'triage',
      'claim',
      'evidence_added',
      'submit',
      'approve',
    ]);
    expect(history.body.events.map((e: { to: string }) => e.to)).toEqual([
      'queued',
      'in_review',
      'in_review',
      'awaiting_approval',
      'approved',
    ]);
    expect(history.body.events[4]).toMatchObject({
      role: 'editor',
      from: 'awaiting_approval',
      actor: expect.any(String),
      at: expect.any(String),
    });
  });

  it('refuses a stale expectedVersion and lets exactly one of two racing transitions win', async () => {
    const [id] = await queuedClaims(stack, 1, 'race');
    const taken = await take(stack, 'reviewer', id);
    expect(taken.body).toMatchObject({ id, status: 'in_review' });
    const stale = await fire(stack, 'reviewer', id, 'release', taken.body.version - 1);
    expect(stale.status).toBe(409);
    expect(stale.body.details).toMatchObject({ currentVersion: taken.body.version });
    const version = taken.body.version;

    const [release, hold] = await Promise.all([
      fire(stack, 'reviewer', id, 'release', version),
      fire(stack, 'reviewer', id, 'hold', version, { reason: 'waiting for the ministry' }),
    ]);
    expect([release.status, hold.status].sort()).toEqual([200, 409]);
    const loser = release.status === 409 ? release : hold;
    expect(loser.body.message).toMatch(/version/);
  });

  it('keeps evidence owned: only its author deletes it, and not after approval', async () => {
    const [id] = await queuedClaims(stack, 1, 'evidence');
    expect((await take(stack, 'reviewer', id)).body).toMatchObject({ id, status: 'in_review' });
    const added = await stack.request('POST', `/v1/claims/${id}/evidence`, {
      as: 'reviewer',
      body: { kind: 'note', note: 'Called the ministry.' },
    });
    expect((await stack.request('DELETE', `/v1/claims/${id}/evidence/${added.body.id}`, { as: 'editor' })).status).toBe(
      403,
    );
    expect(
      (await stack.request('DELETE', `/v1/claims/${id}/evidence/${added.body.id}`, { as: 'reviewer' })).status,
    ).toBe(204);
    const listed = await stack.request('GET', `/v1/claims/${id}/evidence`, { as: 'reviewer' });
    expect(listed.body.evidence).toEqual([]);
    const badKind = await stack.request('POST', `/v1/claims/${id}/evidence`, {
      as: 'reviewer',
      body: { kind: 'url', note: 'no url' },
    });
    expect(badKind.status).toBe(400);
  });

  it('runs bulk actions for editors, reporting each result', async () => {
    const ids = await queuedClaims(stack, 3, 'bulk');
    const unknown = '00000000-0000-4000-8000-000000000000';
    const priority = await stack.request('POST', '/v1/claims/bulk', {
      as: 'editor',
      body: { action: 'priority', priority: 99, ids: [...ids, unknown] },
    });
    expect(priority.status).toBe(200);
    expect(priority.body.results.filter((r: { ok: boolean }) => r.ok)).toHaveLength(3);
    expect(priority.body.results.find((r: { id: string }) => r.id === unknown)).toMatchObject({
      ok: false,
      error: { statusCode: 404 },
    });

    const discarded = await stack.request('POST', '/v1/claims/bulk', {
      as: 'editor',
      body: { action: 'discard', reason: 'duplicate', ids },
    });
    expect(discarded.body.results.map((r: { status: string }) => r.status)).toEqual([
      'discarded',
      'discarded',
      'discarded',
    ]);
    expect(
      (
        await stack.request('POST', '/v1/claims/bulk', {
          as: 'reviewer',
          body: { action: 'discard', reason: 'x', ids },
        })
      ).status,
    ).toBe(403);
    expect(
      (await stack.request('POST', '/v1/claims/bulk', { as: 'editor', body: { action: 'discard', ids } })).status,
    ).toBe(400);
  });

  it('hands a reviewer their own list first: claims an editor assigned to them, then claims returned to them', async () => {
    const {
      rows: [reviewerKey],
    } = await stack.db.query(`SELECT id FROM api_keys WHERE role = 'reviewer' LIMIT 1`);
    const [assigned, urgent] = await queuedClaims(stack, 2, 'own-list');
    await stack.request('POST', '/v1/claims/bulk', {
      as: 'editor',
      body: { action: 'priority', priority: 100, ids: [urgent] },
    });
    const assign = await stack.request('POST', '/v1/claims/bulk', {
      as: 'editor',
      body: { action: 'assign', assigneeId: reviewerKey.id, ids: [assigned] },
    });
    expect(assign.body.results).toEqual([expect.objectContaining({ id: assigned, ok: true, status: 'returned' })]);

    const first = await stack.request('POST', '/v1/review/next', { as: 'reviewer' });
    expect(first.body.claim).toMatchObject({ id: assigned, status: 'in_review' });
    const escalated = await fire(stack, 'reviewer', assigned, 'escalate', first.body.claim.version, {
      reason: 'legal question',
    });
    const returned = await fire(stack, 'editor', assigned, 'return', escalated.body.version, {
      note: 'your call, it is fine legally',
    });
    expect(returned.body).toMatchObject({ status: 'returned' });

    const again = await stack.request('POST', '/v1/review/next', { as: 'reviewer' });
    expect(again.body.claim).toMatchObject({ id: assigned, status: 'in_review' });
    const pool = await stack.request('POST', '/v1/review/next', { as: 'reviewer' });
    expect(pool.body.claim).toMatchObject({ id: urgent, status: 'in_review' });
  });

  it('serves the machine as data', async () => {
    const machine = await stack.request('GET', '/v1/review/machine', { as: 'reviewer' });
    expect(machine.status).toBe(200);
    expect(JSON.stringify(machine.body)).toContain('awaiting_approval');
  });

  describe('every review route checks credentials and roles', () => {
    const id = '00000000-0000-4000-8000-000000000001';
    const routes: [string, string, Role[]][] = [
      ['POST', '/v1/review/next', ['reviewer', 'editor', 'admin']],
      ['GET', '/v1/review/machine', ['intake', 'reviewer', 'editor', 'admin']],
      ['POST', `/v1/claims/${id}/transitions`, ['reviewer', 'editor', 'admin']],
      ['POST', `/v1/claims/${id}/lease`, ['reviewer', 'editor', 'admin']],
      ['POST', `/v1/claims/${id}/evidence`, ['reviewer', 'editor', 'admin']],
      ['GET', `/v1/claims/${id}/evidence`, ['reviewer', 'editor', 'admin']],
      ['DELETE', `/v1/claims/${id}/evidence/${id}`, ['reviewer', 'editor', 'admin']],
      ['GET', `/v1/claims/${id}/history`, ['intake', 'reviewer', 'editor', 'admin']],
      ['POST', '/v1/claims/bulk', ['editor', 'admin']],
    ];

    it.each(routes)('%s %s', async (method, path, allowed) => {
      expect((await stack.request(method, path, { as: null, body: {} })).status).toBe(401);
      for (const role of ['intake', 'reviewer', 'editor', 'admin'] as Role[]) {
        const res = await stack.request(method, path, { as: role, body: {} });
        if (allowed.includes(role)) expect(res.status).not.toBe(403);
        else expect(res.status).toBe(403);
      }
    });
  });
});

describe('claim-next under a race', () => {
  let stack: Stack;

  beforeAll(async () => {
    // One reviewer key stands for 100 reviewers here, so its lease cap must not be what limits it.
    stack = await startStack({ env: { REVIEW_MAX_LEASES: '100' } });
  });
  afterAll(async () => {
    await stack?.stop();
  });

  it('hands 60 queued claims to 100 concurrent reviewers: 60 distinct, 40 empty', async () => {
    const ids = await queuedClaims(stack, 60, 'rush');
    const answers = await Promise.all(
      Array.from({ length: 100 }, () => stack.request('POST', '/v1/review/next', { as: 'reviewer' })),
    );
    const taken = answers.filter((res) => res.status === 200).map((res) => res.body.claim.id);
    expect(taken).toHaveLength(60);
    expect(new Set(taken).size).toBe(60);
    expect(new Set(taken)).toEqual(new Set(ids));
    expect(answers.filter((res) => res.status === 204)).toHaveLength(40);
  });
});

describe('leases and SLA timers', () => {
  let stack: Stack;

  beforeAll(async () => {
    stack = await startStack({
      env: {
        REVIEW_LEASE_SECONDS: '2',
        SLA_HOURS_HIGH: '0.0005',
        SLA_HOURS_NORMAL: '0.0005',
        SLA_HOURS_LOW: '0.0005',
        SLA_TIMER_STEP_SECONDS: '1',
      },
    });
  });
  afterAll(async () => {
    await stack?.stop();
  });

  it('returns an abandoned claim to the queue with an audit event, and marks overdue claims', async () => {
    const [id] = await queuedClaims(stack, 1, 'lease');
    const taken = await stack.request('POST', '/v1/review/next', { as: 'reviewer' });
    expect(taken.body.claim).toMatchObject({ id, status: 'in_review' });

    const back = await waitFor(
      async () => {
        const res = await stack.request('GET', `/v1/claims/${id}`, { as: 'reviewer' });
        return res.body.status === 'queued' ? res.body : null;
      },
      'lease expiry',
      20_000,
    );
    expect(back.assigneeId).toBeNull();
    const expiry = back.history.find((e: { event: string }) => e.event === 'lease_expired');
    expect(expiry).toMatchObject({ from: 'in_review', to: 'queued', role: 'system', actor: null });

    const overdue = await waitFor(
      async () => {
        const res = await stack.request('GET', `/v1/claims/${id}`, { as: 'reviewer' });
        return res.body.slaBreachedAt ? res.body : null;
      },
      'SLA breach',
      20_000,
    );
    expect(overdue.history.filter((e: { event: string }) => e.event === 'claim.sla_breached')).toHaveLength(1);
  });

  it('lets the holder extend a lease, and an editor for them', async () => {
    const [id] = await queuedClaims(stack, 1, 'extend');
    const taken = await take(stack, 'reviewer', id);
    expect(taken.body).toMatchObject({ id, status: 'in_review' });
    const extended = await stack.request('POST', `/v1/claims/${id}/lease`, { as: 'reviewer' });
    expect(extended.status).toBe(200);
    expect(Date.parse(extended.body.leaseExpiresAt)).toBeGreaterThan(Date.parse(taken.body.leaseExpiresAt));
    expect((await stack.request('POST', `/v1/claims/${id}/lease`, { as: 'editor' })).status).toBe(200);
  });
});
