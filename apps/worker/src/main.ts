import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { Logger } from 'nestjs-pino';
import { exitOnStartupError, loadConfig } from '@factdesk/platform';
import { WorkerModule } from './worker.module';

async function main(): Promise<void> {
  const config = loadConfig();
  const app = await NestFactory.createApplicationContext(WorkerModule.register(config), { bufferLogs: true });
  app.useLogger(app.get(Logger));
  // On SIGTERM Nest closes the BullMQ workers, which finish their active jobs before the process exits.
  app.enableShutdownHooks();
  await app.init();
  console.log('factdesk worker running');
}

main().catch(exitOnStartupError);
