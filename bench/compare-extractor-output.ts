/**
 * npm run -s check:extractor -- REV: runs the extractor of this working tree and the one of git revision REV over
 * the same texts (the bench corpus, the newsroom feed, every fixture article under ../shared/fixtures/attribution,
 * ../shared/seed-article.txt and docs/examples/*.txt) and prints each text whose output differs, comparing the JSON
 * of extract(text) byte for byte. Exits 1 when any text differs, 2 when the check cannot run.
 *
 * REV is checked out into a temporary git worktree under /tmp that borrows this checkout's node_modules, and is
 * removed afterwards. Each extractor runs in a child process of its own, so neither shares a cache with the other.
 */
import { spawnSync } from 'child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join, relative, resolve } from 'path';
import { type extract as Extract } from '../libs/attribution/src';
import { articleCorpus } from './article-corpus';
import { newsroomArticle } from './newsroom-articles';

const CORPUS_ARTICLES = 2000;
const NEWSROOM_ARTICLES = 3000;
const SHOWN_DIFFERENCES = 20;
const ROOT = resolve(__dirname, '..');
const SHARED = resolve(ROOT, '../shared');

interface Text {
  label: string;
  text: string;
}

/** The CLI's decoding (apps/cli/src/extract-file.ts): strict UTF-8, a leading byte-order mark dropped. */
const readText = (path: string) => new TextDecoder('utf-8', { fatal: true }).decode(readFileSync(path));

function filesUnder(dir: string, ending: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith(ending))
    .sort()
    .map((name) => join(dir, name));
}

function collectTexts(): { texts: Text[]; notes: string[] } {
  const notes: string[] = [];
  const texts: Text[] = articleCorpus(CORPUS_ARTICLES).map((text, i) => ({ label: `bench corpus #${i}`, text }));
  for (let n = 0; n < NEWSROOM_ARTICLES; n += 1)
    texts.push({ label: `newsroom article #${n}`, text: newsroomArticle(n) });
  const files = [...filesUnder(join(SHARED, 'fixtures/attribution'), '.txt')];
  if (existsSync(SHARED)) files.push(join(SHARED, 'seed-article.txt'));
  else notes.push(`skipped: ${SHARED} is absent (no fixture articles, no seed article)`);
  files.push(...filesUnder(join(ROOT, 'docs/examples'), '.txt'));
  for (const file of files) texts.push({ label: relative(ROOT, file), text: readText(file) });
  return { texts, notes };
}

function run(command: string, args: string[], cwd: string): string {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8', maxBuffer: 1 << 30 });
  if (result.status !== 0) {
    throw new Error(`${command} ${args.join(' ')} failed (${result.status ?? result.signal}):\n${result.stderr}`);
  }
  return result.stdout;
}

/** Runs the extractor of the tree at `root` over the texts in `textsFile`, in its own process. */
function outputsOf(root: string, textsFile: string, outputFile: string): string[] {
  run(process.execPath, ['-r', '@swc-node/register', __filename, '--dump', root, textsFile, outputFile], root);
  return JSON.parse(readFileSync(outputFile, 'utf8')) as string[];
}

/** Child mode: the JSON of extract(text) for every text, in order. */
function dump(root: string, textsFile: string, outputFile: string): void {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- the tree to load is known only at run time
  const { extract } = require(join(root, 'libs/attribution/src')) as { extract: typeof Extract };
  const texts = JSON.parse(readFileSync(textsFile, 'utf8')) as string[];
  writeFileSync(outputFile, JSON.stringify(texts.map((text) => JSON.stringify(extract(text)))));
}

/** The first claim (by index) at which two outputs part, both sides shown. */
function firstDifference(before: string, after: string): string {
  const was = (JSON.parse(before) as { claims: unknown[] }).claims;
  const now = (JSON.parse(after) as { claims: unknown[] }).claims;
  const at = Array.from({ length: Math.max(was.length, now.length) }, (_, i) => i).find(
    (i) => JSON.stringify(was[i]) !== JSON.stringify(now[i]),
  );
  if (at === undefined) return '    (same claims, different JSON layout)';
  return [
    `    claims: ${was.length} -> ${now.length}; first difference at claim ${at}`,
    `    - ${JSON.stringify(was[at]) ?? '(none)'}`,
    `    + ${JSON.stringify(now[at]) ?? '(none)'}`,
  ].join('\n');
}

function compare(revision: string): number {
  const commit = run('git', ['rev-parse', '--verify', `${revision}^{commit}`], ROOT).trim();
  const { texts, notes } = collectTexts();
  const scratch = mkdtempSync(join(tmpdir(), 'factdesk-extractor-check-'));
  const tree = join(scratch, 'tree');
  const cleanUp = () => {
    spawnSync('git', ['worktree', 'remove', '--force', tree], { cwd: ROOT });
    spawnSync('git', ['worktree', 'prune'], { cwd: ROOT });
    rmSync(scratch, { recursive: true, force: true });
  };
  const onSignal = () => {
    cleanUp();
    process.exit(130);
  };
  process.once('SIGINT', onSignal).once('SIGTERM', onSignal);
  try {
    run('git', ['worktree', 'add', '--detach', '--quiet', tree, commit], ROOT);
    symlinkSync(join(ROOT, 'node_modules'), join(tree, 'node_modules'), 'dir');
    const textsFile = join(scratch, 'texts.json');
    writeFileSync(textsFile, JSON.stringify(texts.map(({ text }) => text)));
    const before = outputsOf(tree, textsFile, join(scratch, 'before.json'));
    const after = outputsOf(ROOT, textsFile, join(scratch, 'after.json'));
    const differing = texts.flatMap(({ label }, i) => (before[i] === after[i] ? [] : [{ label, i }]));

    const fixtures = texts.length - CORPUS_ARTICLES - NEWSROOM_ARTICLES;
    console.log(`extractor of the working tree vs ${revision} (${commit.slice(0, 10)})`);
    for (const note of notes) console.log(note);
    console.log(
      `texts: ${texts.length} (bench corpus ${CORPUS_ARTICLES}, newsroom ${NEWSROOM_ARTICLES}, files ${fixtures})`,
    );
    for (const { label, i } of differing.slice(0, SHOWN_DIFFERENCES)) {
      console.log(`differs: ${label}\n${firstDifference(before[i], after[i])}`);
    }
    if (differing.length > SHOWN_DIFFERENCES) console.log(`... and ${differing.length - SHOWN_DIFFERENCES} more`);
    const claims = after.reduce((sum, output) => sum + (JSON.parse(output) as { claims: unknown[] }).claims.length, 0);
    console.log(
      differing.length
        ? `DIFFERENT: ${differing.length} of ${texts.length} texts`
        : `identical: all ${texts.length} texts (${claims} claims, ${after.join('').length} characters of JSON)`,
    );
    return differing.length ? 1 : 0;
  } finally {
    cleanUp();
  }
}

const [mode, ...rest] = process.argv.slice(2);
if (mode === '--dump') {
  const [root, textsFile, outputFile] = rest;
  dump(root, textsFile, outputFile);
} else if (!mode) {
  console.error('usage: npm run -s check:extractor -- GIT-REVISION');
  process.exit(2);
} else {
  try {
    process.exitCode = compare(mode);
  } catch (error) {
    console.error(`check:extractor: ${(error as Error).message}`);
    process.exitCode = 2;
  }
}
