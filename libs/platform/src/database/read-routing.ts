export type ReadTarget = 'primary' | 'replica';

export interface ReadRoutingFacts {
  replicaConfigured: boolean;
  /** When the caller last changed something (ms), null if not within the window, 'unknown' if that cannot be told. */
  lastWriteAt: number | null | 'unknown';
  now: number;
  windowMs: number;
}

/**
 * Where a caller's list reads go. A replica lags the primary, so a caller who has just changed something reads the
 * primary until the window (longer than the replica's lag) has passed: nobody sees their own change undone. When the
 * last write cannot be told (Redis unreachable), the primary is the safe answer.
 */
export function readTarget(facts: ReadRoutingFacts): ReadTarget {
  if (!facts.replicaConfigured) return 'primary';
  if (facts.lastWriteAt === 'unknown') return 'primary';
  if (facts.lastWriteAt !== null && facts.now - facts.lastWriteAt < facts.windowMs) return 'primary';
  return 'replica';
}
