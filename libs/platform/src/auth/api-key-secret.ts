import { createHash, randomBytes } from 'crypto';

const KEY_PREFIX = 'fdk_';

export interface NewApiKeySecret {
  secret: string;
  hash: string;
  displayPrefix: string;
}

export function hashApiKey(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

/** A random secret shown once; only its SHA-256 and a short display prefix are stored. */
export function generateApiKeySecret(): NewApiKeySecret {
  const secret = KEY_PREFIX + randomBytes(24).toString('base64url');
  return { secret, hash: hashApiKey(secret), displayPrefix: secret.slice(0, KEY_PREFIX.length + 6) };
}
