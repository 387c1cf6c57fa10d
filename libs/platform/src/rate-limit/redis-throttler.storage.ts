import type { ThrottlerStorage } from '@nestjs/throttler';
import type Redis from 'ioredis';

interface ThrottlerStorageRecord {
  totalHits: number;
  timeToExpire: number;
  isBlocked: boolean;
  timeToBlockExpire: number;
}

/** One fixed window per key: count the hit, start the window on the first, answer the count and the time left. */
const HIT = `
local hits = redis.call('INCR', KEYS[1])
local ttl = redis.call('PTTL', KEYS[1])
if ttl < 0 then
  redis.call('PEXPIRE', KEYS[1], ARGV[1])
  ttl = tonumber(ARGV[1])
end
return {hits, ttl}`;

/** A Redis failure is reported once per this long, so an outage does not flood the log. */
const FAILURE_REPORT_MS = 30_000;

/**
 * @nestjs/throttler's counters in Redis, so every api process counts the same hits: one INCR (a Lua script, atomic)
 * per request and window. When Redis does not answer the request is let through: the desk keeps taking articles
 * through a Redis outage (its writes go to PostgreSQL), and rate limits resume with Redis.
 */
export class RedisThrottlerStorage implements ThrottlerStorage {
  private lastFailureReport = Number.NEGATIVE_INFINITY;

  constructor(
    private readonly redis: Redis,
    private readonly prefix: string,
    private readonly onFailure: (error: unknown) => void,
  ) {}

  async increment(key: string, ttlMs: number, limit: number): Promise<ThrottlerStorageRecord> {
    try {
      const [hits, remainingMs] = (await this.redis.eval(HIT, 1, `${this.prefix}:rate:${key}`, ttlMs)) as [
        number,
        number,
      ];
      const seconds = Math.max(1, Math.ceil(remainingMs / 1000));
      const isBlocked = hits > limit;
      return { totalHits: hits, timeToExpire: seconds, isBlocked, timeToBlockExpire: isBlocked ? seconds : 0 };
    } catch (error) {
      if (Date.now() - this.lastFailureReport >= FAILURE_REPORT_MS) {
        this.lastFailureReport = Date.now();
        this.onFailure(error);
      }
      return { totalHits: 0, timeToExpire: Math.ceil(ttlMs / 1000), isBlocked: false, timeToBlockExpire: 0 };
    }
  }
}
