import type { Queue } from 'bullmq';
import type { StalledWorkService } from '@factdesk/desk';
import type { AppConfig, ContextLogger } from '@factdesk/platform';
import { StalledWorkSweeper } from './stalled-work.sweeper';

/** A queue holding jobs by id, each in a BullMQ state, recording what was removed. */
function fakeQueue(jobs: Record<string, string>, removed: string[]) {
  return {
    getJob: async (id: string) =>
      id in jobs ? { getState: async () => jobs[id], remove: async () => void removed.push(id) } : undefined,
  } as unknown as Queue;
}

describe('StalledWorkSweeper', () => {
  it('removes the dead jobs of stalled rows (failed, completed, orphaned) before re-sending them, and leaves live jobs alone', async () => {
    const removed: string[] = [];
    const order: string[] = [];
    const stalledWork = {
      stalledJobIds: async () => ({
        articles: ['extract-a1', 'extract-a2', 'extract-a3', 'extract-a4'],
        claims: ['verify-c1', 'verify-c2', 'verify-c3', 'verify-c4', 'verify-c5'],
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
      fakeQueue({ 'extract-a1': 'waiting', 'extract-a2': 'unknown', 'extract-a3': 'active' }, removed),
      fakeQueue(
        { 'verify-c1': 'failed', 'verify-c2': 'delayed', 'verify-c3': 'completed', 'verify-c4': 'prioritized' },
        removed,
      ),
    );

    await sut.sweepOnce();

    expect(removed).toEqual(['extract-a2', 'verify-c1', 'verify-c3']);
    expect(order).toEqual(['sweep after 3 removed']);
  });
});
