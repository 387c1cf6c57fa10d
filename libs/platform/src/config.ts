import { homedir } from 'os';
import { join } from 'path';
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

const httpUrl = z
  .string()
  .url()
  .refine((value) => /^https?:$/.test(new URL(value).protocol), 'must be an http(s) URL');

const positiveInt = z.coerce.number().int().positive();
const unitInterval = z.coerce.number().gt(0, 'must be above 0').max(1);
/** `z.coerce.boolean()` would read "false" as true. */
const flag = z.enum(['true', 'false'], { error: 'must be true or false' }).transform((value) => value === 'true');
const onOff = z.enum(['on', 'off']);

const configSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    DATABASE_URL: postgresUrl.default('postgres://postgres@127.0.0.1:5432/factdesk'),
    DATABASE_POOL_SIZE: positiveInt.default(10),
    /** A streaming replica for lists and exports; unset, they read the primary. */
    DATABASE_READ_URL: postgresUrl.optional(),
    /** After a caller changes something, their list reads go to the primary this long (longer than replica lag). */
    READ_AFTER_WRITE_SECONDS: positiveInt.default(10),
    REDIS_URL: redisUrl.default('redis://127.0.0.1:6379'),
    REDIS_PREFIX: z
      .string()
      .regex(/^[\w:.-]+$/, 'letters, digits and : . _ - only')
      .default('factdesk'),
    HOST: z.string().min(1).default('0.0.0.0'),
    PORT: z.coerce.number().int().min(0).max(65535).default(3000),
    WORKER_METRICS_PORT: z.coerce.number().int().min(0).max(65535).default(0),
    LOG_LEVEL: z.enum(LOG_LEVELS).default('info'),
    /** Where `npm start` writes files for the operator alone (the first admin key); default under the user's state dir. */
    STATE_DIR: z.string().min(1).optional(),
    EXTRACT_CONCURRENCY: positiveInt.default(4),
    VERIFICATION_CONCURRENCY: positiveInt.default(32),
    /** Claims placed together at most (the verification jobs running at once are gathered into batches). */
    TRIAGE_BATCH_SIZE: positiveInt.default(16),
    OUTBOX_POLL_MS: positiveInt.default(200),
    OUTBOX_BATCH_SIZE: positiveInt.default(200),
    REVIEW_LEASE_SECONDS: positiveInt.default(30 * 60),
    /** Claims one reviewer may hold in review at once: review/next and claim refuse more, so work stays spread. */
    REVIEW_MAX_LEASES: positiveInt.default(5),
    /** Four eyes: an approval must come from someone other than the verdict's authors. */
    REQUIRE_SECOND_APPROVER: flag.default(true),
    /** How long a browser session cookie (POST /v1/session) lasts before its holder signs in again. */
    SESSION_HOURS: z.coerce
      .number()
      .positive()
      .max(24 * 30)
      .default(12),
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
    /** The worker's event stamper and stats rollups (off only to measure what they cost). */
    EVENTS: onOff.default('on'),
    /** How often the stamper looks for committed events when the last look found fewer than a batch. */
    EVENTS_POLL_MS: positiveInt.default(40),
    EVENTS_BATCH_SIZE: positiveInt.default(1000),
    /** A comment line on every open event stream this often, so proxies and clients know it is alive. */
    EVENTS_HEARTBEAT_SECONDS: positiveInt.default(15),
    /** Lifetime of the single-use token an EventSource passes as ?token= (browsers cannot send headers). */
    EVENTS_TOKEN_SECONDS: positiveInt.default(60),
    /** Rate limits, across api processes: calls per window per API key, and per IP address for calls without one. */
    RATE_LIMIT_WINDOW_SECONDS: positiveInt.default(60),
    RATE_LIMIT_PER_KEY: positiveInt.default(1200),
    RATE_LIMIT_PER_IP: positiveInt.default(120),
    /** Origins a browser may call the api from (comma-separated, e.g. https://desk.example.org); none by default. */
    CORS_ORIGINS: z
      .string()
      .default('')
      .transform((value) =>
        value
          .split(',')
          .map((origin) => origin.trim())
          .filter(Boolean),
      )
      .pipe(z.array(z.string().url('must be a comma-separated list of origins such as https://desk.example.org'))),
    /** How often the stats rollups take in the log's new events: the figures are at most about this old. */
    STATS_ROLLUP_MS: positiveInt.default(1000),
    /** How long an api process answers a stats window from its last read of it (0: every request reads). */
    STATS_MEMO_MS: z.coerce.number().int().min(0).max(3000).default(1000),
    /** Webhook targets on private, loopback or link-local addresses are refused unless this is true (tests, intranets). */
    WEBHOOK_ALLOW_PRIVATE: flag.default(false),
    /** A delivery attempt that has no complete answer by then is cut and counted as a timeout. */
    WEBHOOK_TIMEOUT_MS: positiveInt.default(10_000),
    /** Attempts per delivery; with WEBHOOK_BACKOFF_MS doubling after each, 8 attempts span about a day. */
    WEBHOOK_ATTEMPTS: positiveInt.default(8),
    /** The wait before the first retry (11 min 20 s); each further one waits twice as long. */
    WEBHOOK_BACKOFF_MS: positiveInt.default(680_000),
    /** Delivery attempts in flight at once per worker: a hanging endpoint holds one of these, never a triage slot. */
    WEBHOOK_CONCURRENCY: positiveInt.default(32),
    /** An endpoint whose attempts have all failed for this long is disabled (with an audit event). */
    WEBHOOK_DISABLE_AFTER_SECONDS: positiveInt.default(5 * 24 * 3600),
    /** How often the dispatcher turns new log events into deliveries. */
    WEBHOOK_DISPATCH_MS: positiveInt.default(200),
    /** 32 bytes, base64: seals endpoint secrets at rest; unset, a key file under STATE_DIR (made on first use). */
    WEBHOOK_SECRET_KEY: z
      .string()
      .refine((value) => Buffer.from(value, 'base64').length === 32, 'must be 32 bytes in base64')
      .optional(),
    /** The desk as the author of its published ClaimReview documents. */
    DESK_NAME: z.string().trim().min(1).max(200).default('factdesk'),
    DESK_URL: httpUrl.default('http://localhost:3000'),
    /** The review's language (BCP 47), `inLanguage` of every ClaimReview. */
    DESK_LANGUAGE: z
      .string()
      .regex(/^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/, 'must be a BCP 47 language tag, e.g. en or de-CH')
      .default('en'),
    /** Where the desk publishes a fact check, `{id}` standing for the claim id; default DESK_URL/fact-checks/{id}. */
    CLAIMREVIEW_URL_TEMPLATE: z
      .string()
      .refine((value) => value.includes('{id}'), 'must contain {id}')
      .refine((value) => httpUrl.safeParse(value.replaceAll('{id}', 'id')).success, 'must be an http(s) URL')
      .optional(),
    /** ClaimReview documents without a key at /public/claimreview (for a public fact-check page or crawlers). */
    PUBLIC_CLAIMREVIEW: flag.default(false),
  })
  .refine((config) => config.MATCH_THRESHOLD_LOW <= config.MATCH_THRESHOLD_HIGH, {
    path: ['MATCH_THRESHOLD_LOW'],
    message: 'must not be above MATCH_THRESHOLD_HIGH',
  });

type ParsedConfig = z.infer<typeof configSchema>;
export type AppConfig = Readonly<
  Omit<ParsedConfig, 'STATE_DIR' | 'CLAIMREVIEW_URL_TEMPLATE'> & { STATE_DIR: string; CLAIMREVIEW_URL_TEMPLATE: string }
>;

/** The XDG state directory (~/.local/state unless XDG_STATE_HOME says otherwise), factdesk's folder in it. */
const defaultStateDir = (env: NodeJS.ProcessEnv): string =>
  join(env.XDG_STATE_HOME || join(env.HOME || homedir(), '.local', 'state'), 'factdesk');

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
  return Object.freeze({
    ...parsed.data,
    STATE_DIR: parsed.data.STATE_DIR ?? defaultStateDir(env),
    CLAIMREVIEW_URL_TEMPLATE:
      parsed.data.CLAIMREVIEW_URL_TEMPLATE ?? `${parsed.data.DESK_URL.replace(/\/+$/, '')}/fact-checks/{id}`,
  });
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
