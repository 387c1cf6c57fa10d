/**
 * npm run -s extract -- FILE   (or - for stdin): prints {"claims":[...]} for a UTF-8 text file.
 * Exit 2 with one line on stderr for a missing, unreadable or binary input.
 */
import { readFileSync, statSync } from 'fs';
import { extract } from '@factdesk/attribution';

function fail(message: string): never {
  process.stderr.write(`extract: ${message}\n`);
  process.exit(2);
}

function readInput(path: string | undefined): Buffer {
  if (!path) fail('usage: npm run -s extract -- FILE (use - for standard input)');
  if (path === '-') return readFileSync(0);
  let size: number;
  try {
    const stat = statSync(path);
    if (!stat.isFile()) fail(`${path} is not a regular file`);
    size = stat.size;
  } catch {
    fail(`${path}: no such file`);
  }
  if (size > 50 * 1024 * 1024) fail(`${path} is larger than 50 MB`);
  return readFileSync(path);
}

const bytes = readInput(process.argv[2]);
if (bytes.includes(0)) fail(`${process.argv[2]} looks binary (it contains NUL bytes); give a UTF-8 text file`);
let text: string;
try {
  text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
} catch {
  fail(`${process.argv[2]} is not valid UTF-8 text`);
}
process.stdout.write(`${JSON.stringify(extract(text))}\n`);
