import { jobIds, OUTBOX_TOPICS, QUEUES } from './queues';

describe('queue contract', () => {
  it('makes deterministic job ids BullMQ accepts (no colon)', () => {
    const id = '6f1c2b9e-0000-4000-8000-000000000001';
    const ids = [jobIds.extract(id), jobIds.verify(id), jobIds.lease(id, new Date(0)), jobIds.slaDue(new Date(0))];
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
});
