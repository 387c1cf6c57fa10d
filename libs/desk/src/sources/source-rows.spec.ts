import { relayType, sourceRows } from './source-rows';

describe('sourceRows', () => {
  it('makes a title and a surname the full name the same article gives', () => {
    const sut = sourceRows([
      { source: 'Defence Minister Marhaf Abu Qasra', sourceType: 'person', via: 'X' },
      { source: 'Abu Qasra', sourceType: 'person' },
      { source: 'Qasra', sourceType: 'person' },
    ]);
    const person = sut.registry.filter((row) => row.type === 'person');
    expect(person).toEqual([{ name: 'Defence Minister Marhaf Abu Qasra', key: 'marhaf abu qasra', type: 'person' }]);
    expect(new Set(sut.sourceSlot).size).toBe(1);
  });

  it('leaves a surname alone when two people in the article share it', () => {
    const sut = sourceRows([
      { source: 'Anna Berg', sourceType: 'person' },
      { source: 'Jonas Berg', sourceType: 'person' },
      { source: 'Berg', sourceType: 'person' },
    ]);
    expect(sut.registry.map((row) => row.key).sort()).toEqual(['anna berg', 'berg', 'jonas berg']);
  });

  it('registers relays too: platforms as social, outlets as media', () => {
    const sut = sourceRows([
      { source: 'Marhaf Abu Qasra', sourceType: 'person', via: 'X' },
      { source: 'sources', sourceType: 'anonymous', via: 'Al-Araby Al-Jadeed' },
    ]);
    const via = sut.viaSlot.map((slot) => sut.registry[(slot as number) - 1]);
    expect(via).toEqual([
      { name: 'X', key: 'x', type: 'social' },
      { name: 'Al-Araby Al-Jadeed', key: 'al araby al jadeed', type: 'media' },
    ]);
    expect(relayType('telegram')).toBe('social');
  });

  it('lists each (key, type) once, sorted, with 1-based slots in input order', () => {
    const sut = sourceRows([
      { source: 'Reuters', sourceType: 'media' },
      { source: 'the Health Ministry', sourceType: 'organization' },
      { source: 'Reuters', sourceType: 'media' },
    ]);
    expect(sut.registry.map((row) => `${row.type}:${row.key}`)).toEqual([
      'media:reuters',
      'organization:health ministry',
    ]);
    expect(sut.sourceSlot).toEqual([1, 2, 1]);
    expect(sut.viaSlot).toEqual([null, null, null]);
  });
});
