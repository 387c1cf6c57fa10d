import { type ChildProcess, spawn } from 'child_process';
import { connect } from 'net';
import { mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { waitFor } from './wait-for';

/** A Redis of this test's own on a spare port (never the machine's shared one), persisting to a temp dir. */
export class PrivateRedis {
  private process?: ChildProcess;
  readonly dir = mkdtempSync(join(tmpdir(), 'factdesk-redis-'));

  constructor(readonly port: number) {}

  get url(): string {
    return `redis://127.0.0.1:${this.port}`;
  }

  async start(): Promise<void> {
    this.process = spawn(
      'redis-server',
      [
        '--port',
        String(this.port),
        '--bind',
        '127.0.0.1',
        '--dir',
        this.dir,
        '--appendonly',
        'yes',
        '--appendfsync',
        'always',
        '--save',
        '',
      ],
      { stdio: 'ignore' },
    );
    await waitFor(
      async () => {
        return new Promise<boolean>((resolve) => {
          const socket = connect(this.port, '127.0.0.1', () => {
            socket.end();
            resolve(true);
          });
          socket.on('error', () => resolve(false));
        });
      },
      `redis on port ${this.port}`,
      10_000,
    );
  }

  async stop(): Promise<void> {
    if (!this.process || this.process.exitCode !== null) return;
    const exited = new Promise((resolve) => this.process!.on('exit', resolve));
    this.process.kill('SIGTERM');
    await exited;
  }

  remove(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}
