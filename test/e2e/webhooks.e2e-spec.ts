import { WEBHOOK_EVENT_TYPES } from '../../libs/desk/src/webhooks/webhook-events';
import { approveWith, queuedClaims } from '../support/review';
import { type Stack, startStack } from '../support/stack';
import { waitFor } from '../support/wait-for';
import { subscribe, WebhookReceiver } from '../support/webhook-receiver';

const ALL_TYPES = [...WEBHOOK_EVENT_TYPES];

/** Retries every 200 ms doubling, four attempts, and an endpoint failing for a second is disabled. */
const FAST_RETRIES = {
  WEBHOOK_ALLOW_PRIVATE: 'true',
  WEBHOOK_ATTEMPTS: '4',
  WEBHOOK_BACKOFF_MS: '200',
  WEBHOOK_TIMEOUT_MS: '2000',
  WEBHOOK_DISPATCH_MS: '50',
  WEBHOOK_DISABLE_AFTER_SECONDS: '1',
};

describe('webhooks: signed deliveries from the event log', () => {
  let stack: Stack;
  const receivers: WebhookReceiver[] = [];
  const receiver = async () => {
    const created = new WebhookReceiver();
    await created.start();
    receivers.push(created);
    return created;
  };

  beforeAll(async () => {
    stack = await startStack({ env: FAST_RETRIES });
  });
  afterAll(async () => {
    await Promise.all(receivers.map((each) => each.stop()));
    await stack?.stop();
  });

  let flaky: WebhookReceiver;
  let flakyHook: { id: string; secret: string };
  let everything: WebhookReceiver;
  let everythingHook: { id: string; secret: string };
  let approvedId: string;

  it('retries a 500 with backoff under one webhook-id, each attempt verified and logged', async () => {
    flaky = await receiver();
    flaky.answer = (index) => (index < 2 ? 500 : 200);
    flakyHook = await subscribe(stack, flaky, ['claim.approved']);
    expect(flakyHook.secret).toMatch(/^whsec_/);
    everything = await receiver();
    everythingHook = await subscribe(stack, everything, ALL_TYPES);

    [approvedId] = await queuedClaims(stack, 1, 'approval');
    await approveWith(stack, approvedId);

    await waitFor(async () => flaky.received.length >= 3, 'three attempts at the approval');
    expect(flaky.received.map((request) => request.status)).toEqual([500, 500, 200]);
    expect(new Set(flaky.received.map((request) => request.id)).size).toBe(1);
    expect(flaky.received.every((request) => request.verified[0])).toBe(true);
    expect(flaky.received[0]).toMatchObject({ type: 'claim.approved', data: { claimId: approvedId, to: 'approved' } });
    expect(flaky.received[0].headers['webhook-timestamp']).toMatch(/^\d+$/);

    const log = await waitFor(async () => {
      const page = await stack.request('GET', `/v1/webhooks/${flakyHook.id}/deliveries`);
      return page.body.attempts?.length === 3 ? page.body : null;
    }, 'three attempts in the delivery log');
    expect(log.attempts.map((attempt: any) => [attempt.attempt, attempt.statusCode, attempt.outcome])).toEqual([
      [3, 200, 'delivered'],
      [2, 500, 'http_error'],
      [1, 500, 'http_error'],
    ]);
    expect(log.attempts[0]).toMatchObject({
      nextRetryAt: null,
      deliveryStatus: 'delivered',
      webhookId: flaky.received[0].id,
    });
    expect(log.attempts[1].nextRetryAt).not.toBeNull();
    expect(log.attempts.every((attempt: any) => attempt.latencyMs >= 0)).toBe(true);

    const first = await stack.request('GET', `/v1/webhooks/${flakyHook.id}/deliveries?limit=2`);
    expect(first.body.attempts).toHaveLength(2);
    const second = await stack.request(
      'GET',
      `/v1/webhooks/${flakyHook.id}/deliveries?limit=2&cursor=${first.body.nextCursor}`,
    );
    expect(second.body.attempts.map((attempt: any) => attempt.attempt)).toEqual([1]);
    expect(second.body.nextCursor).toBeNull();
  });

  it('sends an endpoint filtered to one type only that type, and an unfiltered one every type', async () => {
    await waitFor(
      async () => everything.ofType('claim.approved').length > 0,
      'the approval at the unfiltered endpoint',
    );
    expect(new Set(flaky.received.map((request) => request.type))).toEqual(new Set(['claim.approved']));
    const types = new Set(everything.received.map((request) => request.type));
    expect(types).toEqual(new Set(['claim.queued', 'claim.transitioned', 'claim.approved']));
    expect(everything.received.every((request) => request.verified[0] && request.data.claimId === approvedId)).toBe(
      true,
    );
    const positions = everything.received.map((request) => request.data.position as number);
    expect(new Set(positions).size).toBe(positions.length);
  });

  it('replays a delivery: the same body and webhook-id again', async () => {
    const [delivered] = (await stack.request('GET', `/v1/webhooks/${flakyHook.id}/deliveries`)).body.attempts;
    const replay = await stack.request(
      'POST',
      `/v1/webhooks/${flakyHook.id}/deliveries/${delivered.deliveryId}/replay`,
    );
    expect(replay.status).toBe(202);
    await waitFor(async () => flaky.received.length === 4, 'the replay');
    expect(flaky.received[3]).toMatchObject({ id: flaky.received[0].id, type: 'claim.approved', status: 200 });
    expect(flaky.received[3].data).toEqual(flaky.received[0].data);
    expect(flaky.received[3].verified).toEqual([true]);
  });

  it('sends a test ping, and signs with both secrets for a while after a rotation', async () => {
    const ping = await stack.request('POST', `/v1/webhooks/${everythingHook.id}/test`);
    expect(ping.status).toBe(202);
    await waitFor(async () => everything.ofType('webhook.test').length === 1, 'the ping');
    expect(everything.ofType('webhook.test')[0]).toMatchObject({
      id: ping.body.webhookId,
      data: { webhookId: everythingHook.id },
    });

    const rotated = await stack.request('POST', `/v1/webhooks/${everythingHook.id}/rotate-secret`);
    expect(rotated.status).toBe(200);
    expect(rotated.body.secret).toMatch(/^whsec_/);
    expect(rotated.body.secret).not.toBe(everythingHook.secret);
    everything.secrets = [rotated.body.secret, everythingHook.secret];
    await stack.request('POST', `/v1/webhooks/${everythingHook.id}/test`);
    await waitFor(async () => everything.ofType('webhook.test').length === 2, 'the ping after the rotation');
    expect(everything.ofType('webhook.test')[1].verified).toEqual([true, true]);
    expect(String(everything.ofType('webhook.test')[1].headers['webhook-signature']).split(' ')).toHaveLength(2);
  });

  it('disables an endpoint that keeps failing, with an audit event; its failures replay once it is back', async () => {
    const failing = await receiver();
    failing.answer = () => 503;
    const hook = await subscribe(stack, failing, ['claim.approved']);
    const since = new Date().toISOString();
    await stack.request('POST', `/v1/webhooks/${hook.id}/test`);

    const disabled = await waitFor(async () => {
      const detail = await stack.request('GET', `/v1/webhooks/${hook.id}`);
      return detail.body.enabled === false ? detail.body : null;
    }, 'the endpoint disabled');
    expect(disabled.disabledReason).toMatch(/failed/);
    expect(disabled.history[0]).toMatchObject({ action: 'disabled', actorId: null });
    const log = await waitFor(async () => {
      const page = (await stack.request('GET', `/v1/webhooks/${hook.id}/deliveries`)).body;
      return page.attempts[0]?.deliveryStatus === 'failed' ? page : null;
    }, 'the delivery failed');
    expect(log.attempts.every((attempt: any) => attempt.statusCode === 503)).toBe(true);
    expect(log.attempts[0].nextRetryAt).toBeNull();

    failing.answer = () => 200;
    const enabled = await stack.request('PATCH', `/v1/webhooks/${hook.id}`, { body: { enabled: true } });
    expect(enabled.body).toMatchObject({ enabled: true, failingSince: null, disabledReason: null });
    const replayed = await stack.request('POST', `/v1/webhooks/${hook.id}/replay`, { body: { since } });
    expect(replayed).toMatchObject({ status: 202, body: { replayed: 1 } });
    await waitFor(async () => failing.received.at(-1)?.status === 200, 'the failed ping delivered on replay');
    expect(new Set(failing.received.map((request) => request.id)).size).toBe(1);
  });

  it('lists, changes and deletes endpoints for admins only, never showing a secret again', async () => {
    const list = await stack.request('GET', '/v1/webhooks');
    expect(list.status).toBe(200);
    expect(list.body.webhooks.length).toBeGreaterThanOrEqual(3);
    expect(JSON.stringify(list.body)).not.toContain('whsec_');
    expect((await stack.request('GET', '/v1/webhooks', { as: 'editor' })).status).toBe(403);
    expect((await stack.request('GET', '/v1/webhooks', { as: null })).status).toBe(401);

    const bad = await stack.request('POST', '/v1/webhooks', { body: { url: flaky.url, events: ['claim.opened'] } });
    expect(bad.status).toBe(400);
    expect(bad.body.details[0].field).toBe('events');
    const empty = await stack.request('PATCH', `/v1/webhooks/${flakyHook.id}`, { body: {} });
    expect(empty.status).toBe(400);

    const changed = await stack.request('PATCH', `/v1/webhooks/${flakyHook.id}`, {
      body: { events: ['claim.merged'], outlet: 'Daily Courier', description: 'merges' },
    });
    expect(changed.body).toMatchObject({ events: ['claim.merged'], outlet: 'Daily Courier', description: 'merges' });
    const cleared = await stack.request('PATCH', `/v1/webhooks/${flakyHook.id}`, { body: { outlet: null } });
    expect(cleared.body.outlet).toBeNull();

    expect((await stack.request('DELETE', `/v1/webhooks/${flakyHook.id}`)).status).toBe(204);
    expect((await stack.request('GET', `/v1/webhooks/${flakyHook.id}`)).status).toBe(404);
    expect((await stack.request('GET', `/v1/webhooks/${flakyHook.id}/deliveries`)).status).toBe(404);
  });
});

