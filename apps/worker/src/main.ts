import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import {
  announce,
  collectProcessMetrics,
  exitOnStartupError,
  loadConfig,
  LogSink,
  PinoLoggerService,
} from '@factdesk/platform';
import { WorkerModule } from './worker.module';

/** Active jobs get this long to finish after SIGTERM; a job cut short is stalled and runs again elsewhere. */
const SHUTDOWN_GRACE_MS = 10_000;

async function main(): Promise<void> {
  const config = loadConfig();
  collectProcessMetrics('worker');
  const app = await NestFactory.createApplicationContext(WorkerModule.register(config), { bufferLogs: true });
  const logger = app.get(PinoLoggerService);
  app.useLogger(logger);
  // On SIGTERM Nest closes the BullMQ workers, which finish their active jobs before the process exits. With Redis
  // away that close waits for a connection that never comes, so the grace period bounds it.
  app.enableShutdownHooks();
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.once(signal, () => {
      setTimeout(() => {
        logger.warn(`shutdown took over ${SHUTDOWN_GRACE_MS} ms (is Redis reachable?); exiting now`, 'Main');
        process.exit(1);
      }, SHUTDOWN_GRACE_MS).unref();
    });
  }
  await app.init();
  announce(app.get(LogSink), 'factdesk worker running');
}

main().catch(exitOnStartupError);
