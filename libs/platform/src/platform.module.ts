import { DynamicModule, Global, Inject, Module, OnApplicationShutdown } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { TypeOrmModule } from '@nestjs/typeorm';
import type Redis from 'ioredis';
import { DataSource } from 'typeorm';
import { ApiKeyEntity, dataSourceOptions } from '@factdesk/persistence';
import { ApiKeysService } from './auth/api-keys.service';
import { SessionsService } from './auth/sessions.service';
import { StreamTokensService } from './auth/stream-tokens.service';
import { APP_CONFIG, AppConfig } from './config';
import { ReadDatabase, REPLICA_DATA_SOURCE } from './database/read-database.service';
import { RedisHealthIndicator } from './health/redis.health';
import { ContextLogger } from './logging/context-logger';
import { LogSink } from './logging/log-sink';
import { PinoLoggerService } from './logging/pino-logger.service';
import { pinoOptions } from './logging/pino-options';
import { createRedisClient, REDIS_CLIENT } from './redis/redis-client';

class RedisClientCloser implements OnApplicationShutdown {
  constructor(@Inject(REDIS_CLIENT) private readonly redis: Redis) {}

  onApplicationShutdown(): void {
    this.redis.disconnect();
  }
}

/** A second pool on the read replica, named in pg_stat_activity; none without DATABASE_READ_URL. */
async function replicaDataSource(config: AppConfig, app: string): Promise<DataSource | null> {
  if (!config.DATABASE_READ_URL) return null;
  return new DataSource(
    dataSourceOptions(config.DATABASE_READ_URL, config.DATABASE_POOL_SIZE, `factdesk-${app}-read`),
  ).initialize();
}

/** What every process shares: validated config, logger, database, Redis client, API keys, health. */
@Global()
@Module({})
export class PlatformModule {
  static forRoot(config: AppConfig, app: string): DynamicModule {
    return {
      module: PlatformModule,
      imports: [
        TypeOrmModule.forRoot({
          ...dataSourceOptions(config.DATABASE_URL, config.DATABASE_POOL_SIZE),
          autoLoadEntities: false,
        }),
        TypeOrmModule.forFeature([ApiKeyEntity]),
        TerminusModule,
      ],
      providers: [
        { provide: APP_CONFIG, useValue: config },
        { provide: LogSink, useValue: new LogSink(pinoOptions(config, app)) },
        PinoLoggerService,
        ContextLogger,
        { provide: REDIS_CLIENT, useFactory: () => createRedisClient(config.REDIS_URL, `factdesk-${app}`) },
        { provide: REPLICA_DATA_SOURCE, useFactory: () => replicaDataSource(config, app) },
        RedisClientCloser,
        RedisHealthIndicator,
        ApiKeysService,
        ReadDatabase,
        SessionsService,
        StreamTokensService,
      ],
      exports: [
        APP_CONFIG,
        LogSink,
        PinoLoggerService,
        ContextLogger,
        REDIS_CLIENT,
        RedisHealthIndicator,
        ApiKeysService,
        ReadDatabase,
        SessionsService,
        StreamTokensService,
        TerminusModule,
        TypeOrmModule,
      ],
    };
  }
}
