/**
 * bench:events' stream clients, in a process of their own so that reading a thousand streams does not delay the event
 * loop that times the review requests. Messages: from the parent {open: {baseUrl, key, count}}, then
 * {received: true} (answered with {received: n}) and {measure: [[key, answeredAtMs], ...]}; to the parent {opened: n},
 * then the delivery summary {count, p50, p99}.
 * Times are wall-clock milliseconds (performance.timeOrigin + now()), comparable across the two processes.
 */
import { request } from 'http';
import { percentile } from './latency';

const FRAME = /"claimId":"([^"]+)".*?"event":"([^"]+)"/;
const now = () => performance.timeOrigin + performance.now();

/** Receipts of every client: `claimId:event` and when it arrived. */
const receipts: { key: string; at: number }[][] = [];
const requests: ReturnType<typeof request>[] = [];

/** Not a general SSE parser: it only picks each frame's claim and audit event out of the text (e2e tests parse properly). */
function openClient(baseUrl: string, key: string, own: { key: string; at: number }[]): Promise<void> {
  const { hostname, port } = new URL(baseUrl);
  return new Promise((resolve, reject) => {
    const req = request(
      {
        hostname,
        port,
        path: '/v1/events?types=claim.transitioned',
        headers: { authorization: `Bearer ${key}`, accept: 'text/event-stream' },
      },
      (res) => {
        if (res.statusCode !== 200) return reject(new Error(`stream answered ${res.statusCode}`));
        let pending = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => {
          const at = now();
          const frames = (pending + chunk).split('\n\n');
          pending = frames.pop() ?? '';
          for (const frame of frames) {
            const match = FRAME.exec(frame);
            if (match) own.push({ key: `${match[1]}:${match[2]}`, at });
          }
        });
        res.on('error', () => undefined);
        resolve();
      },
    );
    req.on('error', reject);
    req.end();
    requests.push(req);
  });
}

process.on(
  'message',
  (message: {
    open?: { baseUrl: string; key: string; count: number };
    received?: true;
    measure?: [string, number][];
  }) => {
    void (async () => {
      if (message.open) {
        const { baseUrl, key, count } = message.open;
        for (let batch = 0; batch < count; batch += 100) {
          const owns = Array.from({ length: Math.min(100, count - batch) }, () => [] as { key: string; at: number }[]);
          receipts.push(...owns);
          await Promise.all(owns.map((own) => openClient(baseUrl, key, own)));
        }
        process.send?.({ opened: receipts.length });
      }
      if (message.received) process.send?.({ received: receipts.reduce((sum, own) => sum + own.length, 0) });
      if (message.measure) {
        const answered = new Map(message.measure);
        const delivery: number[] = [];
        for (const own of receipts) {
          for (const { key, at } of own) {
            const at0 = answered.get(key);
            if (at0 !== undefined) delivery.push(Math.max(0, at - at0));
          }
        }
        requests.forEach((req) => req.destroy());
        process.send?.({ count: delivery.length, p50: percentile(delivery, 50), p99: percentile(delivery, 99) }, () =>
          process.exit(0),
        );
      }
    })();
  },
);
