import { Inject, Injectable, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'http';
import { type AddressInfo } from 'net';
import { APP_CONFIG, type AppConfig, ApiKeysService, ContextLogger, metricsRegistry } from '@factdesk/platform';

const PROMETHEUS_TEXT = 'text/plain; version=0.0.4; charset=utf-8';

/**
 * The worker's own /metrics (job outcomes and durations, webhook deliveries, its process figures) on
 * WORKER_METRICS_PORT; 0 leaves it off. Like the api's, it needs an admin key: `Authorization: Bearer <key>`.
 */
@Injectable()
export class MetricsServer implements OnApplicationBootstrap, OnApplicationShutdown {
  private server?: Server;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly apiKeys: ApiKeysService,
    private readonly logger: ContextLogger,
  ) {
    this.logger.setContext(MetricsServer.name);
  }

  async onApplicationBootstrap(): Promise<void> {
    if (this.config.WORKER_METRICS_PORT === 0) return;
    const server = createServer((request, response) => void this.answer(request, response));
    this.server = server;
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(this.config.WORKER_METRICS_PORT, this.config.HOST, resolve);
    });
    const { port } = server.address() as AddressInfo;
    this.logger.info({ port }, `worker metrics on port ${port} (/metrics, admin key)`);
  }

  async onApplicationShutdown(): Promise<void> {
    const server = this.server;
    if (server) await new Promise((resolve) => server.close(resolve));
  }

  private async answer(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const reply = (status: number, type: string, body: string): void => {
      response.writeHead(status, { 'content-type': type }).end(body);
    };
    const error = (status: number, message: string): void =>
      reply(status, 'application/json', JSON.stringify({ statusCode: status, error: null, message, details: null }));
    try {
      if (request.method !== 'GET' || request.url?.split('?')[0] !== '/metrics') return error(404, 'only GET /metrics');
      const match = /^Bearer\s+(\S+)$/i.exec(request.headers.authorization ?? '');
      const caller = match ? await this.apiKeys.authenticate(match[1]) : null;
      if (!caller) return error(401, 'send Authorization: Bearer <admin api key>');
      if (caller.role !== 'admin') return error(403, `metrics need role admin; your key has role ${caller.role}`);
      reply(200, PROMETHEUS_TEXT, await metricsRegistry.metrics());
    } catch (failure) {
      this.logger.error({ err: failure }, 'metrics scrape failed');
      error(503, 'metrics unavailable: see the worker log');
    }
  }
}
