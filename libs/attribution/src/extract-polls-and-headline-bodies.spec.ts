import { claimsOf, find } from './claims.spec-helper';

// Polls and their pollsters, estimates "put at" a figure, headline nouns for a public body, relative-clause speakers,
// relays named before a medium noun or in capitals, each in sentences written for this test.

describe('extract: polls, estimates and headline bodies', () => {
  it('gives an unnamed poll, in the headline and in the lead, to the pollster the body names', () => {
    const text =
      'Poll finds most Danes back a four-day week\nUnions welcome the result\n' +
      'Most Danes would support a four-day working week, a survey released on Monday showed.\n' +
      'The poll by the research firm Norstat, carried out for the daily Politiken, found that 61 percent of workers were in favour.';
    const sut = claimsOf(text);
    expect(find(sut, 'back a four-day')).toMatchObject({ source: 'Norstat', sourceType: 'document', cue: 'finds' });
    expect(find(sut, 'would support')).toMatchObject({ source: 'Norstat', sourceType: 'document', cue: 'showed' });
    expect(find(sut, '61 percent')).toMatchObject({ source: 'Norstat', sourceType: 'document', cue: 'found' });
  });

  it('reads a poll that "put" a quantity at a figure, but not an agency that does', () => {
    const text =
      'A rival survey, by the Baltic Opinion Centre, put support for the tax at 41 percent.\n' +
      'The National Seismic Service put the depth of the tremor at 12 kilometres.';
    const sut = claimsOf(text);
    expect(find(sut, 'support for the tax')).toMatchObject({
      source: 'Baltic Opinion Centre',
      cue: 'put',
      content: 'support for the tax at 41 percent',
    });
    expect(find(sut, 'depth of the tremor')).toBeUndefined();
  });

  it('gives a headline "Regulator says" to the public body the body quotes, and "Government says" to its minister', () => {
    const text =
      'Regulator says tap water is safe to drink\nGovernment says repairs will take a month\n' +
      "Shares in Aquaron fell after the leak. Aquaron said it regretted the disruption. Norway's drinking water agency, " +
      'the NDWA, said the tap water was safe to drink. Environment Minister Siri Dahl said the repairs would take a month.';
    const sut = claimsOf(text);
    expect(find(sut, 'tap water is safe')).toMatchObject({ source: 'NDWA', cue: 'says' });
    expect(find(sut, 'repairs will take')).toMatchObject({ source: 'Siri Dahl', cue: 'says' });
  });

  it('reads the speaker of a relative clause ("by a judge who said C") as the person named with that role', () => {
    const text =
      'A landlord was fined on Monday by a judge who said the flats were “unfit for animals”.\n' +
      'Judge Amelia Stroud said the fine had to hurt.';
    expect(find(claimsOf(text), 'unfit for animals')).toMatchObject({
      source: 'Amelia Stroud',
      cue: 'said',
      quote: 'mixed',
    });
  });

  it('reads what a statement said "at the time"', () => {
    const text =
      'In 2019, a similar fault grounded the fleet for a week, the Civil Aviation Authority said at the time.';
    expect(claimsOf(text)).toEqual([
      expect.objectContaining({
        source: 'Civil Aviation Authority',
        content: 'a similar fault grounded the fleet for a week',
      }),
    ]);
  });

  it('reads relays named before "news agency", after a medium noun at a full stop, and in capitals after "told"', () => {
    const text =
      'Its chairman, Teo Varga, told the Hina news agency that talks had failed. “We will try again,” Mayor Ana Kos told the broadcaster Radio Vox.\n' +
      "The union's leader, Ben Hale, told Coastline FM that the strike would go ahead.";
    const sut = claimsOf(text);
    expect(find(sut, 'talks had failed')).toMatchObject({ source: 'Teo Varga', via: 'Hina' });
    expect(find(sut, 'try again')).toMatchObject({ source: 'Ana Kos', via: 'Radio Vox' });
    expect(find(sut, 'strike would go ahead')).toMatchObject({ source: 'Ben Hale', via: 'Coastline FM' });
  });

  it('gives "the report" and a headline\'s "report says" to whoever spoke in a report, as a document', () => {
    const text =
      'Bridge cables corroded faster than expected, report says\nRepairs to start in May\n' +
      'The main cables of the Orsund bridge have lost a tenth of their strength, the National Roads Directorate said in an inspection report on Monday.\n' +
      'The report said the worst damage was near the southern tower. Traffic will be limited to cars, according to the report.';
    const sut = claimsOf(text);
    expect(find(sut, 'corroded faster')).toMatchObject({ source: 'National Roads Directorate', cue: 'says' });
    expect(find(sut, 'southern tower')).toMatchObject({ source: 'National Roads Directorate', sourceType: 'document' });
    expect(find(sut, 'limited to cars')).toMatchObject({
      source: 'National Roads Directorate',
      sourceType: 'document',
    });
  });

  it("gives a possessor's figures to the possessor, and a research note to the bank that issued it", () => {
    const text =
      "Rents in Porto rose 9 percent in a year, the Porto Housing Observatory said. Vacancies fell to 2 percent, the observatory's figures showed.\n" +
      'In a note to clients, analysts at Banco Lumen forecast that rents would rise more slowly. The note said new supply would ease the pressure.';
    const sut = claimsOf(text);
    expect(find(sut, 'Vacancies fell')).toMatchObject({ source: 'Porto Housing Observatory', sourceType: 'document' });
    expect(find(sut, 'new supply')).toMatchObject({
      source: expect.stringContaining('Banco Lumen'),
      sourceType: 'document',
    });
  });

  it('keeps a speaker that cites its evidence, reads past a trailing participle, and strips an outlook', () => {
    const text =
      'At least 40 seals died of the virus this winter, the wildlife trust said, citing autopsy results.\n' +
      'The ferry company has cancelled all sailings on Friday, the harbour master said, leaving hundreds of drivers stranded.\n' +
      'The central bank warned in its autumn outlook that house prices could fall further.';
    const sut = claimsOf(text);
    expect(find(sut, 'seals died')).toMatchObject({ source: 'wildlife trust', via: null });
    expect(find(sut, 'cancelled all sailings')).toMatchObject({
      source: 'harbour master',
      content: 'The ferry company has cancelled all sailings on Friday',
    });
    expect(find(sut, 'house prices')).toMatchObject({ source: 'central bank', cue: 'warned' });
  });

  it('reads "the Daily ..." as an outlet and "told the newspaper" as the newspaper named before', () => {
    const text =
      "The pilots' union, Aerpro, told the Daily Courant that talks had stalled. Crowds are down by a third, the regional newspaper " +
      'Kvarner Vijesti reported. Mayor Ivo Lenac told the newspaper that the town would ask for help.';
    const sut = claimsOf(text);
    expect(find(sut, 'talks had stalled')).toMatchObject({ via: 'Daily Courant' });
    expect(find(sut, 'ask for help')).toMatchObject({ source: 'Ivo Lenac', via: 'Kvarner Vijesti' });
  });
});
