import { type ChildProcess, spawn } from 'child_process';
import type { Logger } from 'pino';

export interface RestartPolicy {
  /** Wait before the first restart; doubled for each crash in a row, up to maxMs. */
  initialMs: number;
  maxMs: number;
  /** A child that ran this long before it crashed starts again from initialMs. */
  stableAfterMs: number;
}

export const RESTART_POLICY: RestartPolicy = { initialMs: 500, maxMs: 30_000, stableAfterMs: 60_000 };
/** After a stop signal a child gets this long (longer than the worker's own 10 s grace) before SIGKILL. */
export const STOP_GRACE_MS = 15_000;

/** Delay before a restart after `crashesInARow` earlier crashes in a row: 0.5 s, 1 s, 2 s ... 30 s. */
export function restartDelay(crashesInARow: number, policy: RestartPolicy = RESTART_POLICY): number {
  return Math.min(policy.initialMs * 2 ** crashesInARow, policy.maxMs);
}

export interface ChildSpec {
  name: string;
  script: string;
}

/** One child process, restarted with backoff whenever it exits on its own. */
class SupervisedChild {
  private child?: ChildProcess;
  private startedAt = 0;
  private crashesInARow = 0;
  private restartTimer?: NodeJS.Timeout;
  private stopped = false;

  constructor(
    private readonly spec: ChildSpec,
    private readonly log: Logger,
    private readonly policy: RestartPolicy,
  ) {}

  start(): void {
    this.startedAt = Date.now();
    // Its own process group: a terminal's Ctrl-C reaches the launcher only, which passes it on exactly once.
    const child = spawn(process.execPath, [this.spec.script], { stdio: 'inherit', env: process.env, detached: true });
    this.child = child;
    this.log.info({ child: this.spec.name, pid: child.pid }, `${this.spec.name} started`);
    child.once('exit', (code, signal) => this.onExit(child, code, signal));
  }

  private onExit(child: ChildProcess, code: number | null, signal: NodeJS.Signals | null): void {
    if (this.child === child) this.child = undefined;
    if (this.stopped) return;
    if (Date.now() - this.startedAt >= this.policy.stableAfterMs) this.crashesInARow = 0;
    const restartInMs = restartDelay(this.crashesInARow, this.policy);
    this.crashesInARow += 1;
    this.log.error(
      { child: this.spec.name, code, signal, restartInMs, crashesInARow: this.crashesInARow },
      `${this.spec.name} exited unexpectedly; restarting in ${restartInMs} ms`,
    );
    this.restartTimer = setTimeout(() => this.start(), restartInMs);
  }

  async stop(signal: NodeJS.Signals, graceMs: number): Promise<void> {
    this.stopped = true;
    clearTimeout(this.restartTimer);
    const child = this.child;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    child.kill(signal);
    const killer = setTimeout(() => {
      this.log.warn(
        { child: this.spec.name, graceMs },
        `${this.spec.name} did not stop within ${graceMs} ms; killing it`,
      );
      child.kill('SIGKILL');
    }, graceMs);
    await exited;
    clearTimeout(killer);
  }
}

/**
 * What `npm start` runs: each child is restarted with backoff when it exits on its own while the others keep
 * serving; `stop` passes a signal to all of them and resolves once every one has exited.
 */
export class Supervisor {
  private readonly children: SupervisedChild[];
  private stopping?: Promise<void>;

  constructor(
    specs: ChildSpec[],
    log: Logger,
    policy: RestartPolicy = RESTART_POLICY,
    private readonly graceMs = STOP_GRACE_MS,
  ) {
    this.children = specs.map((spec) => new SupervisedChild(spec, log, policy));
  }

  start(): void {
    for (const child of this.children) child.start();
  }

  stop(signal: NodeJS.Signals): Promise<void> {
    this.stopping ??= Promise.all(this.children.map((child) => child.stop(signal, this.graceMs))).then(() => undefined);
    return this.stopping;
  }
}
