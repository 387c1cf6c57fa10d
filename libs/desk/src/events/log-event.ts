/**
 * The event log as clients see it: one event per audit row or domain event, at a position that increases by one from
 * event to event. Pure: no I/O.
 */
export const EVENT_TYPES = [
  'article.extracted',
  'article.failed',
  'claim.created',
  'claim.queued',
  'claim.transitioned',
  'claim.merged',
  'claim.sla_breached',
  'source.folded',
  'stats.changed',
] as const;
export type EventType = (typeof EVENT_TYPES)[number];

/** Domain events: written by the operation they announce, in its transaction (review events have their own table). */
export type DomainEventType = Extract<
  EventType,
  'article.extracted' | 'article.failed' | 'claim.created' | 'source.folded' | 'stats.changed'
>;

/** One row of review_events or domain_events, with the claim's article and outlet looked up. */
export interface RawEvent {
  origin: 'review' | 'domain';
  /** The writing transaction's id (xid8, as text) and the row's sequence number: the log's order is (tx, seq). */
  tx: string;
  seq: string;
  /** The review event name (`submit`) or the domain event type (`article.extracted`). */
  name: string;
  claimId: string | null;
  articleId: string | null;
  outlet: string | null;
  from: string | null;
  to: string | null;
  actorId: string | null;
  actorRole: string | null;
  payload: Record<string, unknown>;
  at: Date;
}

export interface LogEvent {
  position: number;
  type: EventType;
  claimId: string | null;
  articleId: string | null;
  outlet: string | null;
  /** The SSE `data:` object. */
  data: Record<string, unknown>;
}

/** Which audit payload fields a transition event shows (never notes or verdict texts). */
const SHOWN_PAYLOAD = ['priority', 'dueAt', 'into', 'assigneeId', 'target'] as const;

const MERGING_EVENTS = new Set(['match', 'merge', 'confirm_duplicate']);

export function eventTypeOf(raw: Pick<RawEvent, 'origin' | 'name' | 'to'>): EventType {
  if (raw.origin === 'domain') {
    if (!(EVENT_TYPES as readonly string[]).includes(raw.name)) throw new Error(`unknown domain event ${raw.name}`);
    return raw.name as EventType;
  }
  if (raw.name === 'triage') return 'claim.queued';
  if (raw.name === 'claim.sla_breached') return 'claim.sla_breached';
  if (MERGING_EVENTS.has(raw.name) && raw.to === 'merged') return 'claim.merged';
  return 'claim.transitioned';
}

export function toLogEvent(raw: RawEvent, position: number): LogEvent {
  const type = eventTypeOf(raw);
  const ids = { claimId: raw.claimId, articleId: raw.articleId, outlet: raw.outlet };
  const at = raw.at.toISOString();
  if (raw.origin === 'domain') {
    const { outlet: _outlet, ...payload } = raw.payload;
    return { position, type, ...ids, data: { ...withoutNulls(ids), ...payload, at } };
  }
  const shown = Object.fromEntries(
    SHOWN_PAYLOAD.filter((key) => key in raw.payload).map((key) => [key, raw.payload[key]]),
  );
  return {
    position,
    type,
    ...ids,
    data: {
      ...ids,
      event: raw.name,
      from: raw.from,
      to: raw.to,
      actorRole: raw.actorRole,
      ...shown,
      at,
    },
  };
}

const withoutNulls = (record: Record<string, string | null>) =>
  Object.fromEntries(Object.entries(record).filter(([, value]) => value !== null));

/** The event in the SSE wire format: built once, written to every client that wants it. */
export function sseFrame(event: LogEvent): string {
  // JSON.stringify never emits a raw line break, so the data fits one `data:` line.
  return `id: ${event.position}\nevent: ${event.type}\ndata: ${JSON.stringify(event.data)}\n\n`;
}
