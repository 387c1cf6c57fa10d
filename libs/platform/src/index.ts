export * from './auth';
export * from './config';
export * from './errors';
export * from './health/redis.health';
export * from './logging/pino-options';
export * from './platform.module';
export * from './redis/redis-client';
export * from './startup-errors';
