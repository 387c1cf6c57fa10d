import { spawnSync } from 'child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { SEED_ARTICLE } from '../support/articles';

const ROOT = join(__dirname, '..', '..');
const run = (args: string[], input?: string) =>
  spawnSync('npm', ['run', '-s', 'extract', '--', ...args], { cwd: ROOT, input, encoding: 'utf8', timeout: 60_000 });

describe('npm run -s extract -- FILE', () => {
  const dir = mkdtempSync(join(tmpdir(), 'factdesk-extract-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('prints {"claims": [...]} for a UTF-8 file, with offsets into the file', () => {
    const file = join(dir, 'seed.txt');
    writeFileSync(file, SEED_ARTICLE);
    const result = run([file]);
    expect(result.status).toBe(0);
    const { claims } = JSON.parse(result.stdout);
    expect(claims.length).toBeGreaterThanOrEqual(3);
    for (const claim of claims) expect(SEED_ARTICLE.slice(claim.start, claim.end)).toBe(claim.content);
    expect(claims).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ source: 'Bloomberg', sourceType: 'media' }),
        expect.objectContaining({ sourceType: 'anonymous', via: 'Al-Araby Al-Jadeed' }),
        expect.objectContaining({ source: 'Marhaf Abu Qasra', via: 'X' }),
      ]),
    );
    expect(claims.some((claim: { content: string }) => claim.content.includes('uphold national responsibility'))).toBe(
      false,
    );
  });

  it('reads standard input with -', () => {
    const result = run(['-'], 'Officials told Reuters that the border would reopen on Friday.');
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout).claims[0]).toMatchObject({ sourceType: 'anonymous', via: 'Reuters' });
  });

  it.each([
    ['a missing file', () => join(dir, 'nope.txt'), /no such file/],
    ['a directory', () => dir, /not a regular file/],
    [
      'a binary file',
      () => {
        const f = join(dir, 'bin');
        writeFileSync(f, Buffer.from([0x89, 0x50, 0x00, 0x01]));
        return f;
      },
      /binary/,
    ],
    [
      'invalid UTF-8',
      () => {
        const f = join(dir, 'latin1');
        writeFileSync(f, Buffer.from([0x63, 0x61, 0x66, 0xe9]));
        return f;
      },
      /UTF-8/,
    ],
  ])('exits 2 with a clear message for %s', (_label, path, message) => {
    const result = run([path()]);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(result.stdout).toBe('');
  });
});
