import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, Repository } from 'typeorm';
import { ApiKeyEntity, bind, Role } from '@factdesk/persistence';
import { type AuditActor, recordAudit } from '../audit/audit-trail';
import { DomainError, notFound } from '../errors';
import { generateApiKeySecret, hashApiKey } from './api-key-secret';
import { Caller } from './roles.decorator';
import { VerifiedKeys } from './verified-keys';

export interface CreatedApiKey {
  id: string;
  name: string;
  role: Role;
  secret: string;
  expiresAt: Date | null;
}

export interface RotatedApiKey extends CreatedApiKey {
  /** Until when the replaced secret still works. */
  previousKeyExpiresAt: Date;
}

export type ApiKeyStatus = 'active' | 'expired' | 'revoked';

/** A key as an operator sees it: never its secret or hash, only the display prefix. */
export interface ApiKeyListing {
  id: string;
  name: string;
  role: Role;
  prefix: string;
  status: ApiKeyStatus;
  createdAt: Date;
  lastUsedAt: Date | null;
  expiresAt: Date | null;
  revokedAt: Date | null;
  rotatedAt: Date | null;
  previousKeyExpiresAt: Date | null;
}

const LAST_USED_RESOLUTION_MS = 60_000;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** SQL over api_keys: the key may be used (not revoked, not expired). */
export const API_KEY_USABLE = '(revoked_at IS NULL AND (expires_at IS NULL OR expires_at > now()))';
const LISTING_COLUMNS = `id, name, role, key_prefix AS prefix, created_at AS "createdAt", last_used_at AS "lastUsedAt",
  expires_at AS "expiresAt", revoked_at AS "revokedAt", rotated_at AS "rotatedAt",
  previous_key_expires_at AS "previousKeyExpiresAt",
  CASE WHEN revoked_at IS NOT NULL THEN 'revoked' WHEN expires_at <= now() THEN 'expired' ELSE 'active' END AS status`;

interface VerifiedRow {
  revision: string;
  id: string | null;
  name: string;
  role: Role;
  valid_until: Date | null;
}

@Injectable()
export class ApiKeysService {
  private readonly lastUsedWrites = new Map<string, number>();
  private readonly verified = new VerifiedKeys();
  private revisionRead: Promise<void> | null = null;

  constructor(@InjectRepository(ApiKeyEntity) private readonly keys: Repository<ApiKeyEntity>) {}

  /** A new key, audited (name, role, expiry; never the secret) in the same transaction. */
  async create(name: string, role: Role, expiresAt: Date | null, actor: AuditActor): Promise<CreatedApiKey> {
    const { secret, hash, displayPrefix } = generateApiKeySecret();
    return this.keys.manager.transaction(async (manager) => {
      const saved = await manager.save(
        manager.create(ApiKeyEntity, { name, role, keyHash: hash, keyPrefix: displayPrefix, expiresAt }),
      );
      await recordAudit(manager, {
        actor,
        action: 'key.created',
        targetType: 'api_key',
        targetId: saved.id,
        details: { name, role, expiresAt: expiresAt?.toISOString() ?? null },
      });
      return { id: saved.id, name: saved.name, role: saved.role, secret, expiresAt };
    });
  }

  async countActive(role?: Role): Promise<number> {
    const [{ count }] = await this.keys.manager.query<{ count: number }[]>(
      ...bind(
        `SELECT count(*)::int AS count FROM api_keys WHERE ${API_KEY_USABLE} AND (:role::text IS NULL OR role = :role)`,
        {
          role: role ?? null,
        },
      ),
    );
    return count;
  }

  /** Every key, newest first, with its status and last use. */
  async list(): Promise<ApiKeyListing[]> {
    return this.keys.manager.query<ApiKeyListing[]>(
      `SELECT ${LISTING_COLUMNS} FROM api_keys ORDER BY created_at DESC, id`,
    );
  }

  /** Revokes at once, the grace-period secret too; revoking a revoked key changes nothing and says when it was. */
  async revoke(id: string, actor: AuditActor): Promise<ApiKeyListing> {
    this.assertKeyId(id);
    const revoked = await this.updateAudited<ApiKeyListing>(
      bind(
        `UPDATE api_keys SET revoked_at = now(), previous_key_hash = NULL, previous_key_expires_at = NULL
         WHERE id = :id::uuid AND revoked_at IS NULL RETURNING ${LISTING_COLUMNS}`,
        { id },
      ),
      { actor, action: 'key.revoked', id },
    );
    return revoked ?? this.find(id);
  }

