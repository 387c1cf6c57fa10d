import { ChildProcess, spawn } from 'child_process';
import Redis from 'ioredis';
import { join } from 'path';
import { NestFactory } from '@nestjs/core';
import { ensureDatabase } from '@factdesk/persistence';
import {
  ApiKeysService,
  AppConfig,
  isUnreachable,
  redisConnectionSettings,
  ServiceUnreachableError,
} from '@factdesk/platform';
import { CliModule } from '../cli.module';
import { migrate } from './migrate.command';

const APPS_DIR = join(__dirname, '..', '..', '..');

async function checkPostgres(config: AppConfig): Promise<void> {
  try {
    if (await ensureDatabase(config.DATABASE_URL)) console.log('created database');
  } catch (error) {
    if (isUnreachable(error)) throw new ServiceUnreachableError('postgres', config.DATABASE_URL, error);
    throw error;
  }
}

async function checkRedis(config: AppConfig): Promise<void> {
  const client = new Redis({
    ...redisConnectionSettings(config.REDIS_URL),
    lazyConnect: true,
    connectTimeout: 3_000,
    maxRetriesPerRequest: 0,
    retryStrategy: () => null,
  });
  // The socket error (ECONNREFUSED, ...) arrives as an event; connect() itself only reports a closed connection.
  let socketError: unknown;
  client.on('error', (error) => {
    socketError = error;
  });
  try {
    await client.connect();
    await client.ping();
  } catch (error) {
    throw new ServiceUnreachableError('redis', config.REDIS_URL, socketError ?? error);
  } finally {
    client.disconnect();
  }
}

/** The first start on an empty database prints an admin key, since nothing else could create one over HTTP. */
async function ensureFirstAdminKey(config: AppConfig): Promise<void> {
  const app = await NestFactory.createApplicationContext(CliModule.register(config), { logger: ['error'] });
  try {
    const keys = app.get(ApiKeysService);
    if ((await keys.countActive('admin')) > 0) return;
    const key = await keys.create('first admin', 'admin');
    console.log(`No admin key existed, so one was created (shown once; store it now):\n${key.secret}`);
  } finally {
    await app.close();
  }
}

function launch(app: 'api' | 'worker'): ChildProcess {
  return spawn(process.execPath, [join(APPS_DIR, app, 'src', 'main.js')], { stdio: 'inherit', env: process.env });
}

/** npm start: check services, create and migrate the database, then run api and worker until a signal. */
export async function start(config: AppConfig): Promise<void> {
  await checkPostgres(config);
  await checkRedis(config);
  await migrate(config);
  await ensureFirstAdminKey(config);

  const children = [launch('api'), launch('worker')];
  console.log(`factdesk: api on http://localhost:${config.PORT} (OpenAPI at /docs, health at /health); worker started`);

  let stopping = false;
  let crashed = false;
  const stopAll = (signal: NodeJS.Signals) => {
    stopping = true;
    for (const child of children) if (child.exitCode === null) child.kill(signal);
  };
  process.on('SIGINT', () => stopAll('SIGINT'));
  process.on('SIGTERM', () => stopAll('SIGTERM'));

  const exits = children.map(
    (child) =>
      new Promise<number>((resolve) =>
        child.on('exit', (code) => {
          if (!stopping) {
            crashed = true;
            console.error(`factdesk: a process exited unexpectedly (code ${code}); stopping the others`);
            stopAll('SIGTERM');
          }
          resolve(code ?? 0);
        }),
      ),
  );
  await Promise.all(exits);
  process.exitCode = crashed ? 1 : 0;
}
