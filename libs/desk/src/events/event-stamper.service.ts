import { Inject, Injectable, OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type Redis from 'ioredis';
import type { ClientBase } from 'pg';
import { DataSource, QueryRunner } from 'typeorm';
import { bind } from '@factdesk/persistence';
import { APP_CONFIG, AppConfig, REDIS_CLIENT } from '@factdesk/platform';
import { type LogEvent, toLogEvent } from './log-event';
import { LOG_START, type LogCursor, nextFinalEvents } from './raw-events';

/** Every api process hears stamped batches here; a lost message is found again by position (EventHub). */
export const eventsChannel = (config: Pick<AppConfig, 'REDIS_PREFIX'>) => `${config.REDIS_PREFIX}:events`;

export interface StampedBatch {
  events: LogEvent[];
}

/** Every transaction that writes an event notifies this channel as it commits (migration 1767300000000). */
const EVENTS_COMMITTED = 'events_committed';

/** One stamper per database: the holder of this session lock. */
const STAMPER_LOCK = 'factdesk:event-stamper';

const LAST_BATCH = `
  SELECT last_position, through_tx::text, through_seq::text FROM event_log ORDER BY last_position DESC LIMIT 1`;

const WRITE_BATCH = `
  INSERT INTO event_log (first_position, last_position, after_tx, after_seq, through_tx, through_seq)
  VALUES (:first, :last, :afterTx::xid8, :afterSeq, :throughTx::xid8, :throughSeq)`;

/**
 * The sequencer of the event log. Sequence numbers are handed out when rows are written, but transactions commit in
 * any order, so "every event after seq N" read now can miss a lower seq committed a moment later. The stamper reads
 * events in (transaction id, seq) order and only below the oldest transaction still in flight (raw-events.ts), so
 * nothing can ever be inserted before what it has read; it gives them the next positions, one row per batch in
 * event_log, and then tells every api process through Redis. One process stamps at a time (a session advisory lock
 * on a connection of its own); the others wait to take over. That connection also listens for events_committed, so
 * the stamper can be woken the moment there is something to stamp rather than at its next poll.
 */
@Injectable()
export class EventStamper implements OnApplicationShutdown {
  private leader?: QueryRunner;
  private position = 0;
  private after: LogCursor = LOG_START;
  /** The leader's pg client, on which events_committed notifications arrive (they do not pass through TypeORM). */
  private listening?: ClientBase;
  private notified: () => void = () => undefined;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(REDIS_CLIENT) private readonly redis: Redis,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** `listener` runs whenever a transaction that wrote events commits, while this process is the stamper. */
  onEventsCommitted(listener: () => void): void {
    this.notified = listener;
  }

  /** Stamps the next batch: how many events it held, or null while another process is the stamper. */
  async stampNext(): Promise<number | null> {
    const leader = await this.lead();
    if (!leader) return null;
    try {
      const raw = await nextFinalEvents(leader.manager, this.after, this.config.EVENTS_BATCH_SIZE);
      if (raw.length === 0) return 0;
      const first = this.position + 1;
      const through = raw[raw.length - 1];
      await leader.query(
        ...bind(WRITE_BATCH, {
          first,
          last: this.position + raw.length,
          afterTx: this.after.tx,
          afterSeq: this.after.seq,
          throughTx: through.tx,
          throughSeq: through.seq,
        }),
      );
      this.position += raw.length;
      this.after = { tx: through.tx, seq: through.seq };
      await this.publish({ events: raw.map((event, index) => toLogEvent(event, first + index)) });
      return raw.length;
    } catch (error) {
      await this.resign();
      throw error;
    }
  }

  async onApplicationShutdown(): Promise<void> {
    await this.resign();
  }

  /** The stamper's connection, holding the lock, with the log's end read; null while another process holds it. */
  private async lead(): Promise<QueryRunner | null> {
    if (this.leader) return this.leader;
    const runner = this.dataSource.createQueryRunner();
    try {
      const [{ locked }] = (await runner.query(`SELECT pg_try_advisory_lock(hashtext($1)) AS locked`, [
        STAMPER_LOCK,
      ])) as { locked: boolean }[];
      if (!locked) {
        await runner.release();
        return null;
      }
      const [last] = (await runner.query(LAST_BATCH)) as {
        last_position: string;
        through_tx: string;
        through_seq: string;
      }[];
      await this.listen(runner);
      this.position = Number(last?.last_position ?? 0);
      this.after = last ? { tx: last.through_tx, seq: last.through_seq } : LOG_START;
      this.leader = runner;
      return runner;
    } catch (error) {
      await runner.release();
      throw error;
    }
  }

  /** The connection goes back to the pool, so the lock is released first (a broken connection lost it already). */
  private async resign(): Promise<void> {
    const leader = this.leader;
    this.leader = undefined;
    if (!leader) return;
    this.listening?.removeListener('notification', this.onNotification);
    this.listening = undefined;
    await leader.query(`UNLISTEN ${EVENTS_COMMITTED}`).catch(() => undefined);
    await leader.query(`SELECT pg_advisory_unlock(hashtext($1))`, [STAMPER_LOCK]).catch(() => undefined);
    await leader.release().catch(() => undefined);
  }

  private async listen(runner: QueryRunner): Promise<void> {
    const connection = (await runner.connect()) as ClientBase;
    await runner.query(`LISTEN ${EVENTS_COMMITTED}`);
    connection.on('notification', this.onNotification);
    this.listening = connection;
  }

  private readonly onNotification = () => this.notified();

  /** The log is already committed: a batch Redis misses is fetched by position by the api processes. */
  private async publish(batch: StampedBatch): Promise<void> {
    await this.redis.publish(eventsChannel(this.config), JSON.stringify(batch)).catch(() => undefined);
  }
}
