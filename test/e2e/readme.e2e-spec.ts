import { type ChildProcess, spawn, spawnSync } from 'child_process';
import { randomBytes } from 'crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { ATTRIBUTION_VERDICTS, CALLER_EVENTS, CLAIM_RATINGS } from '../../libs/review/src';
import { freePort } from '../support/processes';
import { deleteRedisKeys, dropTestDatabase, TEST_POSTGRES, TEST_REDIS } from '../support/stack';
import { waitFor } from '../support/wait-for';

const ROOT = join(__dirname, '..', '..');
const SECTIONS = ['Try it', 'Review workflow', 'Sources', 'Tracking and dashboards', 'Publishing and operations'];
const README_URL = 'URL=http://localhost:3000';
const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';

/** The ```bash blocks of one `## heading` section, in order. */
function shellBlocks(readme: string, heading: string): string[] {
  const start = readme.indexOf(`\n## ${heading}\n`);
  if (start < 0) throw new Error(`README has no "## ${heading}" section`);
  const end = readme.indexOf('\n## ', start + 1);
  const section = readme.slice(start, end < 0 ? undefined : end);
  return [...section.matchAll(/```bash\n([\s\S]*?)```/g)].map((match) => match[1]);
}

function run(command: string, args: string[], options: { cwd: string; env: NodeJS.ProcessEnv }, timeoutMs: number) {
  return new Promise<{ status: number | null; stdout: string; stderr: string }>((resolve) => {
    const child = spawn(command, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'], timeout: timeoutMs });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

/**
 * The README's "Try it", "Review workflow", "Sources", "Tracking and dashboards" and "Publishing and operations" commands, as written and in order, in a fresh clone of
 * this repository's HEAD with no ../shared beside it, against `npm start`'s launcher on its own database, Redis
 * prefix and port. The clone borrows node_modules and dist (npm test has just built HEAD) instead of installing.
 * The only change to the text is the one `URL=` line, pointed at the test's port; curl runs with --fail-with-body
 * and the script with `set -eo pipefail`, so an HTTP error or a failing command stops it.
 */
describe('README commands run as written in a fresh clone', () => {
  const runId = `${process.pid}_${randomBytes(4).toString('hex')}`;
  const databaseUrl = `${TEST_POSTGRES}/factdesk_e2e_${runId}`;
  const prefix = `fdtest:${runId}`;
  const workdir = mkdtempSync(join(tmpdir(), 'factdesk-readme-'));
  const clone = join(workdir, 'factdesk');
  let env: NodeJS.ProcessEnv;
  let launcher: ChildProcess | undefined;
  let launcherOutput = '';
  let port: number;

  beforeAll(async () => {
    const cloned = spawnSync('git', ['clone', '--quiet', ROOT, clone], { encoding: 'utf8' });
    if (cloned.status !== 0) throw new Error(`git clone failed: ${cloned.stderr}`);
    symlinkSync(join(ROOT, 'node_modules'), join(clone, 'node_modules'));
    symlinkSync(join(ROOT, 'dist'), join(clone, 'dist'));
    port = await freePort();
    env = {
      ...process.env,
      DATABASE_URL: databaseUrl,
      REDIS_URL: TEST_REDIS,
      REDIS_PREFIX: prefix,
      PORT: String(port),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      OUTBOX_POLL_MS: '50',
      STATE_DIR: join(workdir, 'state'),
    };
    launcher = spawn(process.execPath, ['dist/apps/cli/src/main.js', 'start'], { cwd: clone, env });
    launcher.stdout?.on('data', (chunk: Buffer) => (launcherOutput += chunk.toString()));
    launcher.stderr?.on('data', (chunk: Buffer) => (launcherOutput += chunk.toString()));
  });

  afterAll(async () => {
    if (launcher && launcher.exitCode === null) {
      const exited = new Promise((resolve) => launcher?.on('exit', resolve));
      launcher.kill('SIGTERM');
      await exited;
    }
    await dropTestDatabase(databaseUrl);
    await deleteRedisKeys(TEST_REDIS, prefix);
    rmSync(workdir, { recursive: true, force: true });
  });

  it('has no ../shared beside the clone', () => {
    expect(existsSync(join(clone, 'README.md'))).toBe(true);
    expect(existsSync(join(workdir, 'shared'))).toBe(false);
  });

  it('npm start says where the api listens, once, when it does; and that the worker runs', async () => {
    const listening = `factdesk: api on http://127.0.0.1:${port} (OpenAPI at /docs, health at /health)`;
    await waitFor(async () => launcherOutput.includes(listening), `"${listening}" (${launcherOutput})`, 60_000);
    expect((await fetch(`http://127.0.0.1:${port}/health`)).status).toBe(200);
    await waitFor(async () => launcherOutput.includes('factdesk worker running'), 'the worker', 30_000);
    expect(launcherOutput.split(listening)).toHaveLength(2);
    // stdout is a pipe here, not a terminal: the first admin key went to a file, and only its path was printed.
    expect(launcherOutput).toContain(`No admin key existed, so one was created. stdout is not a terminal`);
    expect(launcherOutput).toContain(`it is in ${join(workdir, 'state')}/first-admin-key-`);
    expect(launcherOutput).not.toContain('fdk_');
  });

  it('lists the machine’s verdict values and every event a caller may fire', () => {
    const readme = readFileSync(join(clone, 'README.md'), 'utf8');
    for (const value of [...ATTRIBUTION_VERDICTS, ...CLAIM_RATINGS, ...CALLER_EVENTS])
      expect(readme).toContain(`\`${value}\``);
  });

  it('runs every shell block of the sections in order, each exiting 0 with the outputs it promises', async () => {
    const readme = readFileSync(join(clone, 'README.md'), 'utf8');
    const blocks = SECTIONS.flatMap((section) => shellBlocks(readme, section).map((text) => ({ section, text })));
    expect(blocks.filter((block) => block.text.includes(README_URL))).toHaveLength(1);

    const script = [
      'set -eo pipefail',
      'curl() { command curl --fail-with-body --show-error "$@"; }',
      ...blocks.map(
        (block, n) =>
          `printf '\\n::block ${n} (${block.section})\\n'\n${block.text.replace(README_URL, `URL=http://127.0.0.1:${port}`)}`,
      ),
      `printf '\\n::end\\n'`,
    ].join('\n');
    const result = await run('bash', ['-c', script], { cwd: clone, env }, 100_000);
    const failedAt = result.stdout.match(/::block \d+ \([^)]*\)/g)?.pop();
    expect({ status: result.status, failedAt, stderr: result.stderr }).toEqual({
      status: 0,
      failedAt: expect.any(String),
      stderr: expect.any(String),
    });
    expect(result.stdout).toContain('::end');

    const output = Object.fromEntries(
      result.stdout
        .split(/^::block /m)
        .slice(1)
        .map((chunk) => [chunk.slice(0, chunk.indexOf('\n')), chunk.slice(chunk.indexOf('\n') + 1)]),
    );
    const [tryIt, extractor, review, sources] = Object.values(output);
    const blocksOf = (section: string) =>
      Object.entries(output)
        .filter(([name]) => name.endsWith(`(${section})`))
        .map(([, text]) => text);
    // The last block of Tracking and dashboards: Stats and live events.
    const live = blocksOf('Tracking and dashboards').at(-1) ?? '';
    const publishing = blocksOf('Publishing and operations').join('\n');

    expect(tryIt).toMatch(new RegExp(`^article ${UUID}$`, 'm'));
    expect(tryIt).toContain('"source":"Aleksander Vahter","sourceType":"person","via":"X"');
    expect(tryIt).toContain('"source":"officials","sourceType":"anonymous","via":"Delfi"');
    expect(tryIt).toContain('"source":"Reuters","sourceType":"media"');
    expect(tryIt).toContain('"content":"Norvania will double its coastal patrols next year"');
    expect(tryIt).toContain('"status":"ok"');
    expect(tryIt).toContain(`OpenAPI: http://127.0.0.1:${port}/docs`);

    expect(JSON.parse(extractor).claims).toHaveLength(3);

    expect(review).toContain('"evidence":[{');
    expect(review).toContain('"status":"approved"');
    expect(review).toContain('"event":"submit"');
    expect(review).toContain('"event":"approve"');
    expect(review).toMatch(/"results":\[\{"id":"[^"]+","ok":true,"status":"returned"/);
    expect(review).toMatch(/"results":\[\{"id":"[^"]+","ok":true,"status":"discarded"/);
    expect(review).not.toContain('"ok":false');

    expect(sources).toContain('"sources":[');
    expect(sources).toContain('"name":"Reuters"');
    expect(sources).toContain('"notes":"Often quoted second-hand"');

    expect(live).toMatch(/\{"new":\d+,"queued":\d+,/);
    expect(live).toMatch(/\[\{"start":"[^"]+","articles":\d+,"claims":\d+,"approved":\d+\}/);
    expect(live).toContain('Claims by status');
    expect(live).toMatch(/^id: \d+\nevent: claim\.queued$/m);
    expect(live).toContain('event: article.extracted');

    expect(publishing).toContain('{"@type":"Rating","alternateName":"Unproven"}');
    expect(publishing).toMatch(/^1$/m);
    expect(publishing).toMatch(/^factdesk_outbox_rows \d+$/m);
    expect(publishing).toMatch(/^factdesk_claims\{status="approved"\} 1$/m);
    expect(publishing).toMatch(/^404$/m);
    expect(publishing).toMatch(/^200$/m);
  });
});
