import Redis from 'ioredis';
import { redisConnectionSettings } from '../config';
import { logRedisErrors } from './redis-error-log';

export const REDIS_CLIENT = Symbol('REDIS_CLIENT');

/** A plain client for health checks and counters: fails fast instead of queueing commands while Redis is away. */
export function createRedisClient(redisUrl: string, name: string): Redis {
  const client = new Redis({
    ...redisConnectionSettings(redisUrl),
    connectionName: name,
    maxRetriesPerRequest: 1,
    enableOfflineQueue: false,
    lazyConnect: false,
    retryStrategy: (attempt) => Math.min(attempt * 200, 2_000),
  });
  return logRedisErrors(name, client);
}
