import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
// Pure data (no I/O): the desk listens for exactly the types the log has.
import { EVENT_TYPES } from '../../../libs/desk/src/events/log-event';

/** Changes arrive in bursts (a bulk approve); lists are refetched once per burst. */
const SETTLE_MS = 300;

/**
 * Follows GET /v1/events (the session cookie opens it; EventSource reconnects and resumes by itself) and refetches
 * what an event makes stale: the dashboard on stats.changed, lists and the claim on claim events.
 */
export function useLiveEvents(enabled: boolean): 'live' | 'connecting' | 'off' {
  const client = useQueryClient();
  const [state, setState] = useState<'live' | 'connecting' | 'off'>('off');
  useEffect(() => {
    if (!enabled) return;
    const source = new EventSource('/v1/events');
    const stale = new Set<string>();
    let timer: number | undefined;
    const flush = () => {
      timer = undefined;
      for (const key of stale) void client.invalidateQueries({ queryKey: [key] });
      stale.clear();
    };
    const onEvent = (event: MessageEvent<string>) => {
      const keys =
        event.type === 'stats.changed'
          ? ['stats']
          : event.type.startsWith('claim.')
            ? ['claims', 'claim', 'mine']
            : ['articles', 'sources'];
      keys.forEach((key) => stale.add(key));
      timer ??= window.setTimeout(flush, SETTLE_MS);
    };
    setState('connecting');
    source.onopen = () => setState('live');
    source.onerror = () => setState('connecting');
    for (const type of EVENT_TYPES) source.addEventListener(type, onEvent);
    return () => {
      source.close();
      window.clearTimeout(timer);
      setState('off');
    };
  }, [client, enabled]);
  return state;
}
