import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { bind, queryPrepared } from '@factdesk/persistence';
import { type LogEvent, type RawEvent, toLogEvent } from './log-event';
import { eventsInRange } from './raw-events';

interface BatchRow {
  first_position: string;
  last_position: string;
  after_tx: string;
  after_seq: string;
  through_tx: string;
  through_seq: string;
}

export interface PositionedRawEvent {
  position: number;
  raw: RawEvent;
}

/** Stamped batches that hold positions after `position`, up to `position + limit`. */
const BATCHES_AFTER = `
  SELECT first_position, last_position, after_tx::text, after_seq, through_tx::text, through_seq
  FROM event_log WHERE last_position > :position AND first_position <= :position + :limit
  ORDER BY last_position`;

/**
 * Reads the log by position, for stream clients catching up and for consumers. A position is stored once per batch
 * (event_log); the events themselves are re-read from their tables in (tx, seq) order, which never changes for a
 * stamped range.
 */
@Injectable()
export class EventLogReader {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The last position stamped so far (0 for an empty log). */
  async head(target: DataSource | EntityManager = this.dataSource): Promise<number> {
    const [row] = await queryPrepared<{ head: string | null }>(
      target,
      'SELECT max(last_position)::text AS head FROM event_log',
      [],
    );
    return Number(row?.head ?? 0);
  }

  /** Up to `limit` events after `position`, in order. */
  async after(position: number, limit: number): Promise<LogEvent[]> {
    return (await this.rawAfter(position, limit)).map(({ position: at, raw }) => toLogEvent(raw, at));
  }

  /** The same with each event as stored; `target` is a transaction's manager when the caller reads in one. */
  async rawAfter(
    position: number,
    limit: number,
    target: DataSource | EntityManager = this.dataSource,
  ): Promise<PositionedRawEvent[]> {
    const batches = await queryPrepared<BatchRow>(target, ...bind(BATCHES_AFTER, { position, limit }));
    if (batches.length === 0) return [];
    const [first, last] = [batches[0], batches[batches.length - 1]];
    const raw = await eventsInRange(
      target,
      { tx: first.after_tx, seq: first.after_seq },
      { tx: last.through_tx, seq: last.through_seq },
    );
    const firstPosition = Number(first.first_position);
    const expected = Number(last.last_position) - firstPosition + 1;
    if (raw.length !== expected) {
      throw new Error(
        `event log positions ${firstPosition}..${last.last_position} hold ${raw.length} events, not ${expected}`,
      );
    }
    return raw
      .map((event, index) => ({ position: firstPosition + index, raw: event }))
      .filter((event) => event.position > position)
      .slice(0, limit);
  }
}
