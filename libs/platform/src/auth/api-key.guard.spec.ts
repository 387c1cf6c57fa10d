import { ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { DomainError } from '../errors';
import { ApiKeyGuard } from './api-key.guard';
import { ApiKeysService } from './api-keys.service';
import { PUBLIC_KEY, ROLES_KEY } from './roles.decorator';

function contextFor(headers: Record<string, string>, metadata: Record<string, unknown>) {
  const request: { headers: Record<string, string>; caller?: unknown } = { headers };
  const handler = () => undefined;
  Reflect.defineMetadata(ROLES_KEY, metadata[ROLES_KEY], handler);
  Reflect.defineMetadata(PUBLIC_KEY, metadata[PUBLIC_KEY], handler);
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
  const sut = new ApiKeyGuard(new Reflector(), apiKeys);

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
});
