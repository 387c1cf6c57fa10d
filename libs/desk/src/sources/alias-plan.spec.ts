import { type AliasHolder, mergedNotes, planAlias, type RegistrySource } from './alias-plan';

const source = (id: string, name: string, key: string, overrides: Partial<RegistrySource> = {}): RegistrySource => ({
  id,
  name,
  key,
  type: 'media',
  notes: null,
  ...overrides,
});

describe('planAlias', () => {
  const bloomberg = source('s1', 'Bloomberg', 'bloomberg');
  const bloombergNews = source('s2', 'Bloomberg News', 'bloomberg news', { notes: 'wire service' });
  const strayPerson = source('s3', 'Bloomberg News', 'bloomberg news', { type: 'person' });
  const heldElsewhere: AliasHolder = {
    aliasId: 'a1',
    alias: 'Bloomberg News',
    sourceId: 's9',
    sourceName: 'Bloomberg LP',
  };
  const heldHere: AliasHolder = { ...heldElsewhere, sourceId: 's1', sourceName: 'Bloomberg' };

  it('folds every other row under the alias key, whatever its type', () => {
    const sut = planAlias(bloomberg, 'Bloomberg News', 'bloomberg news', null, [bloomberg, bloombergNews, strayPerson]);
    expect(sut).toEqual({ kind: 'add', existingAliasId: null, fold: [bloombergNews, strayPerson] });
  });

  it('adds a plain alias when nothing is under its key yet', () => {
    expect(planAlias(bloomberg, 'Bloomberg L.P.', 'bloomberg lp', null, [bloomberg])).toEqual({
      kind: 'add',
      existingAliasId: null,
      fold: [],
    });
  });

  it("refuses the source's own key", () => {
    const sut = planAlias(bloomberg, 'BLOOMBERG', 'bloomberg', null, [bloomberg]);
    expect(sut).toMatchObject({ kind: 'refuse', message: expect.stringContaining('own name') });
  });

  it('refuses an alias another source holds, naming that source', () => {
    const sut = planAlias(bloomberg, 'Bloomberg News', 'bloomberg news', heldElsewhere, [bloomberg]);
    expect(sut).toMatchObject({
      kind: 'refuse',
      message: expect.stringContaining('Bloomberg LP (s9)'),
      details: { aliasOf: 's9' },
    });
  });

  it('refuses a repeat, unless rows appeared under the key since: then it folds them into the existing alias', () => {
    expect(planAlias(bloomberg, 'Bloomberg News', 'bloomberg news', heldHere, [bloomberg])).toMatchObject({
      kind: 'refuse',
      details: { aliasId: 'a1' },
    });
    expect(planAlias(bloomberg, 'Bloomberg News', 'bloomberg news', heldHere, [bloomberg, bloombergNews])).toEqual({
      kind: 'add',
      existingAliasId: 'a1',
      fold: [bloombergNews],
    });
  });
});

describe('mergedNotes', () => {
  it("appends the folded rows' notes under their names and keeps null when there are none", () => {
    const target = source('s1', 'Bloomberg', 'bloomberg', { notes: 'reliable on markets' });
    const folded = [
      source('s2', 'Bloomberg News', 'bloomberg news', { notes: 'wire service' }),
      source('s3', 'BN', 'bn'),
    ];
    expect(mergedNotes(target, folded)).toBe('reliable on markets\n\n[from Bloomberg News, media] wire service');
    expect(mergedNotes({ ...target, notes: null }, [folded[1]])).toBeNull();
  });
});
