import { Injectable, Scope } from '@nestjs/common';
import { LogSink } from './log-sink';

type Fields = object;

/**
 * pino's call shape (`logger.info({jobId}, 'done')`) with the class's name as `context`; one instance per class
 * that injects it, which names itself with setContext.
 */
@Injectable({ scope: Scope.TRANSIENT })
export class ContextLogger {
  private context = '';

  constructor(private readonly sink: LogSink) {}

  setContext(context: string): void {
    this.context = context;
  }

  debug(fieldsOrMessage: Fields | string, message?: string): void {
    this.sink.current.debug(...this.withContext(fieldsOrMessage, message));
  }
  info(fieldsOrMessage: Fields | string, message?: string): void {
    this.sink.current.info(...this.withContext(fieldsOrMessage, message));
  }
  warn(fieldsOrMessage: Fields | string, message?: string): void {
    this.sink.current.warn(...this.withContext(fieldsOrMessage, message));
  }
  error(fieldsOrMessage: Fields | string, message?: string): void {
    this.sink.current.error(...this.withContext(fieldsOrMessage, message));
  }

  private withContext(fieldsOrMessage: Fields | string, message?: string): [Fields, string | undefined] {
    return typeof fieldsOrMessage === 'string'
      ? [{ context: this.context }, fieldsOrMessage]
      : [{ context: this.context, ...fieldsOrMessage }, message];
  }
}
