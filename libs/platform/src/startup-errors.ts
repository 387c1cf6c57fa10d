import { ConfigError } from './config';

interface NetworkError {
  code?: string;
  address?: string;
  port?: number;
  message?: string;
  errors?: NetworkError[];
}

type Service = 'postgres' | 'redis';

const SERVICE_NAMES: Record<Service, string> = { postgres: 'PostgreSQL', redis: 'Redis' };
const HINTS: Record<Service, string> = {
  postgres:
    'start it with `docker compose up -d postgres`, or install and start the distribution package ' +
    '(e.g. `apt-get install postgresql && pg_ctlcluster 15 main start`), or set DATABASE_URL to a running server',
  redis:
    'start it with `docker compose up -d redis`, or install and start the distribution package ' +
    '(e.g. `apt-get install redis-server && redis-server --daemonize yes`), or set REDIS_URL to a running server',
};
const UNREACHABLE = ['ECONNREFUSED', 'ENOTFOUND', 'ETIMEDOUT', 'EHOSTUNREACH', 'EAI_AGAIN'];

/** Raised when a backing service cannot be reached at start; its message tells the operator what to do. */
export class ServiceUnreachableError extends Error {
  constructor(service: Service, url: string, cause: unknown) {
    const { hostname, port } = new URL(url);
    const code = (cause as NetworkError)?.code ?? (cause as Error)?.message ?? 'no answer';
    super(
      `${SERVICE_NAMES[service]} is not reachable at ${hostname}:${port || (service === 'redis' ? 6379 : 5432)} (${code}); ${HINTS[service]}`,
    );
  }
}

/** PostgreSQL answers but refuses the login, or the database named in DATABASE_URL is missing or not migrated. */
export class DatabaseNotReadyError extends Error {}

const MIGRATE_HINT = 'create and migrate it with `npm run cli -- migrate` (npm start does it too)';
const PROBLEMS: Record<string, (database: string, cause: string) => string> = {
  '3D000': (database) => `has no database "${database}"; ${MIGRATE_HINT}, or set DATABASE_URL to the right database`,
  '42P01': (database) => `has database "${database}" without its tables; ${MIGRATE_HINT}`,
  '28000': (_database, cause) => `refused the login (${cause}); check the user and password in DATABASE_URL`,
  '28P01': (_database, cause) => `refused the login (${cause}); check the user and password in DATABASE_URL`,
};

/** What an operator can do about a failed PostgreSQL call, or the error itself when it is not theirs to fix. */
export function diagnosePostgresError(error: unknown, url: string): unknown {
  if (isUnreachable(error)) return new ServiceUnreachableError('postgres', url, error);
  const problem = PROBLEMS[(error as NetworkError)?.code ?? ''];
  if (!problem) return error;
  const { hostname, port, pathname } = new URL(url);
  const database = decodeURIComponent(pathname.slice(1));
  const cause = (error as Error).message;
  return new DatabaseNotReadyError(`PostgreSQL at ${hostname}:${port || 5432} ${problem(database, cause)}`);
}

export function isUnreachable(error: unknown): boolean {
  const network = error as NetworkError;
  const inner = network?.errors?.[0] ?? network;
  return Boolean(inner?.code && UNREACHABLE.includes(inner.code)) || /timeout/i.test(network?.message ?? '');
}

/** A one-line explanation for failures an operator can fix, or null for a real bug. */
export function explainStartupError(error: unknown): string | null {
  if (
    error instanceof ConfigError ||
    error instanceof ServiceUnreachableError ||
    error instanceof DatabaseNotReadyError
  )
    return error.message;
  if (isUnreachable(error)) {
    const inner = (error as NetworkError).errors?.[0] ?? (error as NetworkError);
    return `cannot reach ${inner.address ?? 'a backing service'}:${inner.port ?? '?'} (${inner.code}); check DATABASE_URL and REDIS_URL`;
  }
  return null;
}

export function exitOnStartupError(error: unknown): never {
  const explained = explainStartupError(error);
  if (explained) console.error(`factdesk: ${explained}`);
  else console.error(error);
  process.exit(1);
}
