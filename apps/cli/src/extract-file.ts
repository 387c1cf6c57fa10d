/**
 * npm run -s extract -- FILE   (or - for standard input): prints {"claims":[...]} for a UTF-8 text file, one JSON
 * object on stdout; offsets are into the decoded text (a leading byte-order mark is not part of it).
 * A missing, unreadable, binary or non-UTF-8 input prints one line on stderr and exits with code 2.
 */
import { readFileSync, statSync } from 'fs';
import { extract } from '@factdesk/attribution';

const MAX_BYTES = 50 * 1024 * 1024;

function fail(message: string): never {
  process.stderr.write(`extract: ${message}\n`);
  process.exit(2);
}

function reason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException)?.code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  return (error as Error)?.message ?? String(error);
}

function readInput(path: string | undefined): Buffer {
  if (!path) fail('usage: npm run -s extract -- FILE (use - for standard input)');
  if (path === '-') {
    try {
      return readFileSync(0);
    } catch (error) {
      fail(`cannot read standard input: ${reason(error)}`);
    }
  }
  let stat;
  try {
    stat = statSync(path);
  } catch (error) {
    fail(`${path}: ${reason(error)}`);
  }
  if (!stat.isFile()) fail(`${path} is not a regular file${stat.isDirectory() ? ' (it is a directory)' : ''}`);
  if (stat.size > MAX_BYTES) fail(`${path} is larger than 50 MB`);
  try {
    return readFileSync(path);
  } catch (error) {
    fail(`${path}: ${reason(error)}`);
  }
}

function decode(bytes: Buffer, label: string): string {
  if (bytes.includes(0)) fail(`${label} looks binary (it contains NUL bytes); give a UTF-8 text file`);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    fail(`${label} is not valid UTF-8 text`);
  }
}

const path = process.argv[2];
const text = decode(readInput(path), path === '-' ? 'standard input' : path);
process.stdout.write(`${JSON.stringify(extract(text))}\n`);
