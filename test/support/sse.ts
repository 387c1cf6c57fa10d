import { createParser, type EventSourceMessage } from 'eventsource-parser';
import { waitFor } from './wait-for';

export interface ReceivedEvent {
  id: number;
  type: string;
  data: Record<string, any>;
  receivedAt: number;
}

export interface SseClient {
  status: number;
  events: ReceivedEvent[];
  comments: string[];
  /** Resolves when the stream ends (server closed it, or close() was called). */
  ended: Promise<void>;
  close(): void;
  /** Polls (with a deadline) until an event satisfies `match`. */
  waitForEvent(match: (event: ReceivedEvent) => boolean, what: string, timeoutMs?: number): Promise<ReceivedEvent>;
  lastId(): number | undefined;
}

/**
 * A text/event-stream reader over fetch, the way a browser's EventSource reads (Last-Event-ID header on resume), but
 * keeping every event and comment for assertions. Resolves once the response headers arrived.
 */
export async function openSse(
  url: string,
  options: { key?: string; lastEventId?: number; onEvent?: (event: ReceivedEvent) => void } = {},
): Promise<SseClient> {
  const controller = new AbortController();
  const headers: Record<string, string> = { accept: 'text/event-stream' };
  if (options.key) headers.authorization = `Bearer ${options.key}`;
  if (options.lastEventId !== undefined) headers['last-event-id'] = String(options.lastEventId);
  const response = await fetch(url, { headers, signal: controller.signal });
  const events: ReceivedEvent[] = [];
  const comments: string[] = [];
  const parser = createParser({
    onEvent: (message: EventSourceMessage) => {
      const event = {
        id: Number(message.id),
        type: message.event ?? 'message',
        data: JSON.parse(message.data) as Record<string, any>,
        receivedAt: performance.now(),
      };
      events.push(event);
      options.onEvent?.(event);
    },
    onComment: (comment) => comments.push(comment.trim()),
  });
  const ended = (async () => {
    if (!response.body || response.status !== 200) return;
    const decoder = new TextDecoder();
    try {
      for await (const chunk of response.body) parser.feed(decoder.decode(chunk as Uint8Array, { stream: true }));
    } catch {
      // aborted by close(), or the server went away
    }
  })();
  return {
    status: response.status,
    events,
    comments,
    ended,
    close: () => controller.abort(),
    waitForEvent: (match, what, timeoutMs = 20_000) => waitFor(async () => events.find(match), what, timeoutMs, 25),
    lastId: () => events.at(-1)?.id,
  };
}
