import { claimsOf, find } from './claims.spec-helper';

// Speakers set inside a clause, described outlets and described organisations, each in sentences written for this test.

describe('extract: speakers inside and after a clause', () => {
  it('reads a headline claim after a comma ("Miners down tools, union says C")', () => {
    const sut = claimsOf(
      'Bus drivers in Lyon stop work, union says pay offer is an insult\nThe transport union said on Monday that drivers would strike.',
    );
    expect(find(sut, 'pay offer')).toMatchObject({
      source: 'transport union',
      cue: 'says',
      content: 'pay offer is an insult',
    });
  });

  it('reads the subject of a clause after an opening subordinate clause', () => {
    const sut = claimsOf('When the last ballots were counted, the election board said turnout had reached 64 percent.');
    expect(sut).toEqual([
      expect.objectContaining({ source: 'election board', content: 'turnout had reached 64 percent' }),
    ]);
  });

  it('reads a speaker and cue set between a subject and its verb ("The plan, the minister said, will ...")', () => {
    const sut = claimsOf(
      'The water board, Aqualis, said on Monday that reserves were low. The ban, it said, would last until the autumn rains.\n' +
        'The new bridge, the mayor said on Friday, will open to cyclists first.',
    );
    expect(find(sut, 'until the autumn')).toMatchObject({
      source: 'Aqualis',
      cue: 'said',
      content: 'would last until the autumn rains',
    });
    expect(find(sut, 'cyclists')).toMatchObject({ source: 'mayor', content: 'will open to cyclists first' });
  });

  it('reads a one-name speaker after a relative clause, and gives the speaker the quote that follows', () => {
    const text =
      'Fisheries Minister Ola Berg visited the harbour. A trawler captain who would give only his first name, Nils, said the catches had halved. ' +
      '“We cannot live on this,” he said.';
    const sut = claimsOf(text);
    expect(find(sut, 'catches had halved')).toMatchObject({ source: 'Nils', sourceType: 'person' });
    expect(find(sut, 'live on this')).toMatchObject({ source: 'Nils', quote: 'direct' });
  });

  it('reads a headline speaker after "as", and one whose "and" the headline leaves out', () => {
    const text =
      'Farmers protest as minister says subsidies will end\nOrtiva opens its first plant, says output will double\n' +
      'Agriculture Minister Jonas Pell said on Monday that the subsidies would end in 2027. Ortiva said output would double.';
    const sut = claimsOf(text);
    expect(find(sut, 'subsidies will end')).toMatchObject({ source: 'Jonas Pell', content: 'subsidies will end' });
    expect(find(sut, 'output will double')).toMatchObject({ source: 'Ortiva', content: 'output will double' });
  });

  it('ends a claim made in an opening subordinate clause where the main clause begins', () => {
    const sut = claimsOf(
      'Senator Rui Lobo spoke first. When Lobo accused the cabinet of “hiding the figures”, the chair, Vera Mott, cut off his microphone.',
    );
    expect(sut).toEqual([
      expect.objectContaining({ source: 'Rui Lobo', cue: 'accused', content: 'the cabinet of “hiding the figures”' }),
    ]);
  });

  it('reads a coordinated subject with an apposition ("but its finance chief, Ivo Hahn, said")', () => {
    const sut = claimsOf(
      'The bank gave no forecast, but its finance chief, Ivo Hahn, said on a call that margins would recover.',
    );
    expect(sut[0]).toMatchObject({ source: 'Ivo Hahn', content: 'margins would recover' });
  });

  it('does not read a number with a comma as the end of an insertion, nor a clause after "said" as its speaker', () => {
    const sut = claimsOf(
      'In a letter read to the court, Mara Lind, whose shop lost 48,000 euros, said the family had sold their home.',
    );
    expect(sut).toEqual([
      expect.objectContaining({ source: 'Mara Lind', sourceType: 'person', content: 'the family had sold their home' }),
    ]);
  });

  it('does not take a sentence opener for a name ("Later, the defence minister said")', () => {
    const sut = claimsOf(
      'Defence Minister Petra Lind opened the base on Monday. Later, the defence minister said two more bases would follow.',
    );
    expect(sut[0]).toMatchObject({ source: 'Petra Lind', content: 'two more bases would follow' });
  });
});

