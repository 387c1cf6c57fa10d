import type { LogEvent } from '../events/log-event';

/**
 * What an endpoint can subscribe to, and how a log event becomes a delivery. Pure: no I/O.
 *
 * Each log event is delivered to an endpoint at most once (one job per endpoint and position). An approval is a
 * transition too: it goes out as `claim.approved` to endpoints that take that type, and as `claim.transitioned` to
 * those that follow every transition but not approvals by name, so neither kind of endpoint misses it.
 */
export const WEBHOOK_EVENT_TYPES = [
  'article.extracted',
  'claim.queued',
  'claim.transitioned',
  'claim.approved',
  'claim.merged',
  'claim.sla_breached',
] as const;
export type WebhookEventType = (typeof WEBHOOK_EVENT_TYPES)[number];

/** Sent by `POST /v1/webhooks/:id/test` only; nobody subscribes to it. */
export const PING_TYPE = 'webhook.test';

export interface WebhookBody {
  type: WebhookEventType | typeof PING_TYPE;
  timestamp: string;
  data: Record<string, unknown>;
}

/** The endpoint fields that decide what it gets. */
export interface WebhookTarget {
  id: string;
  events: readonly string[];
  outlet: string | null;
  createdAt: Date;
}

/** The types an event can go out as, the most specific first; none for events that are not delivered. */
export function deliverableTypes(event: LogEvent): WebhookEventType[] {
  // into approved, not a note (a conflict, a settled one) written on a claim that stays approved: that is no approval
  if (event.type === 'claim.transitioned' && event.data.to === 'approved' && event.data.from !== 'approved') {
    return ['claim.approved', 'claim.transitioned'];
  }
  return (WEBHOOK_EVENT_TYPES as readonly string[]).includes(event.type) ? [event.type as WebhookEventType] : [];
}

/**
 * The type this endpoint gets the event as, or null if it gets none: not a type it takes, another outlet's, or an
 * event from before the endpoint existed (a dispatcher behind the log must not send an endpoint its history).
 */
export function deliveryTypeFor(target: WebhookTarget, event: LogEvent, at: Date): WebhookEventType | null {
  if (target.outlet !== null && event.outlet !== target.outlet) return null;
  if (at < target.createdAt) return null;
  return deliverableTypes(event).find((type) => target.events.includes(type)) ?? null;
}

/** The delivered body: `{type, timestamp, data}`, data as the live stream shows it plus the log position. */
export function webhookBody(type: WebhookEventType, event: LogEvent, at: Date): WebhookBody {
  return { type, timestamp: at.toISOString(), data: { ...event.data, position: event.position } };
}

export function pingBody(subscriptionId: string, now: Date): WebhookBody {
  return { type: PING_TYPE, timestamp: now.toISOString(), data: { webhookId: subscriptionId } };
}
