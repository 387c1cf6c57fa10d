/** Example payloads of the webhook routes (OpenAPI). */
const WEBHOOK_ID = '7d3e1f0a-2b4c-4d5e-8f60-718293a4b5c6';
const DELIVERY_ID = '1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d';

export const WEBHOOK = {
  id: WEBHOOK_ID,
  url: 'https://cms.example.org/hooks/factdesk',
  events: ['claim.approved'],
  outlet: null,
  description: 'CMS verdict badges',
  enabled: true,
  disabledReason: null,
  failingSince: null,
  previousSecretExpiresAt: null,
  createdAt: '2026-12-01T09:00:00.000Z',
  updatedAt: '2026-12-01T09:00:00.000Z',
};

export const WEBHOOK_CREATED = { ...WEBHOOK, secret: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw' };

export const WEBHOOK_DETAIL = {
  ...WEBHOOK,
  history: [
    {
      action: 'created',
      actorId: '0b6f2c1e-3f5d-4a57-9a43-2d1c8e7f9a10',
      details: { url: WEBHOOK.url, events: WEBHOOK.events, outlet: null },
      at: WEBHOOK.createdAt,
    },
  ],
};

export const SECRET_ROTATED = {
  id: WEBHOOK_ID,
  secret: 'whsec_pX0nqJ1v7Yb2mZk4c9Wq3sHd8uLr6tEa',
  previousSecretExpiresAt: '2026-12-02T09:00:00.000Z',
};

export const DELIVERY_QUEUED = { deliveryId: DELIVERY_ID, webhookId: DELIVERY_ID };

export const ATTEMPT_PAGE = {
  attempts: [
    {
      id: '9f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a',
      deliveryId: DELIVERY_ID,
      webhookId: DELIVERY_ID,
      type: 'claim.approved',
      position: 1042,
      attempt: 2,
      outcome: 'http_error',
      statusCode: 500,
      latencyMs: 38,
      error: 'the endpoint answered 500',
      nextRetryAt: '2026-12-01T09:34:00.000Z',
      deliveryStatus: 'pending',
      at: '2026-12-01T09:11:20.000Z',
    },
  ],
  nextCursor: null,
};
