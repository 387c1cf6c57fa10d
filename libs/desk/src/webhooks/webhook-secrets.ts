import { Inject, Injectable } from '@nestjs/common';
import { createCipheriv, createDecipheriv, randomBytes } from 'crypto';
import { linkSync, mkdirSync, readFileSync, unlinkSync, writeFileSync } from 'fs';
import { join } from 'path';
import { APP_CONFIG, type AppConfig } from '@factdesk/platform';

const SEAL_VERSION = 'v1';
const KEY_FILE = 'webhook-secret.key';

/**
 * Endpoint secrets. A Standard Webhooks secret signs every delivery, so the worker must read it back: it cannot be
 * hashed like an API key. It is sealed instead (AES-256-GCM, the endpoint id as associated data so a sealed secret
 * copied onto another row does not open) under a key kept outside the database: WEBHOOK_SECRET_KEY, or a key file made
 * on first use under STATE_DIR (one machine running api and worker). A database dump alone signs nothing.
 */
@Injectable()
export class WebhookSecrets {
  private key?: Buffer;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  /** A new secret in the Standard Webhooks form: `whsec_` and 32 random bytes in base64. */
  generate(): string {
    return `whsec_${randomBytes(32).toString('base64')}`;
  }

  seal(subscriptionId: string, secret: string): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.sealingKey(), iv).setAAD(Buffer.from(subscriptionId));
    const sealed = Buffer.concat([cipher.update(secret, 'utf8'), cipher.final()]);
    return [SEAL_VERSION, iv, cipher.getAuthTag(), sealed].map(encode).join('.');
  }

  open(subscriptionId: string, sealed: string): string {
    const [version, iv, tag, body] = sealed.split('.');
    if (version !== SEAL_VERSION) throw new Error(`unknown sealed secret version ${version}`);
    const decipher = createDecipheriv('aes-256-gcm', this.sealingKey(), Buffer.from(iv, 'base64url'))
      .setAAD(Buffer.from(subscriptionId))
      .setAuthTag(Buffer.from(tag, 'base64url'));
    return Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()]).toString('utf8');
  }

  private sealingKey(): Buffer {
    this.key ??= this.config.WEBHOOK_SECRET_KEY
      ? Buffer.from(this.config.WEBHOOK_SECRET_KEY, 'base64')
      : keyFromFile(this.config.STATE_DIR);
    return this.key;
  }
}

const encode = (part: string | Buffer) => (typeof part === 'string' ? part : part.toString('base64url'));

/** Reads the key file, or makes it: written aside, then linked into place, so two processes starting agree on one. */
function keyFromFile(dir: string): Buffer {
  const path = join(dir, KEY_FILE);
  try {
    return readKey(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const aside = `${path}.${process.pid}.${randomBytes(4).toString('hex')}`;
  writeFileSync(aside, randomBytes(32).toString('base64'), { mode: 0o600 });
  try {
    linkSync(aside, path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  } finally {
    unlinkSync(aside);
  }
  return readKey(path);
}

function readKey(path: string): Buffer {
  const key = Buffer.from(readFileSync(path, 'utf8').trim(), 'base64');
  if (key.length !== 32) throw new Error(`${path} does not hold a 32-byte base64 key`);
  return key;
}
