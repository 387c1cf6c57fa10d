import type { PositionedRawEvent } from '../events/event-log.reader';
import type { RawEvent } from '../events/log-event';
import { planDeliveries } from './webhook-dispatcher.service';
import { deliveryTypeFor, WEBHOOK_EVENT_TYPES, type WebhookTarget } from './webhook-events';

const CLAIM = '6f1c2b9e-0000-4000-8000-000000000001';
const at = new Date('2026-12-01T10:00:00Z');

const review = (name: string, from: string, to: string, outlet: string | null = 'Daily Courier'): RawEvent => ({
  origin: 'review',
  tx: '100',
  seq: '1',
  name,
  claimId: CLAIM,
  articleId: null,
  outlet,
  from,
  to,
  actorId: null,
  actorRole: 'editor',
  payload: { note: 'never shown' },
  at,
});

const domain = (name: string): RawEvent => ({ ...review(name, '', ''), origin: 'domain', payload: {} });

const target = (events: string[], extra: Partial<WebhookTarget> = {}): WebhookTarget => ({
  id: 'hook',
  events,
  outlet: null,
  createdAt: new Date('2026-12-01T09:00:00Z'),
  ...extra,
});

const positioned = (raw: RawEvent, position = 7): PositionedRawEvent => ({ position, raw });

describe('webhook event types', () => {
  it('maps log events onto the delivered types, approvals first as claim.approved', () => {
    const plan = (raw: RawEvent) => planDeliveries([positioned(raw)], [target(['claim.transitioned'])]);
    const approve = positioned(review('approve', 'ready', 'approved'));
    expect(planDeliveries([approve], [target(['claim.approved', 'claim.transitioned'])])[0].type).toBe(
      'claim.approved',
    );
    expect(planDeliveries([approve], [target(['claim.transitioned'])])[0].type).toBe('claim.transitioned');
    expect(plan(review('submit', 'in_review', 'ready'))[0].type).toBe('claim.transitioned');
    // a conflict noted on a claim approved long ago is not another approval
    const note = positioned(review('conflict', 'approved', 'approved'));
    expect(planDeliveries([note], [target(['claim.approved'])])).toEqual([]);
    expect(planDeliveries([note], [target(['claim.approved', 'claim.transitioned'])])[0].type).toBe(
      'claim.transitioned',
    );
    expect(planDeliveries([positioned(review('triage', 'new', 'queued'))], [target(['claim.queued'])])[0].type).toBe(
      'claim.queued',
    );
    expect(planDeliveries([positioned(domain('stats.changed'))], [target([...WEBHOOK_EVENT_TYPES])])).toEqual([]);
    expect(planDeliveries([positioned(domain('source.folded'))], [target([...WEBHOOK_EVENT_TYPES])])).toEqual([]);
  });

  it('gives a filtered endpoint only its type and outlet, and nothing from before it existed', () => {
    const approve = positioned(review('approve', 'ready', 'approved'));
    expect(planDeliveries([approve], [target(['claim.sla_breached'])])).toEqual([]);
    expect(planDeliveries([approve], [target(['claim.approved'], { outlet: 'Other Times' })])).toEqual([]);
    expect(planDeliveries([approve], [target(['claim.approved'], { outlet: 'Daily Courier' })])).toHaveLength(1);
    expect(planDeliveries([approve], [target(['claim.approved'], { createdAt: new Date('2026-12-02') })])).toEqual([]);
  });

  it('builds the body {type, timestamp, data} with the claim id and position, without audit notes', () => {
    const [delivery] = planDeliveries(
      [positioned(review('approve', 'ready', 'approved'), 42)],
      [target(['claim.approved'])],
    );
    const body = JSON.parse(delivery.body);
    expect(body).toMatchObject({
      type: 'claim.approved',
      timestamp: at.toISOString(),
      data: { claimId: CLAIM, from: 'ready', to: 'approved', position: 42 },
    });
    expect(delivery.body).not.toContain('never shown');
    expect(delivery.position).toBe(42);
  });

  it('gives each (endpoint, event) one delivery', () => {
    const events = [
      positioned(review('claim', 'queued', 'in_review'), 1),
      positioned(review('hold', 'in_review', 'on_hold'), 2),
    ];
    const planned = planDeliveries(events, [
      target(['claim.transitioned'], { id: 'a' }),
      target(['claim.transitioned'], { id: 'b' }),
    ]);
    expect(planned.map((delivery) => `${delivery.subscriptionId}-${delivery.position}`)).toEqual([
      'a-1',
      'b-1',
      'a-2',
      'b-2',
    ]);
    expect(
      deliveryTypeFor(target(['claim.transitioned']), { position: 1, type: 'claim.created' } as never, at),
    ).toBeNull();
  });
});
