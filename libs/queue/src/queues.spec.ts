import { jobIds, OUTBOX_TOPICS, QUEUES, webhookRetryDelay } from './queues';

describe('queue contract', () => {
  it('makes deterministic job ids BullMQ accepts (no colon)', () => {
    const id = '6f1c2b9e-0000-4000-8000-000000000001';
    const ids = [
      jobIds.extract(id),
      jobIds.verify(id),
      jobIds.lease(id, new Date(0)),
      jobIds.slaDue(new Date(0)),
      jobIds.webhook(id, 42),
      jobIds.webhookPing(id),
      jobIds.webhookReplay(id, 1),
    ];
    expect(ids.every((jobId) => !jobId.includes(':'))).toBe(true);
    expect(jobIds.extract(id)).toBe(jobIds.extract(id));
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('routes every outbox topic to a declared queue and job', () => {
    const declared = Object.values(QUEUES).flatMap((queue) =>
      Object.values(queue.jobs).map((job) => `${queue.name}/${job}`),
    );
    for (const route of Object.values(OUTBOX_TOPICS)) expect(declared).toContain(`${route.queue}/${route.job}`);
  });

  it('spreads the default eight webhook attempts over about a day', () => {
    const retries = Array.from({ length: 7 }, (_, n) => webhookRetryDelay(n + 1, 680_000));
    expect(retries[0]).toBe(680_000);
    expect(retries[1]).toBe(2 * retries[0]);
    const hours = retries.reduce((sum, delay) => sum + delay, 0) / 3_600_000;
    expect(hours).toBeGreaterThan(23);
    expect(hours).toBeLessThan(25);
  });
});
