import { randomUUID } from 'crypto';
import { runCli } from '../support/processes';
import { fire, queuedClaims } from '../support/review';
import { type Stack, startStack } from '../support/stack';
import { waitFor } from '../support/wait-for';

interface AuditEntry {
  id: string;
  at: string;
  actor: { id: string | null; name: string; role: string };
  action: string;
  target: { type: string; id: string | null };
  details: Record<string, any>;
}

/** Nothing listens there: a test delivery fails at once, and with one attempt it is over (replayable). */
const DEAD_RECEIVER = 'http://127.0.0.1:9/hooks/T0KEN-IN-PATH?token=s3cret-in-query';

/**
 * The desk's audit log (issue 16): every admin and editor action, done through the real cli and api, leaves one row
 * with its actor, written in the transaction of the change; admins read it at GET /v1/audit, nobody else.
 */
describe('audit log of admin and editor actions (e2e)', () => {
  let stack: Stack;
  const secrets: string[] = [];

  beforeAll(async () => {
    stack = await startStack({
      env: { WEBHOOK_ALLOW_PRIVATE: 'true', WEBHOOK_ATTEMPTS: '1', WEBHOOK_TIMEOUT_MS: '2000' },
    });
    secrets.push(...Object.values(stack.keys));
  });
  afterAll(async () => {
    await stack?.stop();
  });

  const cliJson = (...args: string[]) => {
    const result = runCli(args, stack.env);
    if (result.status !== 0) throw new Error(`cli ${args.join(' ')} failed: ${result.stderr}`);
    return JSON.parse(result.stdout.trim().split('\n').pop()!) as Record<string, any>;
  };
  const ok = async (pending: ReturnType<Stack['request']>, status = 200) => {
    const res = await pending;
    if (res.status !== status) throw new Error(`expected ${status}, got ${res.status}: ${JSON.stringify(res.body)}`);
    return res.body as Record<string, any>;
  };
  const audit = async (query = ''): Promise<AuditEntry[]> => {
    const entries: AuditEntry[] = [];
    let cursor: string | null = null;
    do {
      const separator = query ? '&' : '';
      const page = await ok(
        stack.request('GET', `/v1/audit?${query}${separator}limit=200${cursor ? `&cursor=${cursor}` : ''}`),
      );
      entries.push(...(page.items as AuditEntry[]));
      cursor = page.nextCursor as string | null;
    } while (cursor);
    return entries;
  };
  const one = async (action: string, targetId?: string) => {
    const rows = (await audit(`action=${action}`)).filter((row) => !targetId || row.target.id === targetId);
    expect(rows).toHaveLength(1);
    return rows[0];
  };
  const editor = () => ({ id: stack.keyIds.editor, name: 'test editor', role: 'editor' });
  const admin = () => ({ id: stack.keyIds.admin, name: 'test admin', role: 'admin' });

  it('records key create, rotate and revoke at the cli with the operator, never the secret', async () => {
    const created = cliJson('keys:create', '--role', 'reviewer', '--name', 'Audited reviewer', '--json');
    const rotated = cliJson('keys:rotate', created.id, '--grace', '0', '--json');
    runCli(['keys:revoke', created.id], stack.env);
    secrets.push(created.key, rotated.key);

    for (const [action, command] of [
      ['key.created', 'keys:create'],
      ['key.rotated', 'keys:rotate'],
      ['key.revoked', 'keys:revoke'],
    ]) {
      const row = await one(action, created.id);
      expect(row).toMatchObject({
        actor: { id: null, role: 'operator', name: expect.stringContaining(`(${command})`) },
        target: { type: 'api_key', id: created.id },
        details: { name: 'Audited reviewer', role: 'reviewer' },
      });
    }
    // Revoking a revoked key changes nothing, so it writes nothing.
    runCli(['keys:revoke', created.id], stack.env);
    expect(await audit(`action=key.revoked&targetId=${created.id}`)).toHaveLength(1);
  });

  it('records every webhook change and replay with the admin, the URL cut to its origin', async () => {
    const created = await ok(
      stack.request('POST', '/v1/webhooks', { body: { url: DEAD_RECEIVER, events: ['claim.approved'] } }),
      201,
    );
    const id = created.id as string;
    secrets.push(created.secret);
    await ok(stack.request('PATCH', `/v1/webhooks/${id}`, { body: { description: 'audited' } }));
    secrets.push((await ok(stack.request('POST', `/v1/webhooks/${id}/rotate-secret`))).secret);
    const { deliveryId } = await ok(stack.request('POST', `/v1/webhooks/${id}/test`), 202);
    await waitFor(async () => {
      const { rows } = await stack.db.query(`SELECT status FROM webhook_deliveries WHERE id = $1`, [deliveryId]);
      return rows[0]?.status === 'failed';
    }, 'the test delivery to fail');
    await ok(stack.request('POST', `/v1/webhooks/${id}/deliveries/${deliveryId}/replay`), 202);
    await ok(stack.request('POST', `/v1/webhooks/${id}/replay`, { body: { since: '2020-01-01T00:00:00Z' } }), 202);
    await ok(stack.request('DELETE', `/v1/webhooks/${id}`), 204);

    const rows = await audit(`targetType=webhook&targetId=${id}`);
    expect(rows.map((row) => row.action).reverse()).toEqual([
      'webhook.created',
      'webhook.updated',
      'webhook.secret_rotated',
      'webhook.test_sent',
      'webhook.replayed',
      'webhook.replayed_failed',
      'webhook.deleted',
    ]);
    for (const row of rows) expect(row.actor).toEqual(admin());
    expect(rows.at(-1)!.details).toMatchObject({ url: 'http://127.0.0.1:9/…', events: ['claim.approved'] });
    expect(JSON.stringify(rows)).not.toMatch(/T0KEN-IN-PATH|s3cret-in-query/);
  });

  it('records source aliases, renames and retypes, bulk calls, merges, duplicate and conflict decisions', async () => {
    const [a, b, merged, into, near, other] = await queuedClaims(stack, 6, 'audited');
    const { sourceId } = await ok(stack.request('GET', `/v1/claims/${a}`, { as: 'editor' }));
    const alias = await ok(
      stack.request('POST', `/v1/sources/${sourceId}/aliases`, { as: 'editor', body: { alias: 'Audited Alias' } }),
      201,
    );
    await ok(stack.request('DELETE', `/v1/sources/${sourceId}/aliases/${alias.id}`, { as: 'editor' }), 204);
    await ok(
      stack.request('PATCH', `/v1/sources/${sourceId}`, {
        as: 'editor',
        body: { name: 'Audited Source Renamed', type: 'organization', notes: 'quoted second-hand' },
      }),
    );
    const unknown = randomUUID();
    await ok(
      stack.request('POST', '/v1/claims/bulk', {
        as: 'editor',
        body: { ids: [a, b, unknown], action: 'priority', priority: 90 },
      }),
    );
    const target = await ok(stack.request('GET', `/v1/claims/${merged}`, { as: 'editor' }));
    await ok(fire(stack, 'editor', merged, 'merge', target.version, { into }));
    // Suggestions and conflicts come from matching (matching*.e2e-spec.ts); here they are set up directly.
    await stack.db.query(`UPDATE claims SET possible_duplicate_of = $2, duplicate_similarity = 0.5 WHERE id = $1`, [
      near,
      other,
    ]);
    const suggested = await ok(stack.request('GET', `/v1/claims/${near}`, { as: 'editor' }));
    await ok(fire(stack, 'editor', near, 'reject_duplicate', suggested.version, { note: 'different deals' }));
    const { rows } = await stack.db.query(
      `INSERT INTO claim_conflicts (claim_id, other_claim_id, claim_figures, other_figures, similarity)
       VALUES ($1, $2, '{200}', '{300}', 0.7) RETURNING id`,
      [near, other],
    );
    const conflictId = rows[0].id as string;
    await ok(
      stack.request('POST', `/v1/claims/${near}/conflicts/${conflictId}`, {
        as: 'editor',
        body: { outcome: 'different_claims', note: 'two deals' },
      }),
    );

    const bySource = await audit(`targetType=source&targetId=${sourceId}`);
    expect(bySource.map((row) => row.action).reverse()).toEqual([
      'source.alias_added',
      'source.alias_removed',
      'source.renamed',
      'source.retyped',
      'source.notes_changed',
    ]);
    expect(bySource.at(-1)!.details).toMatchObject({ aliasId: alias.id, alias: 'Audited Alias' });
    expect(bySource.find((row) => row.action === 'source.renamed')!.details).toMatchObject({
      to: 'Audited Source Renamed',
    });
    for (const row of bySource) expect(row.actor).toEqual(editor());

    expect(await one('claims.bulk_priority')).toMatchObject({
      actor: editor(),
      target: { type: 'claim', id: null },
      details: { priority: 90, claimIds: [a, b], refused: [unknown] },
    });
    expect(await one('claim.merge', merged)).toMatchObject({
      actor: editor(),
      details: { from: 'queued', to: 'merged', other: into },
    });
    const joined = await ok(stack.request('GET', `/v1/claims/${merged}`, { as: 'editor' }));
    await ok(fire(stack, 'editor', merged, 'split', joined.version));
    expect(await one('claim.split', merged)).toMatchObject({
      actor: editor(),
      details: { from: 'merged', to: 'queued', other: into },
    });
    expect(await one('claim.reject_duplicate', near)).toMatchObject({
      actor: editor(),
      details: { from: 'queued', to: 'queued', other },
    });
    expect(await one('conflict.settled', conflictId)).toMatchObject({
      actor: editor(),
      details: { claimIds: [near, other], outcome: 'different_claims' },
    });
    // A claim's id finds the bulk call and the conflict that list it as well as its own rows.
    expect((await audit(`targetId=${a}`)).map((row) => row.action)).toEqual(['claims.bulk_priority']);
    expect((await audit(`targetId=${other}`)).map((row) => row.action)).toEqual(['conflict.settled']);

    await stack.db.query(`UPDATE claims SET possible_duplicate_of = $2, duplicate_similarity = 0.5 WHERE id = $1`, [
      a,
      b,
    ]);
    const duplicate = await ok(stack.request('GET', `/v1/claims/${a}`, { as: 'reviewer' }));
    await ok(fire(stack, 'reviewer', a, 'confirm_duplicate', duplicate.version));
    expect(await one('claim.confirm_duplicate', a)).toMatchObject({
      actor: { id: stack.keyIds.reviewer, name: 'test reviewer', role: 'reviewer' },
      details: { from: 'queued', to: 'merged', other: b },
    });
  });

  it('writes the row in the transaction of the change: a failing audit write leaves the change undone', async () => {
    const [claim] = await queuedClaims(stack, 1, 'atomic');
    const { sourceId } = await ok(stack.request('GET', `/v1/claims/${claim}`, { as: 'editor' }));
    const before = await ok(stack.request('GET', `/v1/sources/${sourceId}`, { as: 'editor' }));
    await stack.db.query(`
      CREATE FUNCTION refuse_rename_audit() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.action = 'source.renamed' THEN RAISE EXCEPTION 'audit write refused by the test'; END IF;
        RETURN NEW;
      END $$;
      CREATE TRIGGER refuse_rename_audit BEFORE INSERT ON audit_log FOR EACH ROW EXECUTE FUNCTION refuse_rename_audit();`);
    try {
      const refused = await stack.request('PATCH', `/v1/sources/${sourceId}`, {
        as: 'editor',
        body: { name: 'Never Renamed' },
      });
      expect(refused.status).toBeGreaterThanOrEqual(500);
    } finally {
      await stack.db.query(`DROP TRIGGER refuse_rename_audit ON audit_log; DROP FUNCTION refuse_rename_audit();`);
    }
    const after = await ok(stack.request('GET', `/v1/sources/${sourceId}`, { as: 'editor' }));
    expect(after.name).toBe(before.name);
    expect(after.history).toEqual(before.history);
    // A refused action writes nothing either.
    const count = (await audit()).length;
    await ok(stack.request('POST', `/v1/sources/${sourceId}/aliases`, { as: 'editor', body: { alias: '' } }), 400);
    const self = await ok(stack.request('GET', `/v1/claims/${claim}`, { as: 'editor' }));
    await ok(fire(stack, 'editor', claim, 'merge', self.version, { into: claim }), 400);
    expect(await audit()).toHaveLength(count);
  });

  it('filters by actor, action, target and time, pages without repeats, and holds no secret', async () => {
    const everything = await audit();
    expect(everything.length).toBeGreaterThan(15);
    const byEditor = await audit(`actor=${stack.keyIds.editor}`);
    expect(byEditor.length).toBeGreaterThan(5);
    expect(byEditor.every((row) => row.actor.id === stack.keyIds.editor)).toBe(true);
    const keys = await audit('action=key.created&action=key.revoked');
    expect(new Set(keys.map((row) => row.action))).toEqual(new Set(['key.created', 'key.revoked']));
    expect(await audit('targetType=api_key')).toHaveLength(3);

    const middle = everything[Math.floor(everything.length / 2)].at;
    const since = await audit(`since=${encodeURIComponent(middle)}`);
    const until = await audit(`until=${encodeURIComponent(middle)}`);
    expect(since.length + until.length).toBe(everything.length);
    expect(since.every((row) => row.at >= middle) && until.every((row) => row.at < middle)).toBe(true);

    const paged: string[] = [];
    let cursor: string | null = null;
    do {
      const page = await ok(stack.request('GET', `/v1/audit?limit=4${cursor ? `&cursor=${cursor}` : ''}`));
      paged.push(...page.items.map((row: AuditEntry) => row.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(paged).toEqual(everything.map((row) => row.id));
    const first = await ok(stack.request('GET', '/v1/audit?limit=1'));
    const other = await stack.request('GET', `/v1/audit?limit=1&targetType=source&cursor=${first.nextCursor}`);
    expect(other.status).toBe(400);
    expect((await stack.request('GET', '/v1/audit?targetType=planet')).status).toBe(400);
    expect((await stack.request('GET', '/v1/audit?actor=not-a-uuid')).status).toBe(400);

    const text = JSON.stringify(everything);
    for (const secret of secrets) expect(text).not.toContain(secret);
    expect(text).not.toMatch(/fdk_|whsec_/);
  });

  it('is for admins only', async () => {
    for (const role of ['intake', 'reviewer', 'editor'] as const) {
      expect((await stack.request('GET', '/v1/audit', { as: role })).status).toBe(403);
    }
    expect((await stack.request('GET', '/v1/audit', { as: null })).status).toBe(401);
  });
});
