import 'reflect-metadata';
import { exitOnStartupError, loadConfig } from '@factdesk/platform';
import { UsageError } from './commands/args';
import { keysCreate } from './commands/keys-create.command';
import { migrate } from './commands/migrate.command';
import { start } from './commands/start.command';

const USAGE = `usage: npm run cli -- <command>
  start                                   create the database, migrate, start api + worker
  migrate                                 create the database if missing and run pending migrations
  keys:create --role ROLE --name NAME     create an API key (roles: intake, reviewer, editor, admin)`;

async function main(argv: string[]): Promise<void> {
  const [command, ...rest] = argv;
  const config = loadConfig();
  switch (command) {
    case 'start':
      return start(config);
    case 'migrate':
      return migrate(config);
    case 'keys:create':
      return keysCreate(config, rest);
    default:
      throw new UsageError(command ? `unknown command ${command}` : 'no command given');
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  if (error instanceof UsageError) {
    console.error(`factdesk: ${error.message}\n${USAGE}`);
    process.exit(2);
  }
  exitOnStartupError(error);
});
