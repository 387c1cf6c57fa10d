import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { IsNull, Repository } from 'typeorm';
import { ApiKeyEntity, Role } from '@factdesk/persistence';
import { generateApiKeySecret, hashApiKey } from './api-key-secret';
import { Caller } from './roles.decorator';

export interface CreatedApiKey {
  id: string;
  name: string;
  role: Role;
  secret: string;
}

const LAST_USED_RESOLUTION_MS = 60_000;
/** Verified keys are remembered briefly so a busy client costs no query per request; revocation takes effect
 * within this time. Unknown keys are never cached, so a new key works at once. */
const VERIFIED_KEY_TTL_MS = 30_000;
const VERIFIED_KEY_LIMIT = 10_000;

@Injectable()
export class ApiKeysService {
  private readonly lastUsedWrites = new Map<string, number>();
  private readonly verified = new Map<string, { caller: Caller; until: number }>();

  constructor(@InjectRepository(ApiKeyEntity) private readonly keys: Repository<ApiKeyEntity>) {}

  async create(name: string, role: Role): Promise<CreatedApiKey> {
    const { secret, hash, displayPrefix } = generateApiKeySecret();
    const saved = await this.keys.save(this.keys.create({ name, role, keyHash: hash, keyPrefix: displayPrefix }));
    return { id: saved.id, name: saved.name, role: saved.role, secret };
  }

  async countActive(role?: Role): Promise<number> {
    return this.keys.count({ where: { revokedAt: IsNull(), ...(role ? { role } : {}) } });
  }

  async authenticate(secret: string): Promise<Caller | null> {
    const hash = hashApiKey(secret);
    const now = Date.now();
    const cached = this.verified.get(hash);
    if (cached && cached.until > now) return cached.caller;
    const key = await this.keys.findOne({ where: { keyHash: hash, revokedAt: IsNull() } });
    if (!key) {
      this.verified.delete(hash);
      return null;
    }
    const caller: Caller = { keyId: key.id, name: key.name, role: key.role };
    if (this.verified.size >= VERIFIED_KEY_LIMIT) this.verified.clear();
    this.verified.set(hash, { caller, until: now + VERIFIED_KEY_TTL_MS });
    this.touch(key.id);
    return caller;
  }

  /** Records use at most once a minute per key, so authentication stays a read. */
  private touch(keyId: string): void {
    const now = Date.now();
    if (now - (this.lastUsedWrites.get(keyId) ?? 0) < LAST_USED_RESOLUTION_MS) return;
    this.lastUsedWrites.set(keyId, now);
    void this.keys.update(keyId, { lastUsedAt: new Date(now) }).catch(() => undefined);
  }
}
