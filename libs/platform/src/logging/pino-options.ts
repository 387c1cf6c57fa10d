import { randomUUID } from 'crypto';
import type { IncomingMessage, ServerResponse } from 'http';
import type { Params } from 'nestjs-pino';
import type { AppConfig } from '../config';

const REQUEST_ID_HEADER = 'x-request-id';

/** JSON logs with a request id on every line; the id is echoed back so callers can quote it. */
export function pinoOptions(config: AppConfig, app: string): Params {
  return {
    pinoHttp: {
      level: config.LOG_LEVEL,
      base: { app },
      redact: ['req.headers.authorization', 'req.headers.cookie'],
      genReqId: (req: IncomingMessage, res: ServerResponse) => {
        const given = req.headers[REQUEST_ID_HEADER];
        const id = typeof given === 'string' && /^[\w.-]{1,100}$/.test(given) ? given : randomUUID();
        res.setHeader(REQUEST_ID_HEADER, id);
        return id;
      },
      customLogLevel: (_req, res, error) =>
        error || res.statusCode >= 500 ? 'error' : res.statusCode >= 400 ? 'warn' : 'info',
      autoLogging: { ignore: (req) => req.url === '/health' || req.url === '/metrics' },
    },
  };
}
