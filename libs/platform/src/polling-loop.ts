/** How a step ended: the milliseconds to wait before the next one (0: at once). */
export type PollStep = () => Promise<number>;

const RETRY_AFTER_FAILURE_MS = 1_000;

interface LoopLogger {
  warn(object: object, message: string): void;
  info(message: string): void;
}

/**
 * Runs a step over and over on a plain timer, one at a time: work that must keep going while the process lives
 * (the event stamper, the stats consumer). A failing step is logged once until it recovers, and retried.
 */
export class PollingLoop {
  private running = false;
  private loop?: Promise<void>;
  private woken = false;
  private interrupt?: () => void;

  constructor(
    private readonly name: string,
    private readonly step: PollStep,
    private readonly logger: LoopLogger,
  ) {}

  start(): void {
    this.running = true;
    this.loop = this.run();
  }

  async stop(): Promise<void> {
    this.running = false;
    this.interrupt?.();
    await this.loop;
  }

  /** Runs the next step at once: cuts the current wait short, or skips the next one while a step is running. */
  wake(): void {
    this.woken = true;
    this.interrupt?.();
  }

  private async run(): Promise<void> {
    let failing = false;
    while (this.running) {
      let delay: number;
      this.woken = false;
      try {
        delay = await this.step();
        if (failing) this.logger.info(`${this.name} recovered`);
        failing = false;
      } catch (error) {
        if (!failing) this.logger.warn({ err: error }, `${this.name} failed; retrying`);
        failing = true;
        delay = RETRY_AFTER_FAILURE_MS;
      }
      if (delay > 0 && this.running && !this.woken) await this.sleep(delay);
    }
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(resolve, ms);
      this.interrupt = () => {
        clearTimeout(timer);
        resolve();
      };
    });
  }
}
