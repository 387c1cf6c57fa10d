import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { bind } from '@factdesk/persistence';
import { APP_CONFIG, type AppConfig } from '../config';
import { DomainError } from '../errors';
import { hashApiKey } from './api-key-secret';
import { ApiKeysService } from './api-keys.service';
import type { Caller } from './roles.decorator';
import { newSessionSecret, signSessionCookie, verifySessionCookie } from './session-cookie';

export interface OpenedSession {
  caller: Caller;
  cookie: string;
  expiresAt: Date;
}

/**
 * Browser sessions traded for an API key. A cookie is checked twice: its HMAC and expiry first (a forged or stale one
 * costs no query), then its row, looked up by the SHA-256 of its secret, so sign-out or revoking the key ends it at
 * once. Nothing is cached for that reason.
 */
@Injectable()
export class SessionsService {
  private signingKey?: Promise<Buffer>;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly apiKeys: ApiKeysService,
  ) {}

  async open(apiKey: string, now = new Date()): Promise<OpenedSession> {
    const caller = await this.apiKeys.authenticate(apiKey);
    if (!caller) throw new DomainError('unauthorized', 'unknown or revoked API key');
    const secret = newSessionSecret();
    const expiresAt = new Date(now.getTime() + this.config.SESSION_HOURS * 3600_000);
    const [row] = await this.db.query<{ id: string }[]>(
      ...bind(
        `INSERT INTO web_sessions (api_key_id, secret_hash, created_at, expires_at)
         VALUES (:keyId, :hash, :now, :expiresAt) RETURNING id`,
        { keyId: caller.keyId, hash: hashApiKey(secret), now, expiresAt },
      ),
    );
    const session = { id: row.id, expiresAt: expiresAt.toISOString() };
    const cookie = signSessionCookie(await this.key(), { sessionId: row.id, expiresAt, secret });
    return { caller: { ...caller, session }, cookie, expiresAt };
  }

  /** The caller behind a live session cookie, or null. */
  async authenticate(cookie: string): Promise<Caller | null> {
    const parts = verifySessionCookie(await this.key(), cookie);
    if (!parts) return null;
    const [row] = await this.db.query<Omit<Caller, 'session'>[]>(
      ...bind(
        `SELECT k.id AS "keyId", k.name, k.role FROM web_sessions s JOIN api_keys k ON k.id = s.api_key_id
         WHERE s.id = :id AND s.secret_hash = :hash AND s.revoked_at IS NULL AND s.expires_at > now()
           AND k.revoked_at IS NULL AND (k.expires_at IS NULL OR k.expires_at > now())`,
        { id: parts.sessionId, hash: hashApiKey(parts.secret) },
      ),
    );
    return row ? { ...row, session: { id: parts.sessionId, expiresAt: parts.expiresAt.toISOString() } } : null;
  }

  async revoke(sessionId: string): Promise<void> {
    await this.db.query(
      ...bind(`UPDATE web_sessions SET revoked_at = now() WHERE id = :id AND revoked_at IS NULL`, { id: sessionId }),
    );
  }

  /** Made once by the migration, shared by every api process; read once per process. */
  private key(): Promise<Buffer> {
    this.signingKey ??= this.db
      .query<{ secret: Buffer }[]>(`SELECT secret FROM web_session_signing_key`)
      .then(([row]) => row.secret)
      .catch((error: unknown) => {
        this.signingKey = undefined;
        throw error;
      });
    return this.signingKey;
  }
}
