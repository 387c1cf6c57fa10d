import { chmodSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { deliverFirstAdminKey } from './first-admin-key';

const SECRET = 'fdk_secret-for-the-test';

describe('deliverFirstAdminKey', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'factdesk-state-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('prints the key on a terminal and writes no file', () => {
    const printed: string[] = [];
    const sut = deliverFirstAdminKey(SECRET, {
      isTTY: true,
      stateDir: join(dir, 'state'),
      databaseName: 'factdesk',
      print: (line) => printed.push(line),
    });
    expect(sut).toBeNull();
    expect(printed.join('\n')).toContain(SECRET);
    expect(() => statSync(join(dir, 'state'))).toThrow();
  });

  it('otherwise writes it to a file only its owner can read and prints the path, not the key', () => {
    const printed: string[] = [];
    const stateDir = join(dir, 'state');
    const sut = deliverFirstAdminKey(SECRET, {
      isTTY: false,
      stateDir,
      databaseName: 'desk',
      print: (line) => printed.push(line),
    });
    expect(sut).toBe(join(stateDir, 'first-admin-key-desk'));
    expect(readFileSync(sut as string, 'utf8')).toBe(`${SECRET}\n`);
    expect(statSync(sut as string).mode & 0o777).toBe(0o600);
    expect(statSync(stateDir).mode & 0o777).toBe(0o700);
    expect(printed.join('\n')).toContain(sut as string);
    expect(printed.join('\n')).not.toContain(SECRET);
  });

  it('keeps the mode 0600 when a file of that name existed with a wider one', () => {
    const stateDir = join(dir, 'state');
    deliverFirstAdminKey('fdk_old', { isTTY: false, stateDir, databaseName: 'desk', print: () => undefined });
    const file = join(stateDir, 'first-admin-key-desk');
    writeFileSync(file, 'old');
    chmodSync(file, 0o644);
    deliverFirstAdminKey(SECRET, { isTTY: false, stateDir, databaseName: 'desk', print: () => undefined });
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(readFileSync(file, 'utf8')).toBe(`${SECRET}\n`);
  });
});
