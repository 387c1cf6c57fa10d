import { createServer, type IncomingHttpHeaders, type Server } from 'http';
import { Webhook } from 'standardwebhooks';
import type { Stack } from './stack';

/** What the receiver answers to its n-th request (0-based): a status, or `hang` to never answer. */
export type Answer = number | 'hang';

export interface Received {
  id: string;
  type: string;
  data: Record<string, any>;
  headers: IncomingHttpHeaders;
  /** Whether the standardwebhooks verifier accepted it with each secret the test gave, in order. */
  verified: boolean[];
  status: Answer;
}

/**
 * A webhook endpoint on this machine, as a receiver would write one: it verifies every request with the
 * `standardwebhooks` verifier against the secrets it was told, and answers what `answer` says.
 */
export class WebhookReceiver {
  readonly received: Received[] = [];
  secrets: string[] = [];
  answer: (index: number, type: string) => Answer = () => 200;
  private readonly server: Server;

  constructor() {
    this.server = createServer((req, res) => {
      let body = '';
      req.on('data', (chunk: Buffer) => (body += chunk.toString()));
      req.on('end', () => {
        const verified = this.secrets.map((secret) => {
          try {
            new Webhook(secret).verify(body, req.headers as Record<string, string>);
            return true;
          } catch {
            return false;
          }
        });
        const parsed = JSON.parse(body) as { type: string; data: Record<string, any> };
        const status = this.answer(this.received.length, parsed.type);
        this.received.push({
          id: String(req.headers['webhook-id']),
          type: parsed.type,
          data: parsed.data,
          headers: req.headers,
          verified,
          status,
        });
        if (status !== 'hang') res.writeHead(status).end();
      });
    });
  }

  get url(): string {
    const { port } = this.server.address() as { port: number };
    return `http://127.0.0.1:${port}/hook`;
  }

  start(): Promise<void> {
    return new Promise((resolve) => this.server.listen(0, '127.0.0.1', resolve));
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise((resolve) => this.server.close(resolve));
  }

  ofType(type: string): Received[] {
    return this.received.filter((request) => request.type === type);
  }
}

/** Creates an endpoint for the receiver (admin) and tells the receiver its secret. */
export async function subscribe(
  stack: Stack,
  receiver: WebhookReceiver,
  events: string[],
  extra: Record<string, unknown> = {},
): Promise<{ id: string; secret: string }> {
  const created = await stack.request('POST', '/v1/webhooks', { body: { url: receiver.url, events, ...extra } });
  if (created.status !== 201) throw new Error(`webhook not created: ${JSON.stringify(created.body)}`);
  receiver.secrets = [created.body.secret];
  return created.body;
}
