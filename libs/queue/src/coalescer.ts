/** Work on a batch of items; one result per item, in the items' order. */
export type BatchRun<T, R> = (items: T[]) => Promise<R[]>;

export interface CoalescerOptions {
  /** Items per batch at most. */
  maxBatch: number;
  /** Batches running at once at most; further items wait for the next free slot. */
  maxRunning: number;
}

interface Waiting<T, R> {
  item: T;
  resolve: (result: R) => void;
  reject: (error: unknown) => void;
}

/**
 * Gathers items submitted one at a time by concurrent callers (a queue worker's jobs) into batches for `run`, so a
 * cost paid per batch (round trips, a transaction) is shared. Items submitted in the same turn of the event loop, or
 * while every slot is busy, go together. When a batch of several fails, each of its items runs again alone, so one
 * bad item fails only its own caller.
 */
export class Coalescer<T, R> {
  private waiting: Waiting<T, R>[] = [];
  private running = 0;
  private scheduled = false;

  constructor(
    private readonly run: BatchRun<T, R>,
    private readonly options: CoalescerOptions,
  ) {}

  submit(item: T): Promise<R> {
    return new Promise<R>((resolve, reject) => {
      this.waiting.push({ item, resolve, reject });
      this.schedule();
    });
  }

  private schedule(): void {
    if (this.scheduled || this.running >= this.options.maxRunning || this.waiting.length === 0) return;
    this.scheduled = true;
    setImmediate(() => {
      this.scheduled = false;
      this.startBatches();
    });
  }

  private startBatches(): void {
    while (this.running < this.options.maxRunning && this.waiting.length > 0) {
      const batch = this.waiting.splice(0, this.options.maxBatch);
      this.running += 1;
      void this.settle(batch).finally(() => {
        this.running -= 1;
        this.schedule();
      });
    }
  }

  private async settle(batch: Waiting<T, R>[]): Promise<void> {
    try {
      const results = await this.run(batch.map((waiting) => waiting.item));
      batch.forEach((waiting, index) => waiting.resolve(results[index]));
    } catch (error) {
      if (batch.length === 1) return batch[0].reject(error);
      for (const waiting of batch) await this.settle([waiting]);
    }
  }
}
