/**
 * A short per-process memo of answers by key: a window that many dashboards poll costs one read per `ttlMs`, and a
 * request that arrives while that read runs waits for it rather than starting its own. The age of an answer grows by
 * at most `ttlMs` (its `asOf` still says what it is exact to); a failed read is not kept; 0 turns the memo off.
 */
export class Memo<T> {
  private readonly entries = new Map<string, { until: number; value: Promise<T> }>();

  constructor(
    private readonly ttlMs: number,
    private readonly clock: () => number = Date.now,
  ) {}

  get(key: string, compute: () => Promise<T>): Promise<T> {
    if (this.ttlMs === 0) return compute();
    const now = this.clock();
    const held = this.entries.get(key);
    if (held && held.until > now) return held.value;
    // Keys are windows, so stale ones would pile up: drop them whenever a new read starts.
    for (const [stale, entry] of this.entries) if (entry.until <= now) this.entries.delete(stale);
    const value = compute();
    this.entries.set(key, { until: now + this.ttlMs, value });
    value.catch(() => {
      if (this.entries.get(key)?.value === value) this.entries.delete(key);
    });
    return value;
  }
}
