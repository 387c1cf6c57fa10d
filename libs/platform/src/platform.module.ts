import { DynamicModule, Global, Inject, Module, OnApplicationShutdown } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { TypeOrmModule } from '@nestjs/typeorm';
import type Redis from 'ioredis';
import { LoggerModule } from 'nestjs-pino';
import { ApiKeyEntity, dataSourceOptions } from '@factdesk/persistence';
import { ApiKeysService } from './auth/api-keys.service';
import { APP_CONFIG, AppConfig } from './config';
import { RedisHealthIndicator } from './health/redis.health';
import { pinoOptions } from './logging/pino-options';
import { createRedisClient, REDIS_CLIENT } from './redis/redis-client';

class RedisClientCloser implements OnApplicationShutdown {
  constructor(@Inject(REDIS_CLIENT) private readonly redis: Redis) {}

  onApplicationShutdown(): void {
    this.redis.disconnect();
  }
}

/** What every process shares: validated config, logger, database, Redis client, API keys, health. */
@Global()
@Module({})
export class PlatformModule {
  static forRoot(config: AppConfig, app: string): DynamicModule {
    return {
      module: PlatformModule,
      imports: [
        LoggerModule.forRoot(pinoOptions(config, app)),
        TypeOrmModule.forRoot({
          ...dataSourceOptions(config.DATABASE_URL, config.DATABASE_POOL_SIZE),
          autoLoadEntities: false,
        }),
        TypeOrmModule.forFeature([ApiKeyEntity]),
        TerminusModule,
      ],
      providers: [
        { provide: APP_CONFIG, useValue: config },
        { provide: REDIS_CLIENT, useFactory: () => createRedisClient(config.REDIS_URL, `factdesk-${app}`) },
        RedisClientCloser,
        RedisHealthIndicator,
        ApiKeysService,
      ],
      exports: [APP_CONFIG, REDIS_CLIENT, RedisHealthIndicator, ApiKeysService, TerminusModule, TypeOrmModule],
    };
  }
}
