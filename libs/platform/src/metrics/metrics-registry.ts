import { collectDefaultMetrics, Counter, Histogram, Registry } from 'prom-client';

/** One registry per process: the api and the worker each expose theirs at /metrics. */
export const metricsRegistry = new Registry();

/** Node's own figures (CPU, memory, event-loop lag, GC), prefixed by the app: factdesk_api_*, factdesk_worker_*. */
export function collectProcessMetrics(app: string): void {
  collectDefaultMetrics({ register: metricsRegistry, prefix: `factdesk_${app}_` });
}

/** Every finished job attempt, by queue and outcome: completed, retried (will run again) or failed (for good). */
export const jobOutcomes = new Counter({
  name: 'factdesk_jobs_total',
  help: 'Job attempts finished by this worker, by queue and outcome (completed, retried, failed)',
  labelNames: ['queue', 'outcome'],
  registers: [metricsRegistry],
});

export const jobDuration = new Histogram({
  name: 'factdesk_job_duration_seconds',
  help: 'Time a job attempt ran in this worker, by queue and outcome',
  labelNames: ['queue', 'outcome'],
  buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 10],
  registers: [metricsRegistry],
});

/**
 * Webhook delivery attempts, by outcome (`delivered`, `http_error` for a non-2xx answer, `timeout`, `network_error`,
 * `refused` for a target the SSRF check turned down, `disabled`). Counted by the worker's webhook deliverer.
 */
export const webhookDeliveries = new Counter({
  name: 'factdesk_webhook_deliveries_total',
  help: 'Webhook delivery attempts by outcome (delivered, http_error, timeout, network_error, refused, disabled)',
  labelNames: ['outcome'],
  registers: [metricsRegistry],
});
