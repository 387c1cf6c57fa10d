import { Inject, Injectable, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import Redis from 'ioredis';
import { APP_CONFIG, AppConfig, ContextLogger, redisConnectionSettings } from '@factdesk/platform';
import { EventLogReader } from './event-log.reader';
import { eventsChannel, type StampedBatch } from './event-stamper.service';
import { type EventFeed, EventStreamClient, type SharedFrames, type StreamSink } from './event-stream-client';
import type { EventFilter } from './event-filter';
import { type LogEvent, sseFrame } from './log-event';

export interface HubEntry {
  event: LogEvent;
  /** The event in wire format, built once for every client. */
  frame: string;
}

/** Events kept in memory for clients that fall a little behind; older ones are read from the log. */
const HELD_EVENTS = 10_000;
/** How often the hub asks the log for its end, in case a Redis message was lost (an outage, a stamper crash). */
const LOG_CHECK_MS = 1_000;
/**
 * Fan-outs start at least this far apart: each is a socket write per client (and as many reads for the clients), so
 * under load fewer and larger ones cost far less CPU; after a quiet spell an event goes out at once.
 */
const FAN_OUT_GAP_MS = 50;

/**
 * The api process's side of the live stream: one Redis subscription for every client, and the log's recent events in
 * memory, gapless: a batch that does not follow what the hub holds (a lost message) makes it read the missing
 * positions from the log first. Clients follow positions, so none sees an event twice or misses one.
 */
@Injectable()
export class EventHub implements EventFeed, OnApplicationBootstrap, OnModuleDestroy {
  private subscriber?: Redis;
  private held: HubEntry[] = [];
  private last = 0;
  private readonly clients = new Set<EventStreamClient>();
  private filling?: Promise<void>;
  private timers: NodeJS.Timeout[] = [];
  private fanOut?: NodeJS.Timeout;
  private lastFanOut = 0;

  constructor(
    private readonly reader: EventLogReader,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly logger: ContextLogger,
  ) {
    this.logger.setContext(EventHub.name);
  }

  get head(): number {
    return this.last;
  }

  /** Open streams of this process (the SSE connections gauge). */
  get clientCount(): number {
    return this.clients.size;
  }

  async onApplicationBootstrap(): Promise<void> {
    this.last = await this.reader.head();
    const subscriber = new Redis({
      ...redisConnectionSettings(this.config.REDIS_URL),
      connectionName: 'factdesk-api-events',
      retryStrategy: (attempt) => Math.min(attempt * 200, 2_000),
    });
    subscriber.on('error', () => undefined);
    subscriber.on('message', (_channel, message: string) => this.received(message));
    this.subscriber = subscriber;
    void subscriber.subscribe(eventsChannel(this.config)).catch(() => undefined);
    this.timers = [
      setInterval(() => void this.fill(), LOG_CHECK_MS),
      setInterval(
        () => this.clients.forEach((client) => client.heartbeat()),
        this.config.EVENTS_HEARTBEAT_SECONDS * 1000,
      ),
    ];
  }

  onModuleDestroy(): void {
    this.timers.forEach(clearInterval);
    clearTimeout(this.fanOut);
    [...this.clients].forEach((client) => client.close());
    this.subscriber?.disconnect();
  }

  /** A new stream from `cursor` (its Last-Event-ID, or the hub's head for live events only). */
  open(sink: StreamSink, filter: EventFilter, cursor: number): EventStreamClient {
    const client = new EventStreamClient(this, sink, filter, cursor);
    this.clients.add(client);
    void client.catchUp();
    return client;
  }

  remove(client: EventStreamClient): void {
    this.clients.delete(client);
  }

  since(position: number): HubEntry[] | undefined {
    const first = this.last - this.held.length;
    if (position < first) return undefined;
    return this.held.slice(position - first);
  }

  readLog(position: number, limit: number): Promise<LogEvent[]> {
    return this.reader.after(position, limit);
  }

  private received(message: string): void {
    let batch: StampedBatch;
    try {
      batch = JSON.parse(message) as StampedBatch;
    } catch {
      return;
    }
    const [first] = batch.events;
    if (!first) return;
    if (first.position > this.last + 1) void this.fill();
    else this.append(batch.events);
  }

  /** Reads from the log what the hub is missing up to the log's end (one reader at a time). */
  private fill(): Promise<void> {
    this.filling ??= (async () => {
      try {
        const end = await this.reader.head();
        while (this.last < end) {
          const page = await this.reader.after(this.last, 1_000);
          if (page.length === 0) break;
          this.append(page);
        }
      } catch (error) {
        this.logger.warn({ err: error }, 'could not read the event log; will retry');
      }
    })().finally(() => (this.filling = undefined));
    return this.filling;
  }

  private append(events: LogEvent[]): void {
    const before = this.last;
    for (const event of events) {
      if (event.position <= this.last) continue;
      if (event.position !== this.last + 1) {
        void this.fill();
        break;
      }
      this.held.push({ event, frame: sseFrame(event) });
      this.last = event.position;
    }
    if (this.last === before) return;
    if (this.held.length > 2 * HELD_EVENTS) this.held = this.held.slice(-HELD_EVENTS);
    this.startFanOut();
  }

  /**
   * Every client in one turn of the event loop: the bytes are built once per filter and position, so a client costs a
   * socket write. Spreading a fan-out over several turns held its last clients behind every request the api was
   * serving meanwhile: under a closed-loop review load that was most of the delivery time.
   */
  private startFanOut(): void {
    if (this.fanOut) return;
    const wait = Math.max(0, this.lastFanOut + FAN_OUT_GAP_MS - performance.now());
    this.fanOut = setTimeout(() => {
      this.fanOut = undefined;
      this.lastFanOut = performance.now();
      const shared = new Map<string, SharedFrames>();
      this.clients.forEach((client) => client.offer(shared));
    }, wait);
  }
}
