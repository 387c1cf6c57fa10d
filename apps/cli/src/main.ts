import 'reflect-metadata';
import { DomainError, exitOnStartupError, loadConfig } from '@factdesk/platform';
import { UsageError } from './commands/args';
import { exportDesk, importDesk } from './commands/backup.command';
import { keysCreate, keysList, keysRevoke, keysRotate } from './commands/keys.command';
import { matchingRebuild } from './commands/matching.command';
import { migrate } from './commands/migrate.command';
import { start } from './commands/start.command';
import { stats, statsRebuild } from './commands/stats.command';

const USAGE = `usage: npm run cli -- <command>
  start                                   create the database, migrate, start api + worker
  migrate                                 create the database if missing and run pending migrations
  keys:create --role ROLE --name NAME [--expires-in 90d] [--json]
                                          create an API key (roles: intake, reviewer, editor, admin); the key
                                          alone on the last line, or with --json one line {id, name, role, key, expiresAt}
  keys:list [--json]                      every key: status, created, last used (to the minute), expiry
  keys:revoke ID                          revoke a key (every api refuses it within a second)
  keys:rotate ID [--grace 24h] [--expires-in 90d] [--json]
                                          a new secret for the same key; the old one works for the grace period
  stats [--from T --to T --outlet O --bucket hour|day]
                                          the dashboard figures of GET /v1/stats as tables
  stats:rebuild                           recompute the stats rollups from the tables
  matching:rebuild                        rewrite stored match texts by this build's match lexicon (migrations do
                                          it when a release changes the lexicon; safe to run again)
  export > desk.ndjson                    the whole desk (every table) as NDJSON on stdout, one snapshot
  import < desk.ndjson                    read an export into a new, migrated database (all or nothing)`;

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
    case 'keys:list':
      return keysList(config, rest);
    case 'keys:revoke':
      return keysRevoke(config, rest);
    case 'keys:rotate':
      return keysRotate(config, rest);
    case 'stats':
      return stats(config, rest);
    case 'stats:rebuild':
      return statsRebuild(config);
    case 'matching:rebuild':
      return matchingRebuild(config);
    case 'export':
      return exportDesk(config, rest);
    case 'import':
      return importDesk(config, rest);
    default:
      throw new UsageError(command ? `unknown command ${command}` : 'no command given');
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  if (error instanceof UsageError) {
    console.error(`factdesk: ${error.message}\n${USAGE}`);
    process.exit(2);
  }
  if (error instanceof DomainError) {
    console.error(`factdesk: ${error.message}`);
    process.exit(1);
  }
  exitOnStartupError(error);
});
