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

  it('keys unnamed sources by their relay, or by the outlet that printed them', () => {
    const sut = sourceRows(
      [
        { source: 'sources', sourceType: 'anonymous', via: 'Bloomberg' },
        { source: 'people familiar with the matter', sourceType: 'anonymous', via: 'Bloomberg' },
        { source: 'officials', sourceType: 'anonymous' },
      ],
      'Levant Daily',
    );
    const sources = sut.sourceSlot.map((slot) => sut.registry[slot - 1]);
    expect(sources).toEqual([
      { name: 'sources via Bloomberg', key: 'sources via bloomberg', type: 'anonymous' },
      { name: 'sources via Bloomberg', key: 'sources via bloomberg', type: 'anonymous' },
      { name: 'sources via Levant Daily', key: 'sources via levant daily', type: 'anonymous' },
    ]);
    expect(sourceRows([{ source: 'officials', sourceType: 'anonymous' }]).registry[0].key).toBe('officials');
  });

  it('gives a document or unnamed sources the relay the same article names for them elsewhere', () => {
    const sut = sourceRows([
      { source: 'memo', sourceType: 'document' },
      { source: 'memo', sourceType: 'document', via: 'The Information' },
      { source: 'Dana Whitfield', sourceType: 'person' },
    ]);
    const via = sut.viaSlot.map((slot) => (slot === null ? null : sut.registry[slot - 1].key));
    expect(via).toEqual(['information', 'information', null]);
  });
});
