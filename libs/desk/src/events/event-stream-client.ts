import { type EventFilter, matchesFilter } from './event-filter';
import type { HubEntry } from './event-hub.service';
import { type LogEvent, sseFrame } from './log-event';

/** What a client needs from the hub: the events it holds after a position, and the log for older ones. */
export interface EventFeed {
  readonly head: number;
  /** Events after `position` held in memory, in order; undefined when `position` is older than what is held. */
  since(position: number): HubEntry[] | undefined;
  readLog(position: number, limit: number): Promise<LogEvent[]>;
  remove(client: EventStreamClient): void;
}

/** The part of a socket the client writes to (an http.ServerResponse). */
export interface StreamSink {
  write(chunk: string | Buffer): boolean;
  end(): void;
  readonly writableLength: number;
}

/** Frames built once in a fan-out for every client with the same filter and position. */
export interface SharedFrames {
  bytes: Buffer;
  through: number;
}

const PAGE = 500;
/** A client this far behind on its socket is cut off; it reconnects with Last-Event-ID and loses nothing. */
const MAX_BUFFERED_BYTES = 4 * 1024 * 1024;

/**
 * One open stream. Its cursor is the last position it has passed (sent, or filtered out); every event after it is
 * written once, in order: from the log while the client is behind what the hub holds, then from the hub's memory.
 */
export class EventStreamClient {
  private catchingUp = false;
  private closed = false;
  /** Clients with equal filters at the same position get the same bytes: built once per fan-out. */
  private readonly filterKey: string;

  constructor(
    private readonly source: EventFeed,
    private readonly sink: StreamSink,
    private readonly filter: EventFilter,
    private cursor: number,
  ) {
    this.filterKey = JSON.stringify(filter);
  }

  get position(): number {
    return this.cursor;
  }

  /**
   * New events in the hub: sent at once from memory, or read from the log first if the client is that far behind.
   * `shared` holds what was already built in this fan-out, by filter and position: the bytes and the position they
   * reach (the hub may have moved on since).
   */
  offer(shared: Map<string, SharedFrames> = new Map()): void {
    if (this.catchingUp || this.closed || this.cursor >= this.source.head) return;
    const key = `${this.filterKey}@${this.cursor}`;
    const built = shared.get(key);
    if (built) {
      this.cursor = built.through;
      if (built.bytes.length > 0) this.send(built.bytes);
      return;
    }
    const held = this.source.since(this.cursor);
    if (!held) return void this.catchUp();
    try {
      const bytes = Buffer.from(this.pass(held));
      shared.set(key, { bytes, through: this.cursor });
      if (bytes.length > 0) this.send(bytes);
    } catch {
      this.close();
    }
  }

  /** Sends what the client has missed, from the log and then from memory; called on connect. */
  async catchUp(): Promise<void> {
    if (this.catchingUp || this.closed) return;
    this.catchingUp = true;
    try {
      while (!this.closed && this.cursor < this.source.head) {
        const held = this.source.since(this.cursor);
        if (held) {
          this.deliver(held);
          continue;
        }
        const page = await this.source.readLog(this.cursor, PAGE);
        if (page.length === 0) break;
        this.deliver(page.map((event) => ({ event, frame: sseFrame(event) })));
      }
    } catch {
      this.close();
    } finally {
      this.catchingUp = false;
    }
  }

  heartbeat(): void {
    this.send(': heartbeat\n\n');
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.source.remove(this);
    this.sink.end();
  }

  /** One socket write per batch: with a thousand clients, writes are most of the cost of an event. */
  private deliver(entries: HubEntry[]): void {
    const frames = this.pass(entries);
    if (frames) this.send(frames);
  }

  /** The frames of `entries` after the cursor that the client wants; the cursor moves past all of them. */
  private pass(entries: HubEntry[]): string {
    let frames = '';
    for (const { event, frame } of entries) {
      if (event.position <= this.cursor) continue;
      if (event.position !== this.cursor + 1) throw new Error(`stream gap: ${this.cursor} then ${event.position}`);
      if (matchesFilter(event, this.filter)) frames += frame;
      this.cursor = event.position;
    }
    return frames;
  }

  private send(chunk: string | Buffer): void {
    if (this.closed) return;
    this.sink.write(chunk);
    if (this.sink.writableLength > MAX_BUFFERED_BYTES) this.close();
  }
}
