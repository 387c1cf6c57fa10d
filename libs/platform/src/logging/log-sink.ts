import { AsyncLocalStorage } from 'async_hooks';
import type { IncomingMessage, ServerResponse } from 'http';
import type { Logger } from 'pino';
import { type HttpLogger, type Options, pinoHttp } from 'pino-http';

/**
 * The process's one pino logger and its pino-http request logger. While a request runs, `current` is the request's
 * child logger (its id and method/url on every line), so a log written deep in a service still names the request.
 */
export class LogSink {
  private readonly http: HttpLogger;
  private readonly requests = new AsyncLocalStorage<Logger>();

  constructor(options: Options) {
    this.http = pinoHttp(options);
  }

  get current(): Logger {
    return this.requests.getStore() ?? this.http.logger;
  }

  /** Logs the request when its response finishes and runs `next` with the request's logger as `current`. */
  handleRequest(req: IncomingMessage, res: ServerResponse, next: () => void): void {
    this.http(req, res);
    this.requests.run(req.log, next);
  }
}
