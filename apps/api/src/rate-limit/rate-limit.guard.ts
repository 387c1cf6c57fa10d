import { type ExecutionContext, Inject, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import {
  getOptionsToken,
  getStorageToken,
  ThrottlerGuard,
  type ThrottlerLimitDetail,
  type ThrottlerModuleOptions,
  type ThrottlerStorage,
} from '@nestjs/throttler';
import { ApiKeysService, bearerCredential, DomainError } from '@factdesk/platform';

type Request = { headers: Record<string, unknown>; ip: string };

/**
 * Counts every call against its API key when it presents a valid one, else against its IP address, across routes
 * (one budget per caller, not per route) and across api processes (the counters are in Redis). Runs before the key
 * guard, so a flood of wrong keys from one address is refused too. Over the limit: 429 in the house error shape,
 * with Retry-After.
 */
@Injectable()
export class RateLimitGuard extends ThrottlerGuard {
  constructor(
    @Inject(getOptionsToken()) options: ThrottlerModuleOptions,
    @Inject(getStorageToken()) storage: ThrottlerStorage,
    reflector: Reflector,
    private readonly apiKeys: ApiKeysService,
  ) {
    super(options, storage, reflector);
  }

  /** `key:<id>` for a valid key, `ip:<address>` otherwise; the limit that applies follows the same split. */
  static async trackerOf(request: Request, apiKeys: ApiKeysService): Promise<string> {
    const credential = await bearerCredential(request, apiKeys);
    return credential.kind === 'valid' ? `key:${credential.caller.keyId}` : `ip:${request.ip}`;
  }

  protected override getTracker(request: Record<string, unknown>): Promise<string> {
    return RateLimitGuard.trackerOf(request as Request, this.apiKeys);
  }

  protected override generateKey(_context: ExecutionContext, tracker: string, name: string): string {
    return `${name}:${tracker}`;
  }

  protected override throwThrottlingException(_context: ExecutionContext, detail: ThrottlerLimitDetail): Promise<void> {
    const who = detail.tracker.startsWith('key:') ? 'this API key' : 'this address without a valid key';
    throw new DomainError(
      'rate_limited',
      `${who} made more than ${detail.limit} requests in ${detail.ttl / 1000} s; retry after ${detail.timeToBlockExpire} s`,
      { limit: detail.limit, windowSeconds: detail.ttl / 1000, retryAfterSeconds: detail.timeToBlockExpire },
    );
  }
}
