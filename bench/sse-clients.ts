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

/**
 * Every client's receipts, packed: an interned `claimId:event` and when it arrived. Four million receipts kept as
 * objects made this process's own garbage collection pause for hundreds of milliseconds while it timed, and those
 * pauses were counted as the api's delivery time.
 */
class Receipts {
  private readonly keyIds = new Map<string, number>();
  private ids = new Int32Array(1 << 20);
  private times = new Float64Array(1 << 20);
  length = 0;

  push(key: string, at: number): void {
    let id = this.keyIds.get(key);
    if (id === undefined) this.keyIds.set(key, (id = this.keyIds.size));
    if (this.length === this.ids.length) this.grow();
    this.ids[this.length] = id;
    this.times[this.length++] = at;
  }

  /** Each receipt's delay after the time its key was answered at (receipts of keys never answered are left out). */
  delays(answered: Map<string, number>): number[] {
    const answeredById = new Float64Array(this.keyIds.size).fill(NaN);
    for (const [key, id] of this.keyIds) answeredById[id] = answered.get(key) ?? NaN;
    const delays: number[] = [];
    for (let n = 0; n < this.length; n++) {
      const at0 = answeredById[this.ids[n]];
      if (!Number.isNaN(at0)) delays.push(Math.max(0, this.times[n] - at0));
    }
    return delays;
  }

  private grow(): void {
    const ids = new Int32Array(this.ids.length * 2);
    const times = new Float64Array(this.times.length * 2);
    ids.set(this.ids);
    times.set(this.times);
    this.ids = ids;
    this.times = times;
  }
}

const receipts = new Receipts();
const requests: ReturnType<typeof request>[] = [];

/** Not a general SSE parser: it only picks each frame's claim and audit event out of the text (e2e tests parse properly). */
function openClient(baseUrl: string, key: string): Promise<void> {
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
            if (match) receipts.push(`${match[1]}:${match[2]}`, at);
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
          await Promise.all(Array.from({ length: Math.min(100, count - batch) }, () => openClient(baseUrl, key)));
        }
        process.send?.({ opened: requests.length });
      }
      if (message.received) process.send?.({ received: receipts.length });
      if (message.measure) {
        const delivery = receipts.delays(new Map(message.measure));
        requests.forEach((req) => req.destroy());
        process.send?.({ count: delivery.length, p50: percentile(delivery, 50), p99: percentile(delivery, 99) }, () =>
          process.exit(0),
        );
      }
    })();
  },
);
