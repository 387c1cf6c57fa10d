import { EVENT_TYPES, type EventType, type LogEvent } from './log-event';

/** What one stream client asked for; every given field must match. */
export interface EventFilter {
  /** Exact types, or a family with `.*` (`claim.*`). */
  types?: string[];
  claimId?: string;
  articleId?: string;
  outlet?: string;
}

/** Type patterns a client may send: each names a type or a family of them. */
export function isTypePattern(pattern: string): boolean {
  if (pattern.endsWith('.*')) return EVENT_TYPES.some((type) => type.startsWith(pattern.slice(0, -1)));
  return (EVENT_TYPES as readonly string[]).includes(pattern);
}

const typeMatches = (type: EventType, patterns: string[]) =>
  patterns.some((pattern) => (pattern.endsWith('.*') ? type.startsWith(pattern.slice(0, -1)) : type === pattern));

/**
 * `stats.changed` concerns no claim, article or outlet: a dashboard filtered to one outlet still wants to know when to
 * reload, so only `types` can leave it out. A claim filter also matches events of claims merged into that claim.
 */
export function matchesFilter(event: LogEvent, filter: EventFilter): boolean {
  if (filter.types?.length && !typeMatches(event.type, filter.types)) return false;
  if (event.type === 'stats.changed') return true;
  if (filter.claimId && event.claimId !== filter.claimId && event.data.into !== filter.claimId) return false;
  if (filter.articleId && event.articleId !== filter.articleId) return false;
  if (filter.outlet && event.outlet !== filter.outlet) return false;
  return true;
}