describe('extract: described outlets and organisations', () => {
  it('takes the outlet after a descriptor that saw a document as the relay ("seen by the Dutch daily NRC")', () => {
    const sut = claimsOf(
      'In a letter to staff seen by the Dutch daily Trouw, chief executive Anouk Smit wrote that the plant would close in May.',
    );
    expect(sut[0]).toMatchObject({ source: 'Anouk Smit', via: 'Trouw', content: 'the plant would close in May' });
  });

  it('takes a broadcaster named after "the radio station" or "the broadcaster", numbers included, as the relay', () => {
    const sut = claimsOf(
      'Mayor Ines Vidal spoke after the flood. Speaking on the radio station Onda 4, she said the dykes had held.\n' +
        'Minister Paul Dorn told the German broadcaster Kanal 9 that the road would reopen on Sunday.',
    );
    expect(find(sut, 'dykes had held')).toMatchObject({ source: 'Ines Vidal', via: 'Onda 4' });
    expect(find(sut, 'road would reopen')).toMatchObject({ source: 'Paul Dorn', via: 'Kanal 9' });
  });

  it('resolves "told the agency" to the outlet named before, and reads a station of a listed outlet whole', () => {
    const text =
      'Shops in the port were boarded up, Reuters reported. “We have seen this before,” trader Ali Musa told the agency.\n' +
      'Inspector Jo Grant told BBC Radio Kent that the school would stay shut.';
    const sut = claimsOf(text);
    expect(find(sut, 'seen this before')).toMatchObject({ source: 'Ali Musa', via: 'Reuters' });
    expect(find(sut, 'school would stay shut')).toMatchObject({ via: 'BBC Radio Kent' });
  });

  it('reads the outlet after "the news portal" and a source named after "according to her publisher,"', () => {
    const sut = claimsOf(
      'Coach Emil Roth told the news portal Sportal that he would stay.\nThe book has sold a million copies, according to her publisher, Lindqvist.',
    );
    expect(find(sut, 'he would stay')).toMatchObject({ via: 'Sportal' });
    expect(find(sut, 'million copies')).toMatchObject({ source: 'Lindqvist' });
  });

  it('does not take a trailing attribution after a place for a description of the place', () => {
    const sut = claimsOf(
      'Vexa, the Danish toy maker, opened a store on Monday.\nThe set will cost 90 dollars in the United States, the company said.',
    );
    expect(sut[0]).toMatchObject({ source: 'Vexa', content: 'The set will cost 90 dollars in the United States' });
  });

  it('gives a quote resumed after its attribution to the same speaker, and a quote followed by a quoted heckle', () => {
    const sut = claimsOf(
      'Minister Lea Holm rose to speak. “We will not back down,” she said, “because the law is clear.”\n' +
        '“This bill is a disaster,” said Otto Brand, to cries of “Nonsense!” from the benches.',
    );
    expect(find(sut, 'back down')).toMatchObject({ source: 'Lea Holm', quote: 'direct' });
    expect(find(sut, 'the law is clear')).toMatchObject({ source: 'Lea Holm', quote: 'direct' });
    expect(find(sut, 'disaster')).toMatchObject({ source: 'Otto Brand' });
  });

  it('reads a study named between the cue and its "that"', () => {
    const sut = claimsOf(
      'Researchers at the Polar Institute estimated in a study published on Monday that the ice shelf would collapse by 2040.',
    );
    expect(sut[0]).toMatchObject({ cue: 'estimated', content: 'the ice shelf would collapse by 2040' });
  });

  it('does not give a described ministry the name of another ministry quoted before', () => {
    const sut = claimsOf(
      'The finance ministry said tax receipts had risen. Rail services will resume on Monday, according to the transport ministry.',
    );
    expect(find(sut, 'Rail services')).toMatchObject({ source: 'transport ministry' });
  });
});