  /**
   * A new secret for the same key (same id, name and role, so its work, audit trail and Idempotency-Keys stay
   * one person's); the replaced secret keeps working for `graceMs` (0: not at all). A second rotation within the
   * grace period ends the first one's old secret at once. `expiresAt` replaces the expiry when given.
   */
  async rotate(id: string, graceMs: number, expiresAt: Date | undefined, actor: AuditActor): Promise<RotatedApiKey> {
    this.assertKeyId(id);
    const { secret, hash, displayPrefix } = generateApiKeySecret();
    const rotated = await this.updateAudited<Omit<RotatedApiKey, 'secret'>>(
      bind(
        `UPDATE api_keys SET previous_key_hash = key_hash,
           previous_key_expires_at = now() + make_interval(secs => :graceSeconds::float8),
           key_hash = :hash, key_prefix = :prefix, rotated_at = now(),
           expires_at = coalesce(:expiresAt::timestamptz, expires_at)
         WHERE id = :id::uuid AND ${API_KEY_USABLE}
         RETURNING id, name, role, expires_at AS "expiresAt", previous_key_expires_at AS "previousKeyExpiresAt"`,
        { id, hash, prefix: displayPrefix, graceSeconds: graceMs / 1000, expiresAt: expiresAt ?? null },
      ),
      {
        actor,
        action: 'key.rotated',
        id,
        details: (row) => ({ previousKeyExpiresAt: row.previousKeyExpiresAt, expiresAt: row.expiresAt }),
      },
    );
    if (rotated) return { ...rotated, secret };
    const key = await this.find(id);
    throw new DomainError('conflict', `key ${id} is ${key.status}: create a new one instead`, { id });
  }

  async authenticate(secret: string): Promise<Caller | null> {
    const hash = hashApiKey(secret);
    if (this.verified.revisionIsStale(Date.now())) await this.readRevision();
    const now = Date.now();
    const cached = this.verified.get(hash, now);
    if (cached) {
      this.touch(cached.keyId, now);
      return cached;
    }
    const row = await this.lookup(hash);
    if (!row.id) return null;
    const caller: Caller = { keyId: row.id, name: row.name, role: row.role };
    if (this.verified.observeRevision(Number(row.revision), now))
      this.verified.remember(hash, caller, now, row.valid_until);
    this.touch(caller.keyId, now);
    return caller;
  }

  /** The key behind a secret (its current one, or the replaced one within its grace), with the revision it was read at. */
  private async lookup(hash: string): Promise<VerifiedRow> {
    const [row] = await this.keys.manager.query<VerifiedRow[]>(
      ...bind(
        `SELECT r.revision, k.id, k.name, k.role,
           least(k.expires_at, CASE WHEN k.key_hash = :hash THEN NULL ELSE k.previous_key_expires_at END) AS valid_until
         FROM api_key_revision r
         LEFT JOIN api_keys k ON (k.key_hash = :hash OR (k.previous_key_hash = :hash AND k.previous_key_expires_at > now()))
           AND k.revoked_at IS NULL AND (k.expires_at IS NULL OR k.expires_at > now())`,
        { hash },
      ),
    );
    return row;
  }

  /** One read of the revision at a time, shared by the requests that wait for it. */
  private async readRevision(): Promise<void> {
    this.revisionRead ??= (async () => {
      try {
        const startedAt = Date.now();
        const [{ revision }] = await this.keys.manager.query<{ revision: string }[]>(
          'SELECT revision FROM api_key_revision',
        );
        this.verified.observeRevision(Number(revision), startedAt);
      } finally {
        this.revisionRead = null;
      }
    })();
    return this.revisionRead;
  }

  /** An UPDATE … RETURNING and, when it changed the key, its audit row (never the secret), in one transaction. */
  private updateAudited<T extends { name: string; role: Role }>(
    statement: [string, unknown[]],
    audit: { actor: AuditActor; action: string; id: string; details?: (row: T) => Record<string, unknown> },
  ): Promise<T | undefined> {
    return this.keys.manager.transaction(async (manager) => {
      const [row] = await updateReturning<T>(manager, statement);
      if (row) {
        await recordAudit(manager, {
          actor: audit.actor,
          action: audit.action,
          targetType: 'api_key',
          targetId: audit.id,
          details: { name: row.name, role: row.role, ...audit.details?.(row) },
        });
      }
      return row;
    });
  }

  private async find(id: string): Promise<ApiKeyListing> {
    const [key] = await this.keys.manager.query<ApiKeyListing[]>(
      ...bind(`SELECT ${LISTING_COLUMNS} FROM api_keys WHERE id = :id::uuid`, { id }),
    );
    if (!key) throw notFound('API key', id);
    return key;
  }

  private assertKeyId(id: string): void {
    if (!UUID.test(id)) throw notFound('API key', id);
  }

  /** Records use at most once a minute per key and process, so authentication stays a read. */
  private touch(keyId: string, now: number): void {
    if (now - (this.lastUsedWrites.get(keyId) ?? 0) < LAST_USED_RESOLUTION_MS) return;
    this.lastUsedWrites.set(keyId, now);
    void this.keys.update(keyId, { lastUsedAt: new Date(now) }).catch(() => undefined);
  }
}

/** The rows an UPDATE … RETURNING wrote (TypeORM answers an UPDATE with [rows, count]). */
async function updateReturning<T>(manager: EntityManager, [text, values]: [string, unknown[]]): Promise<T[]> {
  const [rows] = await manager.query<[T[], number]>(text, values);
  return rows;
}
