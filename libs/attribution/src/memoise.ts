/**
 * Memoises a pure function of a string. Source phrases ("he", "the minister", "officials") repeat across sentences
 * and articles, and reading one takes several regex passes. The cache is bounded and simply starts over when full,
 * so memory stays flat on a long-running worker; answers are shared, so callers must not mutate them.
 */
export function memoise<T>(read: (text: string) => T, limit = 20_000): (text: string) => T {
  const cache = new Map<string, T>();
  return (text) => {
    const hit = cache.get(text);
    if (hit !== undefined || cache.has(text)) return hit as T;
    if (cache.size >= limit) cache.clear();
    const value = read(text);
    cache.set(text, value);
    return value;
  };
}
