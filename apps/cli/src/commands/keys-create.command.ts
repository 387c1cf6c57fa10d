import { NestFactory } from '@nestjs/core';
import { ROLES, Role } from '@factdesk/persistence';
import { ApiKeysService, AppConfig } from '@factdesk/platform';
import { CliModule } from '../cli.module';
import { parseOptions, UsageError } from './args';

/** keys:create --role editor --name "Desk A": prints the new key once, alone on the last line. */
export async function keysCreate(config: AppConfig, argv: string[]): Promise<void> {
  const options = parseOptions(argv, ['role', 'name']);
  const role = options.role as Role;
  if (!ROLES.includes(role)) throw new UsageError(`--role must be one of ${ROLES.join(', ')}`);
  const name = options.name?.trim();
  if (!name) throw new UsageError('--name is required, e.g. --name "Desk A"');

  const app = await NestFactory.createApplicationContext(CliModule.register(config), { logger: ['error'] });
  try {
    const key = await app.get(ApiKeysService).create(name, role);
    console.log(`Created ${role} key "${key.name}" (id ${key.id}). It is shown once; store it now:`);
    console.log(key.secret);
  } finally {
    await app.close();
  }
}
