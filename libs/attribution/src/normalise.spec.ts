import { normaliseSourceName as sut } from './normalise';

describe('normaliseSourceName', () => {
  it.each([
    ['Defence Minister Marhaf Abu Qasra', 'marhaf abu qasra'],
    ['General Andris Kalniņš', 'andris kalnins'],
    ['Dr. Amara Sesay', 'amara sesay'],
    ['Lead author   Jonas Müller', 'jonas muller'],
    ['Zoë Łukasiewicz', 'zoe lukasiewicz'],
    ['İlkay Altındağ', 'ilkay altindag'],
    ['The Daily Courier', 'daily courier'],
    ["Russia's defence ministry", 'russia defence ministry'],
    ['Health Ministry', 'health ministry'],
    ['General Motors', 'general motors'],
  ])('%s -> %s', (name, key) => {
    expect(sut(name)).toBe(key);
  });

  it('gives one key to the spellings of one speaker', () => {
    expect(sut('Finance Minister Jana  Horák')).toBe(sut('jana horak'));
  });

  it('keeps a lone title that is all there is', () => {
    expect(sut('Minister')).toBe('minister');
  });

  it('returns an empty key for an empty name', () => {
    expect(sut('  ')).toBe('');
  });
});
