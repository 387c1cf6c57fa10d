import { ROLES, type Role } from '@factdesk/persistence';
import { type ApiKeyListing, type AppConfig, cliActor } from '@factdesk/platform';
import { parseOptions, UsageError } from './args';
import { parseDuration } from './duration';
import { withApiKeys } from './postgres';
import { table } from './text-table';

const DEFAULT_GRACE = '24h';
const when = (date: Date | null) => (date ? date.toISOString() : '-');
const inFuture = (ms: number) => new Date(Date.now() + ms);

/** The id a command acts on, before its options: `keys:revoke <id>`. */
function keyIdArgument(argv: string[], command: string): { id: string; options: string[] } {
  const [id, ...options] = argv;
  if (!id || id.startsWith('--')) throw new UsageError(`${command} needs a key id (see keys:list)`);
  return { id, options };
}

/**
 * keys:create --role editor --name "Desk A" [--expires-in 90d]: prints the new key once, alone on the last line; with
 * --json one line {id, name, role, key, expiresAt} instead (the id is what assigneeId takes).
 */
export async function keysCreate(config: AppConfig, argv: string[]): Promise<void> {
  const { values, flags } = parseOptions(argv, { values: ['role', 'name', 'expires-in'], flags: ['json'] });
  const role = values.role as Role;
  if (!ROLES.includes(role)) throw new UsageError(`--role must be one of ${ROLES.join(', ')}`);
  const name = values.name?.trim();
  if (!name) throw new UsageError('--name is required, e.g. --name "Desk A"');
  const expiresAt = values['expires-in'] ? inFuture(parseDuration(values['expires-in'], '--expires-in')) : null;

  const key = await withApiKeys(config, (keys) => keys.create(name, role, expiresAt, cliActor('keys:create')));
  if (flags.has('json')) {
    console.log(JSON.stringify({ id: key.id, name: key.name, role: key.role, key: key.secret, expiresAt }));
    return;
  }
  const expiry = expiresAt ? `, expires ${when(expiresAt)}` : '';
  console.log(`Created ${role} key "${key.name}" (id ${key.id}${expiry}). It is shown once; store it now:`);
  console.log(key.secret);
}

/** keys:list [--json]: every key with its status and times, never a secret. */
export async function keysList(config: AppConfig, argv: string[]): Promise<void> {
  const { flags } = parseOptions(argv, { values: [], flags: ['json'] });
  const keys = await withApiKeys(config, (service) => service.list());
  if (flags.has('json')) {
    for (const key of keys) console.log(JSON.stringify(key));
    return;
  }
  if (keys.length === 0) return console.log('(no keys)');
  const header = ['id', 'name', 'role', 'prefix', 'status', 'created', 'last used', 'expires'];
  console.log(table([header, ...keys.map(listingRow)]));
}

const listingRow = (key: ApiKeyListing) => [
  key.id,
  key.name,
  key.role,
  key.prefix,
  key.status,
  when(key.createdAt),
  when(key.lastUsedAt),
  when(key.expiresAt),
];

/** keys:revoke <id>: refused by every api process within a second. */
export async function keysRevoke(config: AppConfig, argv: string[]): Promise<void> {
  const { id, options } = keyIdArgument(argv, 'keys:revoke');
  parseOptions(options, { values: [] });
  const key = await withApiKeys(config, (keys) => keys.revoke(id, cliActor('keys:revoke')));
  console.log(`Revoked ${key.role} key "${key.name}" (id ${key.id}) at ${when(key.revokedAt)}.`);
}

/**
 * keys:rotate <id> [--grace 24h] [--expires-in 90d] [--json]: a new secret for the same key, printed once on the
 * last line; the old secret keeps working for the grace period (0 ends it at once).
 */
export async function keysRotate(config: AppConfig, argv: string[]): Promise<void> {
  const { id, options } = keyIdArgument(argv, 'keys:rotate');
  const { values, flags } = parseOptions(options, { values: ['grace', 'expires-in'], flags: ['json'] });
  const graceMs = parseDuration(values.grace ?? DEFAULT_GRACE, '--grace');
  const expiresAt = values['expires-in'] ? inFuture(parseDuration(values['expires-in'], '--expires-in')) : undefined;
  const key = await withApiKeys(config, (keys) => keys.rotate(id, graceMs, expiresAt, cliActor('keys:rotate')));
  if (flags.has('json')) {
    const { secret, ...rest } = key;
    console.log(JSON.stringify({ ...rest, key: secret }));
    return;
  }
  console.log(
    `Rotated ${key.role} key "${key.name}" (id ${key.id}); the old key works until ${when(key.previousKeyExpiresAt)}. ` +
      'The new key is shown once; store it now:',
  );
  console.log(key.secret);
}
