import 'reflect-metadata';
import { type AddressInfo } from 'net';
import { announce, collectProcessMetrics, exitOnStartupError, loadConfig, LogSink } from '@factdesk/platform';
import { createApiApp } from './bootstrap';

async function main(): Promise<void> {
  const config = loadConfig();
  collectProcessMetrics('api');
  const app = await createApiApp(config);
  await app.listen({ port: config.PORT, host: config.HOST });
  const { port } = app.getHttpServer().address() as AddressInfo;
  const host = ['0.0.0.0', '::'].includes(config.HOST) ? 'localhost' : config.HOST;
  announce(app.get(LogSink), `factdesk: api on http://${host}:${port} (OpenAPI at /docs, health at /health)`);
}

main().catch(exitOnStartupError);
