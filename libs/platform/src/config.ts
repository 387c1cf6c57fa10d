import { z } from 'zod';

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

const postgresUrl = z
  .string()
  .url()
  .refine((value) => /^postgres(ql)?:$/.test(new URL(value).protocol), 'must be a postgres:// URL')
  .refine((value) => new URL(value).pathname.length > 1, 'must name a database, e.g. /factdesk');

const redisUrl = z
  .string()
  .url()
  .refine((value) => /^rediss?:$/.test(new URL(value).protocol), 'must be a redis:// URL')
  .refine((value) => /^\/?\d*$/.test(new URL(value).pathname), 'database index must be a number, e.g. /0');

const positiveInt = z.coerce.number().int().positive();
const unitInterval = z.coerce.number().gt(0, 'must be above 0').max(1);

const configSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    DATABASE_URL: postgresUrl.default('postgres://postgres@127.0.0.1:5432/factdesk'),
    DATABASE_POOL_SIZE: positiveInt.default(10),
    REDIS_URL: redisUrl.default('redis://127.0.0.1:6379'),
    REDIS_PREFIX: z
      .string()
      .regex(/^[\w:.-]+$/, 'letters, digits and : . _ - only')
      .default('factdesk'),
    HOST: z.string().min(1).default('0.0.0.0'),
    PORT: z.coerce.number().int().min(0).max(65535).default(3000),
    WORKER_METRICS_PORT: z.coerce.number().int().min(0).max(65535).default(0),
    LOG_LEVEL: z.enum(LOG_LEVELS).default('info'),
    EXTRACT_CONCURRENCY: positiveInt.default(4),
    VERIFICATION_CONCURRENCY: positiveInt.default(32),
    /** Claims placed together at most (the verification jobs running at once are gathered into batches). */
    TRIAGE_BATCH_SIZE: positiveInt.default(16),
    OUTBOX_POLL_MS: positiveInt.default(200),
    OUTBOX_BATCH_SIZE: positiveInt.default(200),
    REVIEW_LEASE_SECONDS: positiveInt.default(30 * 60),
    STALLED_SWEEP_SECONDS: positiveInt.default(60),
    STALLED_AFTER_SECONDS: positiveInt.default(120),
    SLA_HOURS_HIGH: z.coerce.number().positive().default(4),
    SLA_HOURS_NORMAL: z.coerce.number().positive().default(24),
    SLA_HOURS_LOW: z.coerce.number().positive().default(72),
    /** SLA timers fire at due times rounded up to this many seconds: one delayed job per step, not per claim. */
    SLA_TIMER_STEP_SECONDS: positiveInt.default(60),
    /** Trigram similarity (0-1) of two claims of one source: at or above HIGH the same claim, from LOW a suggestion. */
    MATCH_THRESHOLD_HIGH: unitInterval.default(0.6),
    MATCH_THRESHOLD_LOW: unitInterval.default(0.35),
  })
  .refine((config) => config.MATCH_THRESHOLD_LOW <= config.MATCH_THRESHOLD_HIGH, {
    path: ['MATCH_THRESHOLD_LOW'],
    message: 'must not be above MATCH_THRESHOLD_HIGH',
  });

export type AppConfig = Readonly<z.infer<typeof configSchema>>;

export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    problem: string,
  ) {
    super(`Invalid configuration: ${variable} ${problem}`);
  }
}

/** The only place that reads the environment; every app calls it once at start. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const input = Object.fromEntries(
    Object.keys(configSchema.shape).map((key) => [key, env[key] === '' ? undefined : env[key]]),
  );
  const parsed = configSchema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const variable = String(issue.path[0]);
    throw new ConfigError(variable, `${issue.message} (got ${JSON.stringify(env[variable] ?? null)})`);
  }
  return Object.freeze(parsed.data);
}

export interface RedisConnectionSettings {
  host: string;
  port: number;
  db: number;
  username?: string;
  password?: string;
  tls?: Record<string, never>;
}

export function redisConnectionSettings(url: string): RedisConnectionSettings {
  const parsed = new URL(url);
  return {
    host: parsed.hostname,
    port: Number(parsed.port || 6379),
    db: Number(parsed.pathname.replace('/', '') || 0),
    username: parsed.username ? decodeURIComponent(parsed.username) : undefined,
    password: parsed.password ? decodeURIComponent(parsed.password) : undefined,
    tls: parsed.protocol === 'rediss:' ? {} : undefined,
  };
}

export const APP_CONFIG = Symbol('APP_CONFIG');
