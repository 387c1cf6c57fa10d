import { Inject, Injectable } from '@nestjs/common';
import { request as httpRequest } from 'http';
import { request as httpsRequest } from 'https';
import { Webhook } from 'standardwebhooks';
import { APP_CONFIG, type AppConfig } from '@factdesk/platform';
import { RefusedTarget, WebhookTargetGuard } from './webhook-target-guard';

export type AttemptOutcome = 'delivered' | 'http_error' | 'timeout' | 'network_error' | 'refused';

export interface AttemptResult {
  outcome: AttemptOutcome;
  statusCode: number | null;
  latencyMs: number;
  error: string | null;
}

export interface OutgoingMessage {
  url: string;
  /** The `webhook-id`: the same on every attempt and replay of one delivery. */
  messageId: string;
  body: string;
  /** Every secret that signs now: the current one and, during a rotation's grace period, the previous one. */
  secrets: string[];
}

const USER_AGENT = 'factdesk-webhooks/1';

/**
 * One delivery attempt over HTTP(S), signed the Standard Webhooks way (`webhook-id`, `webhook-timestamp`,
 * `webhook-signature` with one `v1,` signature per secret). A 2xx answer is a delivery; anything else, no answer
 * within WEBHOOK_TIMEOUT_MS, a refused address or a broken connection is a failed attempt. Redirects are not followed
 * (a redirect could lead anywhere, the SSRF check included).
 */
@Injectable()
export class WebhookSender {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly guard: WebhookTargetGuard,
  ) {}

  async send(message: OutgoingMessage, now = new Date()): Promise<AttemptResult> {
    const started = performance.now();
    const latency = () => Math.round(performance.now() - started);
    const url = new URL(message.url);
    const literal = this.guard.literalRefusal(url);
    if (literal) return { outcome: 'refused', statusCode: null, latencyMs: 0, error: literal };
    const headers = {
      'content-type': 'application/json',
      'user-agent': USER_AGENT,
      'webhook-id': message.messageId,
      'webhook-timestamp': String(Math.floor(now.getTime() / 1000)),
      'webhook-signature': message.secrets
        .map((secret) => new Webhook(secret).sign(message.messageId, now, message.body))
        .join(' '),
    };
    try {
      const statusCode = await this.post(url, headers, message.body);
      const delivered = statusCode >= 200 && statusCode < 300;
      return {
        outcome: delivered ? 'delivered' : 'http_error',
        statusCode,
        latencyMs: latency(),
        error: delivered ? null : `the endpoint answered ${statusCode}`,
      };
    } catch (error) {
      const outcome =
        error instanceof RefusedTarget ? 'refused' : error instanceof Timeout ? 'timeout' : 'network_error';
      return { outcome, statusCode: null, latencyMs: latency(), error: (error as Error).message };
    }
  }

  /** The answer's status once its body has been read (and dropped): a delivery needs the whole answer in time. */
  private post(url: URL, headers: Record<string, string>, body: string): Promise<number> {
    const timeoutMs = this.config.WEBHOOK_TIMEOUT_MS;
    return new Promise((resolve, reject) => {
      const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
      const req = send(url, { method: 'POST', headers, lookup: this.guard.lookup, agent: false }, (res) => {
        res.on('data', () => undefined);
        res.on('end', () => resolve(res.statusCode ?? 0));
        res.on('error', reject);
      });
      const timer = setTimeout(() => req.destroy(new Timeout(`no answer within ${timeoutMs} ms`)), timeoutMs);
      req.on('close', () => clearTimeout(timer));
      req.on('error', reject);
      req.end(body);
    });
  }
}

class Timeout extends Error {
  override name = 'Timeout';
}
