import 'reflect-metadata';
import { exitOnStartupError, loadConfig } from '@factdesk/platform';
import { createApiApp } from './bootstrap';

async function main(): Promise<void> {
  const config = loadConfig();
  const app = await createApiApp(config);
  await app.listen({ port: config.PORT, host: config.HOST });
  console.log(`factdesk api listening on ${await app.getUrl()}`);
}

main().catch(exitOnStartupError);
