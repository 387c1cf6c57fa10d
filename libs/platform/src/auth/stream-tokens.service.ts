import { Inject, Injectable } from '@nestjs/common';
import { randomBytes } from 'crypto';
import type Redis from 'ioredis';
import { APP_CONFIG, type AppConfig } from '../config';
import { DomainError } from '../errors';
import { REDIS_CLIENT } from '../redis/redis-client';
import { hashApiKey } from './api-key-secret';
import type { Caller } from './roles.decorator';

const TOKEN_PREFIX = 'fdt_';

export interface StreamToken {
  token: string;
  expiresAt: string;
}

/**
 * Short-lived, single-use credentials for event streams: a browser's EventSource cannot send an Authorization header,
 * so it passes one of these as `?token=`. Redis keeps only the token's SHA-256, with the caller, for
 * EVENTS_TOKEN_SECONDS; redeeming deletes it in the same command (GETDEL), so a token opens one stream.
 */
@Injectable()
export class StreamTokensService {
  constructor(
    @Inject(REDIS_CLIENT) private readonly redis: Redis,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async issue(caller: Caller, now = new Date()): Promise<StreamToken> {
    const token = TOKEN_PREFIX + randomBytes(24).toString('base64url');
    const seconds = this.config.EVENTS_TOKEN_SECONDS;
    await this.guarded(() => this.redis.set(this.key(token), JSON.stringify(caller), 'EX', seconds));
    return { token, expiresAt: new Date(now.getTime() + seconds * 1000).toISOString() };
  }

  /** The caller the token was issued to, once; null for an unknown, used or expired token. */
  async redeem(token: string): Promise<Caller | null> {
    if (!token.startsWith(TOKEN_PREFIX)) return null;
    const stored = await this.guarded(() => this.redis.getdel(this.key(token)));
    return stored ? (JSON.parse(stored) as Caller) : null;
  }

  private key(token: string): string {
    return `${this.config.REDIS_PREFIX}:stream-token:${hashApiKey(token)}`;
  }

  private async guarded<T>(command: () => Promise<T>): Promise<T> {
    try {
      return await command();
    } catch {
      throw new DomainError('service_unavailable', 'stream tokens are kept in Redis, which is not answering; retry');
    }
  }
}
