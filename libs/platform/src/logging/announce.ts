import type { LogSink } from './log-sink';

/**
 * A start-up line that the launcher, operators and tests wait for ("factdesk worker running"): pino JSON like every
 * other line, written at info even when LOG_LEVEL is warn or above, so it is there in every run but a silent one.
 */
export function announce(sink: LogSink, message: string): void {
  const logger = sink.current;
  if (logger.level === 'silent') return;
  logger.child({ context: 'Main' }, { level: 'info' }).info(message);
}
