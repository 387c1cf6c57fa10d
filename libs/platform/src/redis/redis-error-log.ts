import { Logger } from '@nestjs/common';

interface NetworkError extends Error {
  code?: string;
  address?: string;
  port?: number;
}

interface Occurrence {
  loggedAt: number;
  suppressed: number;
}

export type LogWrite = (fields: Record<string, unknown>, message: string) => void;

/**
 * Redis clients that lose their server retry every second or so, and each attempt is an error event. An unheld
 * event is printed by ioredis or BullMQ as plain text, so every client gets this as its listener: one JSON line
 * for the first error of a kind, then at most one per window with how many were left out.
 */
export class RedisErrorLog {
  private readonly seen = new Map<string, Occurrence>();

  constructor(
    private readonly write: LogWrite,
    private readonly windowMs = 30_000,
    private readonly now: () => number = Date.now,
  ) {}

  report(client: string, error: unknown): void {
    const { code, address, port, message } = (error ?? {}) as NetworkError;
    const kind = `${client}:${code ?? message}`;
    const now = this.now();
    const last = this.seen.get(kind);
    if (last && now - last.loggedAt < this.windowMs) {
      last.suppressed += 1;
      return;
    }
    this.seen.set(kind, { loggedAt: now, suppressed: 0 });
    this.write(
      { client, code, address, port, err: message, suppressedSinceLast: last?.suppressed ?? 0 },
      'Redis connection error',
    );
  }
}

const logger = new Logger('Redis');

/** The process's one log of Redis errors, written through the app's pino logger. */
export const redisErrorLog = new RedisErrorLog((fields, message) => logger.error(fields, message));

/** Anything that emits Redis errors: an ioredis client, a BullMQ queue or worker. */
export function logRedisErrors<T extends { on(event: 'error', listener: (error: Error) => void): unknown }>(
  client: string,
  emitter: T,
): T {
  emitter.on('error', (error) => redisErrorLog.report(client, error));
  return emitter;
}
