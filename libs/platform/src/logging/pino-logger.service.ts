import { Injectable, type LoggerService } from '@nestjs/common';
import type { Level } from 'pino';
import { LogSink } from './log-sink';

/** A stack trace passed as a string, as Nest's own exception handlers do: `error(message, stack, context)`. */
const looksLikeStack = (value: unknown): value is string => typeof value === 'string' && /\n\s*at /.test(value);

/** Nest's LoggerService over pino: Nest's and `new Logger(context)` messages become JSON lines with a context. */
@Injectable()
export class PinoLoggerService implements LoggerService {
  constructor(private readonly sink: LogSink) {}

  verbose(message: unknown, ...params: unknown[]): void {
    this.write('trace', message, params);
  }
  debug(message: unknown, ...params: unknown[]): void {
    this.write('debug', message, params);
  }
  log(message: unknown, ...params: unknown[]): void {
    this.write('info', message, params);
  }
  warn(message: unknown, ...params: unknown[]): void {
    this.write('warn', message, params);
  }
  error(message: unknown, ...params: unknown[]): void {
    this.write('error', message, params);
  }
  fatal(message: unknown, ...params: unknown[]): void {
    this.write('fatal', message, params);
  }

  /** Nest passes the context last; anything between the message and it is kept as `params`. */
  private write(level: Level, message: unknown, params: unknown[]): void {
    const fields: Record<string, unknown> = {};
    const rest = params.slice(0, -1);
    if (params.length) fields.context = params[params.length - 1];
    if (level === 'error' && rest.length === 1 && looksLikeStack(rest[0]) && typeof message === 'string') {
      const err = new Error(message);
      err.stack = rest[0];
      this.sink.current.error({ ...fields, err });
      return;
    }
    // pino's own shape through Nest's Logger, `logger.error({ errorId }, 'unexpected error')`: the string is the msg.
    const pinoMessage =
      typeof message === 'object' && message !== null && rest.length === 1 && typeof rest[0] === 'string'
        ? rest[0]
        : undefined;
    if (rest.length && pinoMessage === undefined) fields.params = rest;
    if (message instanceof Error) this.sink.current[level]({ ...fields, err: message }, pinoMessage);
    else if (typeof message === 'object' && message !== null) {
      this.sink.current[level]({ ...fields, ...message }, pinoMessage);
    } else this.sink.current[level](fields, String(message));
  }
}
