import { Inject, Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type Redis from 'ioredis';
import { DataSource } from 'typeorm';
import { type Caller } from '../auth/roles.decorator';
import { APP_CONFIG, type AppConfig } from '../config';
import { REDIS_CLIENT } from '../redis/redis-client';
import { readTarget, type ReadTarget } from './read-routing';

/** The replica's DataSource, or null when DATABASE_READ_URL is unset. */
export const REPLICA_DATA_SOURCE = Symbol('REPLICA_DATA_SOURCE');

export interface ReadConnection {
  dataSource: DataSource;
  target: ReadTarget;
}

/**
 * Chooses the database a caller's list or export reads: the replica, unless the caller changed something within
 * READ_AFTER_WRITE_SECONDS (recorded in Redis, so every api process knows). Without a replica everything reads the
 * primary and nothing is recorded.
 */
@Injectable()
export class ReadDatabase implements OnApplicationShutdown {
  private readonly logger = new Logger(ReadDatabase.name);

  constructor(
    @InjectDataSource() private readonly primary: DataSource,
    @Inject(REPLICA_DATA_SOURCE) private readonly replica: DataSource | null,
    @Inject(REDIS_CLIENT) private readonly redis: Redis,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  get primaryDataSource(): DataSource {
    return this.primary;
  }

  async forCaller(caller: Caller): Promise<ReadConnection> {
    const lastWriteAt = this.replica ? await this.lastWriteAt(caller) : null;
    const target = readTarget({
      replicaConfigured: this.replica !== null,
      lastWriteAt,
      now: Date.now(),
      windowMs: this.windowMs,
    });
    return { dataSource: target === 'replica' && this.replica ? this.replica : this.primary, target };
  }

  /** Called after each change a caller makes; a no-op without a replica. */
  async noteWrite(caller: Caller): Promise<void> {
    if (!this.replica) return;
    try {
      await this.redis.set(this.key(caller), String(Date.now()), 'PX', this.windowMs);
    } catch (error) {
      // Reads then may come from the replica too early; the change itself is committed, so the request succeeds.
      this.logger.warn(`could not record a write of key ${caller.keyId}: ${(error as Error).message}`);
    }
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.replica?.isInitialized) await this.replica.destroy();
  }

  private get windowMs(): number {
    return this.config.READ_AFTER_WRITE_SECONDS * 1000;
  }

  private key(caller: Caller): string {
    return `${this.config.REDIS_PREFIX}:read-after-write:${caller.keyId}`;
  }

  private async lastWriteAt(caller: Caller): Promise<number | null | 'unknown'> {
    try {
      const value = await this.redis.get(this.key(caller));
      return value === null ? null : Number(value);
    } catch {
      return 'unknown';
    }
  }
}
