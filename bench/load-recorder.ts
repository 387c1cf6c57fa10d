import type { Call } from '../test/support/review-cycle';
import { keepAliveClient } from './keep-alive-client';
import { formatMs, percentile } from './latency';

/** What one route answered: every latency, and how many answers of each status (`network` for no answer). */
interface RouteRecord {
  latencies: number[];
  statuses: Map<string, number>;
}

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;

/** `GET /v1/claims/:id` for `GET /v1/claims/6f1c…?x=1`: figures per route, not per URL. */
export const routeOf = (method: string, path: string): string => `${method} ${path.split('?')[0].replace(UUID, ':id')}`;

/**
 * Times every request of a load run by route template. `call()` is a `Call` over kept-alive sockets that records
 * each answer (a request that gets none within `timeoutMs` is recorded as `network` and answered as status 0).
 */
export class LoadRecorder {
  private readonly routes = new Map<string, RouteRecord>();
  private readonly send: ReturnType<typeof keepAliveClient>;

  constructor(baseUrl: string, sockets: number, timeoutMs = 30_000) {
    this.send = keepAliveClient(baseUrl, sockets, timeoutMs);
  }

  /** `label` overrides the route template, for a variant worth its own line (a search among list calls). */
  call(label?: string): Call {
    return async (method, path, key, body) => {
      const started = performance.now();
      let reply: { status: number; body: any };
      try {
        reply = await this.send(method, path, key, body);
      } catch (error) {
        reply = { status: 0, body: (error as Error).message };
      }
      this.record(label ?? routeOf(method, path), performance.now() - started, reply.status || 'network');
      return reply;
    };
  }

  record(route: string, ms: number, status: number | string): void {
    const record: RouteRecord = this.routes.get(route) ?? { latencies: [], statuses: new Map() };
    this.routes.set(route, record);
    record.latencies.push(ms);
    record.statuses.set(String(status), (record.statuses.get(String(status)) ?? 0) + 1);
  }

  get total(): number {
    return [...this.routes.values()].reduce((sum, route) => sum + route.latencies.length, 0);
  }

  /** Answers of 500 and above, and requests that got no answer. */
  get failures(): number {
    let failures = 0;
    for (const { statuses } of this.routes.values()) {
      for (const [status, count] of statuses) if (status === 'network' || Number(status) >= 500) failures += count;
    }
    return failures;
  }

  /** One line per route, busiest first: count, rate, p50 / p99, and the answers that were not 2xx by status. */
  table(seconds: number): string[] {
    const rows = [...this.routes].sort(([, a], [, b]) => b.latencies.length - a.latencies.length);
    const width = Math.max(...rows.map(([route]) => route.length), 5);
    const lines = [`${'route'.padEnd(width)}  requests   req/s        p50        p99  not 2xx`];
    for (const [route, { latencies, statuses }] of rows) {
      const other = [...statuses]
        .filter(([status]) => !/^2\d\d$/.test(status))
        .map(([status, count]) => `${status}: ${count}`)
        .join(', ');
      lines.push(
        `${route.padEnd(width)}  ${String(latencies.length).padStart(8)}  ${(latencies.length / seconds).toFixed(1).padStart(6)}` +
          `  ${formatMs(percentile(latencies, 50)).padStart(9)}  ${formatMs(percentile(latencies, 99)).padStart(9)}  ${other || '-'}`,
      );
    }
    return lines;
  }
}