describe('webhooks: no private targets unless allowed (SSRF)', () => {
  let stack: Stack;

  beforeAll(async () => {
    stack = await startStack({ env: { WEBHOOK_DISPATCH_MS: '50' } });
  });
  afterAll(async () => {
    await stack?.stop();
  });

  it.each([
    ['loopback', 'http://127.0.0.1:8080/hook'],
    ['cloud metadata (link-local)', 'http://169.254.169.254/latest/meta-data'],
    ['a name that resolves to loopback', 'http://localhost/hook'],
    ['a private network', 'https://10.1.2.3/hook'],
    ['IPv6 loopback', 'http://[::1]/hook'],
  ])('refuses %s with 400', async (_what, url) => {
    const refused = await stack.request('POST', '/v1/webhooks', { body: { url, events: ['claim.approved'] } });
    expect(refused.status).toBe(400);
    expect(refused.body.details[0].field).toBe('url');
    expect(refused.body.message).toMatch(/private, loopback or link-local/);
  });

  it('refuses schemes other than http(s)', async () => {
    const refused = await stack.request('POST', '/v1/webhooks', {
      body: { url: 'ftp://files.example.org/hook', events: ['claim.approved'] },
    });
    expect(refused.status).toBe(400);
    expect(refused.body.details[0].field).toBe('url');
  });

  it('refuses moving an endpoint onto a private address too', async () => {
    const { rows } = await stack.db.query(
      `INSERT INTO webhook_subscriptions (url, events, secret_sealed) VALUES ('https://hooks.example.org/x', '{claim.approved}', 'v1.x.x.x') RETURNING id`,
    );
    const moved = await stack.request('PATCH', `/v1/webhooks/${rows[0].id}`, { body: { url: 'http://127.0.0.1/' } });
    expect(moved.status).toBe(400);
  });

  it('checks again when connecting: a name that now resolves to loopback is refused and logged', async () => {
    const receiver = new WebhookReceiver();
    await receiver.start();
    try {
      const created = await stack.request('POST', '/v1/webhooks', {
        body: { url: 'http://93.184.215.14/hook', events: ['claim.approved'] },
      });
      expect(created.status).toBe(201);
      // As if its DNS had changed since: the name now points at this machine.
      await stack.db.query('UPDATE webhook_subscriptions SET url = $1 WHERE id = $2', [
        receiver.url.replace('127.0.0.1', 'localhost'),
        created.body.id,
      ]);
      await stack.request('POST', `/v1/webhooks/${created.body.id}/test`);
      const refused = await waitFor(async () => {
        const page = (await stack.request('GET', `/v1/webhooks/${created.body.id}/deliveries`)).body;
        return page.attempts[0] ?? null;
      }, 'the refused attempt');
      expect(refused).toMatchObject({ outcome: 'refused', statusCode: null });
      expect(refused.error).toMatch(/localhost resolves to .*(127\.0\.0\.1|::1)/);
      expect(receiver.received).toHaveLength(0);
    } finally {
      await receiver.stop();
    }
  });
});
