import type { Queue } from 'bullmq';
import type { StalledWorkService } from '@factdesk/desk';
import type { AppConfig, ContextLogger } from '@factdesk/platform';
import { StalledWorkSweeper } from './stalled-work.sweeper';

/** A queue holding jobs by id, each failed or not, recording what was removed. */
function fakeQueue(jobs: Record<string, boolean>, removed: string[]) {
  return {
    getJob: async (id: string) =>
      id in jobs ? { isFailed: async () => jobs[id], remove: async () => void removed.push(id) } : undefined,
  } as unknown as Queue;
}

describe('StalledWorkSweeper', () => {
  it('removes the failed jobs of stalled rows before re-sending them, and leaves live jobs alone', async () => {
    const removed: string[] = [];
    const order: string[] = [];
    const stalledWork = {
      stalledJobIds: async () => ({
        articles: ['extract-a1', 'extract-a2'],
        claims: ['verify-c1', 'verify-c2', 'verify-c3'],
      }),
      sweep: async () => {
        order.push(`sweep after ${removed.length} removed`);
        return { articles: 2, claims: 3, leases: 0, slaBreaches: 0 };
      },
    } as unknown as StalledWorkService;
    const logger = { setContext: () => undefined, warn: () => undefined } as unknown as ContextLogger;
    const sut = new StalledWorkSweeper(
      stalledWork,
      { STALLED_AFTER_SECONDS: 5, STALLED_SWEEP_SECONDS: 2 } as AppConfig,
      logger,
      fakeQueue({ 'extract-a1': false }, removed),
      fakeQueue({ 'verify-c1': true, 'verify-c2': false }, removed),
    );

    await sut.sweepOnce();

    expect(removed).toEqual(['verify-c1']);
    expect(order).toEqual(['sweep after 1 removed']);
  });
});
