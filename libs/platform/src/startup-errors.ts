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

export function isUnreachable(error: unknown): boolean {
  const network = error as NetworkError;
  const inner = network?.errors?.[0] ?? network;
  return Boolean(inner?.code && UNREACHABLE.includes(inner.code)) || /timeout/i.test(network?.message ?? '');
}

/** A one-line explanation for failures an operator can fix, or null for a real bug. */
export function explainStartupError(error: unknown): string | null {
  if (error instanceof ConfigError || error instanceof ServiceUnreachableError) return error.message;
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
