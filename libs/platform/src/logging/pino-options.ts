import { randomUUID } from 'crypto';
import type { IncomingMessage, ServerResponse } from 'http';
import type { Options } from 'pino-http';
import type { AppConfig } from '../config';
import { accessFacts } from './access-log';

const REQUEST_ID_HEADER = 'x-request-id';
/** Event streams take a single-use credential as ?token= (browsers cannot send headers): never logged. */
const withoutTokens = (url: unknown) =>
  typeof url === 'string' ? url.replace(/([?&]token=)[^&]*/g, '$1[Redacted]') : url;

/** JSON logs with a request id on every line; the id is echoed back so callers can quote it. */
export function pinoOptions(config: AppConfig, app: string): Options {
  return {
    level: config.LOG_LEVEL,
    base: { app },
    redact: ['req.headers.authorization', 'req.headers.cookie'],
    serializers: { req: (req: { url?: unknown }) => ({ ...req, url: withoutTokens(req.url) }) },
    genReqId: (req: IncomingMessage, res: ServerResponse) => {
      const given = req.headers[REQUEST_ID_HEADER];
      const id = typeof given === 'string' && /^[\w.-]{1,100}$/.test(given) ? given : randomUUID();
      res.setHeader(REQUEST_ID_HEADER, id);
      return id;
    },
    // The access log: one line per request at info (a 4xx is the caller's business, not the server's), 5xx at error.
    customLogLevel: (_req, res, error) => (error || res.statusCode >= 500 ? 'error' : 'info'),
    customSuccessObject: (req, _res, fields: object) => ({ ...fields, ...accessFacts(req) }),
    customErrorObject: (req, _res, _error, fields: object) => ({ ...fields, ...accessFacts(req) }),
    autoLogging: { ignore: (req) => req.url === '/health' || req.url === '/metrics' },
  };
}
