import { type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { type DomainError } from '../errors';
import { ApiKeyGuard } from './api-key.guard';
import { type ApiKeysService } from './api-keys.service';
import { PUBLIC_KEY, ROLES_KEY, STREAM_TOKEN_KEY } from './roles.decorator';
import { SESSION_COOKIE } from './session-cookie';
import { type SessionsService } from './sessions.service';
import { type StreamTokensService } from './stream-tokens.service';

function contextFor(
  headers: Record<string, string>,
  metadata: Record<string, unknown>,
  query: Record<string, string> = {},
  method = 'GET',
) {
  const request: {
    method: string;
    headers: Record<string, string>;
    query: Record<string, string>;
    raw: object;
    caller?: unknown;
  } = { method, headers, query, raw: {} };
  const handler = () => undefined;
  for (const key of [ROLES_KEY, PUBLIC_KEY, STREAM_TOKEN_KEY]) Reflect.defineMetadata(key, metadata[key], handler);
  const context = {
    getHandler: () => handler,
    getClass: () => class {},
    switchToHttp: () => ({ getRequest: () => request }),
  } as unknown as ExecutionContext;
  return { context, request };
}

describe('ApiKeyGuard', () => {
  const keys: Record<string, { keyId: string; name: string; role: string }> = {
    'reviewer-secret': { keyId: 'k1', name: 'r', role: 'reviewer' },
    'admin-secret': { keyId: 'k2', name: 'a', role: 'admin' },
  };
  const apiKeys = { authenticate: async (secret: string) => keys[secret] ?? null } as unknown as ApiKeysService;
  const tokens = new Map([['fdt_once', { keyId: 'k3', name: 'e', role: 'editor' }]]);
  const streamTokens = {
    redeem: async (token: string) => {
      const caller = tokens.get(token) ?? null;
      tokens.delete(token);
      return caller;
    },
  } as unknown as StreamTokensService;
  const session = { id: 's1', expiresAt: '2026-12-07T12:00:00.000Z' };
  const sessions = {
    authenticate: async (cookie: string) =>
      cookie === 'live' ? { keyId: 'k4', name: 'w', role: 'reviewer', session } : null,
  } as unknown as SessionsService;
  const sut = new ApiKeyGuard(new Reflector(), apiKeys, streamTokens, sessions);

  const codeOf = async (promise: Promise<unknown>) =>
    promise.then(
      () => 'allowed',
      (error: DomainError) => error.code,
    );

  it('lets public routes through without a key', async () => {
    const { context } = contextFor({}, { [PUBLIC_KEY]: true });
    await expect(sut.canActivate(context)).resolves.toBe(true);
  });

  it('refuses a missing, malformed or unknown key with unauthorized', async () => {
    for (const authorization of [undefined, 'reviewer-secret', 'Basic abc', 'Bearer nope']) {
      const { context } = contextFor(authorization ? { authorization } : {}, { [ROLES_KEY]: ['reviewer'] });
      expect(await codeOf(sut.canActivate(context))).toBe('unauthorized');
    }
  });

  it('refuses a role the route does not allow with forbidden', async () => {
    const { context } = contextFor({ authorization: 'Bearer reviewer-secret' }, { [ROLES_KEY]: ['editor'] });
    expect(await codeOf(sut.canActivate(context))).toBe('forbidden');
  });

  it('allows listed roles and admin, and records the caller', async () => {
    const reviewer = contextFor({ authorization: 'Bearer reviewer-secret' }, { [ROLES_KEY]: ['reviewer'] });
    await expect(sut.canActivate(reviewer.context)).resolves.toBe(true);
    expect(reviewer.request.caller).toEqual(keys['reviewer-secret']);
    const admin = contextFor({ authorization: 'Bearer admin-secret' }, { [ROLES_KEY]: ['editor'] });
    await expect(sut.canActivate(admin.context)).resolves.toBe(true);
  });

  it('treats a route without roles as admin-only', async () => {
    const { context } = contextFor({ authorization: 'Bearer reviewer-secret' }, {});
    expect(await codeOf(sut.canActivate(context))).toBe('forbidden');
  });

  it('takes a stream token on routes that accept one, once, and checks its role', async () => {
    const streamRoute = { [ROLES_KEY]: ['editor'], [STREAM_TOKEN_KEY]: true };
    const first = contextFor({}, streamRoute, { token: 'fdt_once' });
    await expect(sut.canActivate(first.context)).resolves.toBe(true);
    expect(first.request.caller).toEqual({ keyId: 'k3', name: 'e', role: 'editor' });
    expect(await codeOf(sut.canActivate(contextFor({}, streamRoute, { token: 'fdt_once' }).context))).toBe(
      'unauthorized',
    );
  });

  it('ignores a token on routes that do not accept one', async () => {
    tokens.set('fdt_other', { keyId: 'k3', name: 'e', role: 'editor' });
    const { context } = contextFor({}, { [ROLES_KEY]: ['editor'] }, { token: 'fdt_other' });
    expect(await codeOf(sut.canActivate(context))).toBe('unauthorized');
    expect(tokens.has('fdt_other')).toBe(true);
  });

  describe('session cookies', () => {
    const reviewerRoute = { [ROLES_KEY]: ['reviewer'] };
    const cookie = (value: string) => ({ cookie: `theme=dark; ${SESSION_COOKIE}=${value}`, host: 'desk.example' });

    it('takes a live session cookie for reads, with its role', async () => {
      const read = contextFor(cookie('live'), reviewerRoute);
      await expect(sut.canActivate(read.context)).resolves.toBe(true);
      expect(read.request.caller).toEqual({ keyId: 'k4', name: 'w', role: 'reviewer', session });
      expect(await codeOf(sut.canActivate(contextFor(cookie('live'), { [ROLES_KEY]: ['editor'] }).context))).toBe(
        'forbidden',
      );
    });

    it('refuses an ended session with unauthorized', async () => {
      expect(await codeOf(sut.canActivate(contextFor(cookie('ended'), reviewerRoute).context))).toBe('unauthorized');
    });

    it('refuses a cookie write without X-Requested-With, or from another origin', async () => {
      const write = (headers: Record<string, string>) =>
        codeOf(sut.canActivate(contextFor({ ...cookie('live'), ...headers }, reviewerRoute, {}, 'POST').context));
      expect(await write({})).toBe('forbidden');
      expect(await write({ 'x-requested-with': 'factdesk', origin: 'https://evil.example' })).toBe('forbidden');
      expect(await write({ 'x-requested-with': 'factdesk', origin: 'null' })).toBe('forbidden');
      expect(await write({ 'x-requested-with': 'factdesk', origin: 'https://desk.example' })).toBe('allowed');
      expect(await write({ 'x-requested-with': 'factdesk' })).toBe('allowed');
    });

    it('prefers the Authorization header, which needs no CSRF header', async () => {
      const { context, request } = contextFor(
        { ...cookie('live'), authorization: 'Bearer reviewer-secret' },
        reviewerRoute,
        {},
        'POST',
      );
      await expect(sut.canActivate(context)).resolves.toBe(true);
      expect(request.caller).toEqual(keys['reviewer-secret']);
    });
  });
});
