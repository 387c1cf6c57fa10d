import { Memo } from './stats-memo';

describe('Memo', () => {
  let now: number;
  let reads: number;
  const read = (value: string) => async () => {
    reads += 1;
    return value;
  };

  beforeEach(() => {
    now = 1_000;
    reads = 0;
  });

  it('answers a key from one read until the time to live has passed', async () => {
    const sut = new Memo<string>(1_000, () => now);
    expect(await sut.get('a', read('first'))).toBe('first');
    now += 999;
    expect(await sut.get('a', read('second'))).toBe('first');
    now += 1;
    expect(await sut.get('a', read('third'))).toBe('third');
    expect(reads).toBe(2);
  });

  it('shares a read in flight and keeps keys apart', async () => {
    const sut = new Memo<string>(1_000, () => now);
    const [one, two, other] = await Promise.all([
      sut.get('a', read('a')),
      sut.get('a', read('again')),
      sut.get('b', read('b')),
    ]);
    expect([one, two, other]).toEqual(['a', 'a', 'b']);
    expect(reads).toBe(2);
  });

  it('does not keep a failed read', async () => {
    const sut = new Memo<string>(1_000, () => now);
    await expect(sut.get('a', () => Promise.reject(new Error('down')))).rejects.toThrow('down');
    expect(await sut.get('a', read('up'))).toBe('up');
  });

  it('reads every time when the time to live is 0', async () => {
    const sut = new Memo<string>(0, () => now);
    await sut.get('a', read('first'));
    expect(await sut.get('a', read('second'))).toBe('second');
    expect(reads).toBe(2);
  });
});
