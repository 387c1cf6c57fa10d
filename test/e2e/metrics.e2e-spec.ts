import { articleBody } from '../support/articles';
import { http } from '../support/http';
import { freePort } from '../support/processes';
import { type Stack, startStack } from '../support/stack';
import { waitFor } from '../support/wait-for';

/** The value of one series of a Prometheus text answer (`name{a="b"}` exactly as written), or undefined. */
function sample(text: string, series: string): number | undefined {
  const line = text.split('\n').find((candidate) => candidate.startsWith(`${series} `));
  return line === undefined ? undefined : Number(line.slice(series.length + 1));
}

describe('metrics: the desk’s gauges on the api, job outcomes on the worker', () => {
  let stack: Stack;
  let workerMetrics: string;
  const scrape = async () => {
    const res = await stack.request('GET', '/metrics', { as: 'admin' });
    expect(res.status).toBe(200);
    return res.body as string;
  };

  beforeAll(async () => {
    const port = await freePort();
    workerMetrics = `http://127.0.0.1:${port}`;
    // No worker at first: an article stays in the outbox until one starts.
    stack = await startStack({ worker: false, env: { WORKER_METRICS_PORT: String(port) } });
  });
  afterAll(async () => {
    await stack?.stop();
  });

  it('needs an admin key', async () => {
    expect((await stack.request('GET', '/metrics', { as: null })).status).toBe(401);
    expect((await stack.request('GET', '/metrics', { as: 'editor' })).status).toBe(403);
  });

  it('moves the outbox, queue and claim gauges through an intake, and counts the worker’s jobs', async () => {
    const before = await scrape();
    expect(sample(before, 'factdesk_outbox_rows')).toBe(0);
    expect(sample(before, 'factdesk_claims{status="queued"}')).toBe(0);
    expect(sample(before, 'factdesk_queue_jobs{queue="extract",state="waiting"}')).toBe(0);
    expect(sample(before, 'factdesk_sse_connections')).toBe(0);

    const posted = await stack.request('POST', '/v1/articles', {
      as: 'intake',
      body: { outlet: 'T', body: articleBody(3) },
    });
    expect(posted.status).toBe(202);
    const backlog = await scrape();
    expect(sample(backlog, 'factdesk_outbox_rows')).toBe(1);
    expect(sample(backlog, 'factdesk_outbox_oldest_age_seconds')).toBeGreaterThan(0);

    await stack.startWorker();
    const after = await waitFor(async () => {
      const text = await scrape();
      // Claims are queued one verification job at a time: wait until none is left "new", not for the first.
      const allQueued =
        (sample(text, 'factdesk_claims{status="queued"}') ?? 0) > 0 &&
        sample(text, 'factdesk_claims{status="new"}') === 0;
      return allQueued && sample(text, 'factdesk_outbox_rows') === 0 ? text : null;
    }, 'every claim queued and the outbox drained');
    expect(sample(after, 'factdesk_outbox_oldest_age_seconds')).toBe(0);
    expect(sample(after, 'factdesk_queue_jobs{queue="extract",state="failed"}')).toBe(0);
    expect(after).toContain(
      'factdesk_http_request_duration_seconds_count{method="POST",route="/v1/articles",status="202"} 1',
    );

    const unauthorised = await http(workerMetrics, 'GET', '/metrics');
    expect(unauthorised.status).toBe(401);
    expect((await http(workerMetrics, 'GET', '/metrics', { key: stack.keys.reviewer })).status).toBe(403);
    const worker = await waitFor(async () => {
      const res = await http(workerMetrics, 'GET', '/metrics', { key: stack.keys.admin });
      const text = res.body as string;
      return (sample(text, 'factdesk_jobs_total{queue="verification",outcome="completed"}') ?? 0) > 0 ? text : null;
    }, 'the worker’s job counters');
    expect(sample(worker, 'factdesk_jobs_total{queue="extract",outcome="completed"}')).toBe(1);
    expect(sample(worker, 'factdesk_job_duration_seconds_count{queue="extract",outcome="completed"}')).toBe(1);
    expect(worker).toContain('# TYPE factdesk_webhook_deliveries_total counter');
    expect(worker).toContain('factdesk_worker_process_cpu_seconds_total');
  });

  it('counts open event streams', async () => {
    const controller = new AbortController();
    const stream = await fetch(`${stack.baseUrl}/v1/events`, {
      headers: { authorization: `Bearer ${stack.keys.reviewer}` },
      signal: controller.signal,
    });
    expect(stream.status).toBe(200);
    try {
      await waitFor(async () => sample(await scrape(), 'factdesk_sse_connections') === 1, 'one stream counted');
    } finally {
      controller.abort();
    }
    await waitFor(async () => sample(await scrape(), 'factdesk_sse_connections') === 0, 'the stream gone');
  });
});
