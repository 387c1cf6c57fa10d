import type { ApiKeysService } from './api-keys.service';
import type { Caller } from './roles.decorator';

export type BearerCredential = { kind: 'missing' } | { kind: 'unknown' } | { kind: 'valid'; caller: Caller };

const resolved = new WeakMap<object, Promise<BearerCredential>>();

/**
 * The API key a request presents in `Authorization: Bearer`, verified once per request however many guards ask (the
 * rate limiter, which counts per key, and the key guard, which checks roles).
 */
export function bearerCredential(request: { headers: Record<string, unknown> }, apiKeys: ApiKeysService) {
  let credential = resolved.get(request);
  if (!credential) {
    credential = verify(request.headers.authorization, apiKeys);
    resolved.set(request, credential);
  }
  return credential;
}

async function verify(authorization: unknown, apiKeys: ApiKeysService): Promise<BearerCredential> {
  const match = /^Bearer\s+(\S+)$/i.exec(typeof authorization === 'string' ? authorization : '');
  if (!match) return { kind: 'missing' };
  const caller = await apiKeys.authenticate(match[1]);
  return caller ? { kind: 'valid', caller } : { kind: 'unknown' };
}
