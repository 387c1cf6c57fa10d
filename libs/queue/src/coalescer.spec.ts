import { Coalescer } from './coalescer';

const tick = () => new Promise((resolve) => setImmediate(resolve));

/** A run that records each batch and holds it until `release` is called. */
function heldRun() {
  const batches: number[][] = [];
  const releases: (() => void)[] = [];
  const run = (items: number[]) => {
    batches.push(items);
    return new Promise<string[]>((resolve) => releases.push(() => resolve(items.map((item) => `done ${item}`))));
  };
  const releaseAll = async () => {
    while (releases.length > 0) releases.shift()!();
    for (let turn = 0; turn < 5; turn += 1) await tick();
  };
  return { run, batches, releaseAll };
}

describe('Coalescer', () => {
  it('runs items submitted in the same turn as one batch and gives each caller its own result', async () => {
    const { run, batches, releaseAll } = heldRun();
    const coalescer = new Coalescer(run, { maxBatch: 10, maxRunning: 1 });
    const results = Promise.all([1, 2, 3].map((item) => coalescer.submit(item)));
    await tick();
    await releaseAll();
    await expect(results).resolves.toEqual(['done 1', 'done 2', 'done 3']);
    expect(batches).toEqual([[1, 2, 3]]);
  });

  it('caps a batch at maxBatch and gathers what arrives while every slot is busy', async () => {
    const { run, batches, releaseAll } = heldRun();
    const coalescer = new Coalescer(run, { maxBatch: 2, maxRunning: 1 });
    const first = [1, 2, 3].map((item) => coalescer.submit(item));
    await tick();
    const later = [4, 5].map((item) => coalescer.submit(item));
    await tick();
    expect(batches).toEqual([[1, 2]]);
    for (let round = 0; round < 3; round += 1) await releaseAll();
    await Promise.all([...first, ...later]);
    expect(batches).toEqual([[1, 2], [3, 4], [5]]);
  });

  it('runs up to maxRunning batches at once', async () => {
    const { run, batches, releaseAll } = heldRun();
    const coalescer = new Coalescer(run, { maxBatch: 1, maxRunning: 2 });
    const all = [1, 2, 3].map((item) => coalescer.submit(item));
    await tick();
    expect(batches).toEqual([[1], [2]]);
    for (let round = 0; round < 2; round += 1) await releaseAll();
    await Promise.all(all);
    expect(batches).toEqual([[1], [2], [3]]);
  });

  it('reruns a failed batch item by item, so only the bad item fails', async () => {
    const runs: number[][] = [];
    const coalescer = new Coalescer<number, number>(
      async (items) => {
        runs.push(items);
        if (items.includes(2)) throw new Error('item 2 is bad');
        return items.map((item) => item * 10);
      },
      { maxBatch: 10, maxRunning: 1 },
    );
    const outcomes = await Promise.allSettled([1, 2, 3].map((item) => coalescer.submit(item)));
    expect(outcomes.map((outcome) => outcome.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect(outcomes[0]).toMatchObject({ value: 10 });
    expect(outcomes[1]).toMatchObject({ reason: new Error('item 2 is bad') });
    expect(runs).toEqual([[1, 2, 3], [1], [2], [3]]);
  });
});
