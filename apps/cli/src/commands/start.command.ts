import Redis from 'ioredis';
import { join } from 'path';
import pino from 'pino';
import { type AppConfig, cliActor, redisConnectionSettings, ServiceUnreachableError } from '@factdesk/platform';
import { deliverFirstAdminKey } from './first-admin-key';
import { migrate } from './migrate.command';
import { ensureDatabaseExists, withApiKeys } from './postgres';
import { Supervisor } from './supervisor';

const APPS_DIR = join(__dirname, '..', '..', '..');

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
  const key = await withApiKeys(config, async (keys) =>
    (await keys.countActive('admin')) > 0 ? null : keys.create('first admin', 'admin', null, cliActor('npm start')),
  );
  if (!key) return;
  deliverFirstAdminKey(key.secret, {
    isTTY: Boolean(process.stdout.isTTY),
    stateDir: config.STATE_DIR,
    databaseName: new URL(config.DATABASE_URL).pathname.slice(1),
    print: (line) => console.log(line),
  });
}

/** npm start: check services, create and migrate the database, then run and supervise api and worker until a signal. */
export async function start(config: AppConfig): Promise<void> {
  await ensureDatabaseExists(config);
  await checkRedis(config);
  await migrate(config);
  await ensureFirstAdminKey(config);

  // Each process says when it is ready: the api once it listens, the worker once its queues run.
  const log = pino({ level: config.LOG_LEVEL, base: { app: 'launcher' } });
  const supervisor = new Supervisor(
    (['api', 'worker'] as const).map((name) => ({ name, script: join(APPS_DIR, name, 'src', 'main.js') })),
    log,
  );
  supervisor.start();

  // Listening for the whole stop: a second Ctrl-C must not kill the launcher and leave the children behind.
  await new Promise<void>((resolve) => {
    const onSignal = (signal: NodeJS.Signals) => {
      log.info({ signal }, `stopping api and worker (${signal})`);
      void supervisor.stop(signal === 'SIGHUP' ? 'SIGTERM' : signal).then(resolve);
    };
    for (const name of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(name, onSignal);
  });
  log.info('stopped');
}
