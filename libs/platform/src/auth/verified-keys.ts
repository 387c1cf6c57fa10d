import type { Caller } from './roles.decorator';

/** How often a process asks PostgreSQL whether any key changed: a revocation is refused within about this long. */
export const KEY_REVISION_CHECK_MS = 500;
/** A remembered key is looked up again after this long even when nothing changed. */
export const VERIFIED_KEY_TTL_MS = 30_000;
const VERIFIED_KEY_LIMIT = 10_000;

/**
 * The keys this process verified, by secret hash, so a busy client costs no query per request. Every entry is
 * dropped as soon as the key revision (bumped by a trigger on any change to api_keys that can refuse a secret)
 * moves, none outlives its key's expiry or grace period, and none is trusted while the revision is older than
 * KEY_REVISION_CHECK_MS. Unknown secrets are never remembered, so a new key works at once. Pure: the clock and the
 * revision are the caller's; a revision is read in the same statement as the key it vouches for.
 */
export class VerifiedKeys {
  private readonly entries = new Map<string, { caller: Caller; until: number }>();
  private revision = -1;
  private revisionCheckedAt = Number.NEGATIVE_INFINITY;

  /** Whether the revision must be read again before a remembered key may be trusted. */
  revisionIsStale(now: number): boolean {
    return now - this.revisionCheckedAt >= KEY_REVISION_CHECK_MS;
  }

  /**
   * Records a revision read when the clock said `readAt`; a newer one than known forgets every key. An older one (a
   * slow query overtaken by a faster one) changes nothing. Returns whether what was read with it may be remembered.
   */
  observeRevision(revision: number, readAt: number): boolean {
    if (revision < this.revision) return false;
    if (revision > this.revision) this.entries.clear();
    this.revision = revision;
    this.revisionCheckedAt = Math.max(this.revisionCheckedAt, readAt);
    return true;
  }

  get(hash: string, now: number): Caller | null {
    const entry = this.entries.get(hash);
    if (!entry) return null;
    if (entry.until > now) return entry.caller;
    this.entries.delete(hash);
    return null;
  }

  remember(hash: string, caller: Caller, now: number, validUntil: Date | null): void {
    if (this.entries.size >= VERIFIED_KEY_LIMIT) this.entries.clear();
    const until = Math.min(now + VERIFIED_KEY_TTL_MS, validUntil?.getTime() ?? Number.POSITIVE_INFINITY);
    this.entries.set(hash, { caller, until });
  }
}
