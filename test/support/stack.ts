import { randomBytes } from 'crypto';
import Redis from 'ioredis';
import { Pool } from 'pg';
import { generateApiKeySecret } from '../../libs/platform/src/auth/api-key-secret';
import { type HttpResult, http } from './http';
import { type AppProcess, freePort, runApp, runCli, stopProcess } from './processes';
import { waitFor } from './wait-for';

export const TEST_POSTGRES = process.env.TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432';
export const TEST_REDIS = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

export type Role = 'intake' | 'reviewer' | 'editor' | 'admin';

export interface Stack {
  baseUrl: string;
  env: NodeJS.ProcessEnv;
  db: Pool;
  keys: Record<Role, string>;
  /** The API key id of each of `keys`. */
  keyIds: Record<Role, string>;
  /** Another API key of `role`, for tests that need two people of one role. */
  addKey(role: Role, name: string): Promise<{ id: string; secret: string }>;
  api?: AppProcess;
  worker?: AppProcess;
  request<T = any>(
    method: string,
    path: string,
    options?: { as?: Role | null; key?: string; body?: unknown; rawBody?: string; headers?: Record<string, string> },
  ): Promise<HttpResult<T>>;
  startWorker(extraEnv?: NodeJS.ProcessEnv): Promise<AppProcess>;
  startApi(): Promise<AppProcess>;
  /** Another api process on the same database and Redis prefix, on a port of its own (stopped with the stack). */
  startSecondApi(extraEnv?: NodeJS.ProcessEnv): Promise<{ baseUrl: string; process: AppProcess }>;
  stop(): Promise<void>;
}

/**
 * A full factdesk for one test file: its own database (created and migrated by the real cli), its own Redis key
 * prefix, and the compiled api and worker as child processes. stop() removes all of it.
 */
export async function startStack(
  options: { redisUrl?: string; worker?: boolean; env?: NodeJS.ProcessEnv; readReplica?: boolean } = {},
): Promise<Stack> {
  const runId = `${process.pid}_${randomBytes(4).toString('hex')}`;
  const databaseUrl = `${TEST_POSTGRES}/factdesk_e2e_${runId}`;
  const redisUrl = options.redisUrl ?? TEST_REDIS;
  const port = await freePort();
  const env: NodeJS.ProcessEnv = {
    NODE_ENV: 'test',
    DATABASE_URL: databaseUrl,
    REDIS_URL: redisUrl,
    REDIS_PREFIX: `fdtest:${runId}`,
    PORT: String(port),
    HOST: '127.0.0.1',
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'warn',
    OUTBOX_POLL_MS: '50',
    // Suites and benches send far more than a client should; rate-limits.e2e-spec.ts sets low limits of its own.
    RATE_LIMIT_PER_KEY: '1000000',
    RATE_LIMIT_PER_IP: '1000000',
    // No replica here: the read pool points at the same database, which exercises the routing all the same.
    ...(options.readReplica ? { DATABASE_READ_URL: databaseUrl } : {}),
    ...options.env,
  };
  const migrated = runCli(['migrate'], env);
  if (migrated.status !== 0) throw new Error(`migrate failed: ${migrated.stderr}`);

  const db = new Pool({ connectionString: databaseUrl, max: 4 });
  const addKey = async (role: Role, name: string) => {
    const secret = generateApiKeySecret();
    const { rows } = await db.query<{ id: string }>(
      'INSERT INTO api_keys (name, role, key_hash, key_prefix) VALUES ($1, $2, $3, $4) RETURNING id',
      [name, role, secret.hash, secret.displayPrefix],
    );
    return { id: rows[0].id, secret: secret.secret };
  };
  const keys = {} as Record<Role, string>;
  const keyIds = {} as Record<Role, string>;
  for (const role of ['intake', 'reviewer', 'editor', 'admin'] as Role[]) {
    const key = await addKey(role, `test ${role}`);
    keys[role] = key.secret;
    keyIds[role] = key.id;
  }

  const baseUrl = `http://127.0.0.1:${port}`;
  const extraApis: AppProcess[] = [];
  const stack: Stack = {
    baseUrl,
    env,
    db,
    keys,
    keyIds,
    addKey,
    request: (method, path, opts = {}) =>
      http(baseUrl, method, path, {
        ...opts,
        key: opts.key ?? (opts.as === null ? undefined : keys[opts.as ?? 'admin']),
      }),
    async startApi() {
      const api = runApp('api', env);
      stack.api = api;
      await waitFor(
        async () => (await fetch(`${baseUrl}/health`)).status === 200,
        `api health (${api.output()})`,
        30_000,
      );
      return api;
    },
    async startSecondApi(extraEnv = {}) {
      const secondPort = await freePort();
      const secondUrl = `http://127.0.0.1:${secondPort}`;
      const api = runApp('api', { ...env, ...extraEnv, PORT: String(secondPort) });
      extraApis.push(api);
      await waitFor(
        async () => (await fetch(`${secondUrl}/health`)).status === 200,
        `second api health (${api.output()})`,
        30_000,
      );
      return { baseUrl: secondUrl, process: api };
    },
    async startWorker(extraEnv = {}) {
      const worker = runApp('worker', { ...env, ...extraEnv });
      stack.worker = worker;
      await waitFor(
        async () => worker.output().includes('factdesk worker running'),
        `worker start (${worker.output()})`,
        30_000,
      );
      return worker;
    },
    async stop() {
      await Promise.all([
        stopProcess(stack.api),
        stopProcess(stack.worker),
        ...extraApis.map((api) => stopProcess(api)),
      ]);
      await db.end();
      await dropTestDatabase(databaseUrl);
      await deleteRedisKeys(redisUrl, `fdtest:${runId}`);
    },
  };
  await stack.startApi();
  if (options.worker !== false) await stack.startWorker();
  return stack;
}

export async function dropTestDatabase(databaseUrl: string): Promise<void> {
  const admin = new Pool({ connectionString: `${TEST_POSTGRES}/postgres`, max: 1 });
  try {
    const name = new URL(databaseUrl).pathname.slice(1);
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  } finally {
    await admin.end();
  }
}

export async function deleteRedisKeys(redisUrl: string, prefix: string): Promise<void> {
  const redis = new Redis(redisUrl, { maxRetriesPerRequest: 1, lazyConnect: true, retryStrategy: () => null });
  redis.on('error', () => undefined);
  try {
    await redis.connect();
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 1000);
      if (keys.length) await redis.del(...keys);
      cursor = next;
    } while (cursor !== '0');
  } catch {
    // the Redis of a test that stopped it on purpose may be gone; its data went with it
  } finally {
    redis.disconnect();
  }
}
