import { spawnSync } from 'child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { Pool } from 'pg';
import { articleBody, ingestArticle } from '../support/articles';
import { runCli, stopProcess } from '../support/processes';
import { approveWith, fire, queuedClaims, take } from '../support/review';
import { dropTestDatabase, type Stack, startStack } from '../support/stack';
import { waitFor } from '../support/wait-for';

const ROOT = join(__dirname, '..', '..');

/** Runs a README command line through bash, as an operator types it. */
const shell = (line: string, env: NodeJS.ProcessEnv) =>
  spawnSync('bash', ['-c', line], { cwd: ROOT, env: { ...process.env, ...env }, encoding: 'utf8', timeout: 120_000 });

/** Every row of every table (partitions through their parent) as sorted JSON text, and every sequence's state. */
async function deskContents(db: Pool): Promise<Record<string, string[]>> {
  const { rows: tables } = await db.query(
    `SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') AND NOT c.relispartition
       AND c.relname <> 'typeorm_migrations' ORDER BY 1`,
  );
  const contents: Record<string, string[]> = {};
  for (const { name } of tables) {
    const { rows } = await db.query(`SELECT to_jsonb(t)::text AS row FROM "${name}" t ORDER BY 1`);
    contents[name] = rows.map((row) => row.row);
  }
  const { rows: sequences } = await db.query(
    `SELECT sequencename, last_value::text FROM pg_sequences WHERE schemaname = 'public' ORDER BY 1`,
  );
  contents['(sequences)'] = sequences.map((row) => `${row.sequencename}=${row.last_value}`);
  return contents;
}

describe('export and import of the whole desk', () => {
  let stack: Stack;
  let dir: string;
  const copies: string[] = [];

  /** A new, migrated database with a pool on it. */
  const freshDesk = async (label: string) => {
    const url = `${stack.env.DATABASE_URL}_${label}`;
    copies.push(url);
    const migrated = runCli(['migrate'], { ...stack.env, DATABASE_URL: url });
    expect(migrated.status).toBe(0);
    return { url, db: new Pool({ connectionString: url, max: 2 }) };
  };

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'factdesk-backup-'));
    stack = await startStack();
    // A desk with a bit of everything: extracted articles, hand-filed claims, a verdict, a merge, a hold, evidence,
    // an alias, the audit and event log, stats rollups.
    for (let n = 0; n < 6; n++) await ingestArticle(stack, `Backup Wire ${n % 2}`, articleBody(3000 + n));
    const [approved, merged, into, held] = await queuedClaims(stack, 4, 'backup');
    await approveWith(stack, approved);
    const target = await stack.request('GET', `/v1/claims/${merged}`, { as: 'editor' });
    expect((await fire(stack, 'editor', merged, 'merge', target.body.version, { into })).status).toBe(200);
    const taken = await take(stack, 'reviewer', held);
    expect((await fire(stack, 'reviewer', held, 'hold', taken.body.version, { reason: 'Asked' })).status).toBe(200);
    const sources = await stack.request('GET', '/v1/sources?limit=1', { as: 'editor' });
    const alias = await stack.request('POST', `/v1/sources/${sources.body.sources[0].id}/aliases`, {
      body: { alias: 'Backup alias' },
    });
    expect(alias.status).toBe(201);
    await waitFor(async () => {
      const { rows } = await stack.db.query(
        `SELECT (SELECT count(*) FROM outbox)::int AS outbox,
                (SELECT count(*) FROM review_events e WHERE NOT EXISTS
                   (SELECT 1 FROM event_log l WHERE (e.tx, e.seq) <= (l.through_tx, l.through_seq)))::int AS unstamped`,
      );
      return rows[0].outbox === 0 && rows[0].unstamped === 0;
    }, 'outbox drained and events stamped');
    await stopProcess(stack.worker); // the source stays as exported
  });
  afterAll(async () => {
    await stack?.stop();
    for (const url of copies) await dropTestDatabase(url);
    rmSync(dir, { recursive: true, force: true });
  });

  it('round-trips a desk into a fresh database row for row, through the README commands', async () => {
    const file = join(dir, 'desk.ndjson');
    const exported = shell(`npm run cli -- export > ${file}`, stack.env);
    expect(exported.status).toBe(0);
    const lines = readFileSync(file, 'utf8')
      .split('\n')
      .filter((line) => line.startsWith('{'));
    expect(JSON.parse(lines[0])).toMatchObject({ kind: 'header', format: 'factdesk-desk', version: 1 });
    expect(JSON.parse(lines[lines.length - 1])).toEqual({ kind: 'end', rows: expect.any(Number) });

    const copy = await freshDesk('copy');
    try {
      const imported = shell(`npm run -s cli -- import < ${file}`, { ...stack.env, DATABASE_URL: copy.url });
      expect({ status: imported.status, stderr: imported.stderr }).toEqual({
        status: 0,
        stderr: expect.stringMatching(/^imported \d+ rows/),
      });
      const [original, restored] = [await deskContents(stack.db), await deskContents(copy.db)];
      for (const table of [
        'articles',
        'claims',
        'sources',
        'source_aliases',
        'evidence',
        'claim_appearances',
        'review_events',
        'event_log',
      ]) {
        expect(original[table].length).toBeGreaterThan(0);
      }
      expect(restored).toEqual(original);

      // A second import into a desk that holds rows is refused and writes nothing.
      const again = shell(`npm run -s cli -- import < ${file}`, { ...stack.env, DATABASE_URL: copy.url });
      expect(again.status).not.toBe(0);
      expect(again.stderr).toContain('the target desk is not empty');
      expect(await deskContents(copy.db)).toEqual(original);
    } finally {
      await copy.db.end();
    }
  });

  it('refuses a cut-off file and leaves the target empty', async () => {
    const file = join(dir, 'cut.ndjson');
    expect(shell(`npm run -s cli -- export > ${file}`, stack.env).status).toBe(0);
    const lines = readFileSync(file, 'utf8').trimEnd().split('\n');
    writeFileSync(file, lines.slice(0, -1).join('\n') + '\n');
    const copy = await freshDesk('cut');
    try {
      const imported = shell(`npm run -s cli -- import < ${file}`, { ...stack.env, DATABASE_URL: copy.url });
      expect(imported.status).not.toBe(0);
      expect(imported.stderr).toContain('the file is cut off');
      const { rows } = await copy.db.query(
        'SELECT (SELECT count(*) FROM claims)::int + (SELECT count(*) FROM articles)::int AS n',
      );
      expect(rows[0].n).toBe(0);
    } finally {
      await copy.db.end();
    }
  });
});
