import { Module } from '@nestjs/common';
import { ExecutionContext } from '@nestjs/common';
import { ThrottlerModule } from '@nestjs/throttler';
import type Redis from 'ioredis';
import {
  APP_CONFIG,
  ApiKeysService,
  type AppConfig,
  LogSink,
  REDIS_CLIENT,
  RedisThrottlerStorage,
} from '@factdesk/platform';
import { RateLimitGuard } from './rate-limit.guard';

/** The limits of config (RATE_LIMIT_*): one window, a budget per API key and a smaller one per address without one. */
@Module({
  imports: [
    ThrottlerModule.forRootAsync({
      inject: [APP_CONFIG, REDIS_CLIENT, ApiKeysService, LogSink],
      useFactory: (config: AppConfig, redis: Redis, apiKeys: ApiKeysService, logs: LogSink) => ({
        throttlers: [
          {
            name: 'default',
            ttl: config.RATE_LIMIT_WINDOW_SECONDS * 1000,
            limit: async (context: ExecutionContext) => {
              const tracker = await RateLimitGuard.trackerOf(context.switchToHttp().getRequest(), apiKeys);
              return tracker.startsWith('key:') ? config.RATE_LIMIT_PER_KEY : config.RATE_LIMIT_PER_IP;
            },
          },
        ],
        storage: new RedisThrottlerStorage(redis, config.REDIS_PREFIX, (error) =>
          logs.current.warn(
            { context: 'RateLimit', err: error },
            'Redis did not answer: requests pass without rate limits until it does',
          ),
        ),
      }),
    }),
  ],
  providers: [RateLimitGuard],
  exports: [RateLimitGuard],
})
export class RateLimitModule {}
