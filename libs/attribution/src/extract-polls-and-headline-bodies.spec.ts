import { type ClaimCase, expectClaims } from './claims.spec-helper';

// Polls and their pollsters, estimates "put at" a figure, headline nouns for a public body, relative-clause speakers,
// relays named before a medium noun or in capitals, each in sentences written for this test.

describe('extract: polls, estimates and headline bodies', () => {
  it.each<ClaimCase>([
    {
      rule: 'gives an unnamed poll, in the headline and in the lead, to the pollster the body names',
      text:
        'Poll finds most Danes back a four-day week\nUnions welcome the result\n' +
        'Most Danes would support a four-day working week, a survey released on Monday showed.\n' +
        'The poll by the research firm Norstat, carried out for the daily Politiken, found that 61 percent of workers were in favour.',
      find: {
        'back a four-day': { source: 'Norstat', sourceType: 'document', cue: 'finds' },
        'would support': { source: 'Norstat', sourceType: 'document', cue: 'showed' },
        '61 percent': { source: 'Norstat', sourceType: 'document', cue: 'found' },
      },
    },
    {
      rule: 'reads a poll that "put" a quantity at a figure, but not an agency that does',
      text:
        'A rival survey, by the Baltic Opinion Centre, put support for the tax at 41 percent.\n' +
        'The National Seismic Service put the depth of the tremor at 12 kilometres.',
      find: {
        'support for the tax': {
          source: 'Baltic Opinion Centre',
          cue: 'put',
          content: 'support for the tax at 41 percent',
        },
        'depth of the tremor': 'none',
      },
    },
    {
      rule: 'gives a headline "Regulator says" to the public body the body quotes, and "Government says" to its minister',
      text:
        'Regulator says tap water is safe to drink\nGovernment says repairs will take a month\n' +
        "Shares in Aquaron fell after the leak. Aquaron said it regretted the disruption. Norway's drinking water agency, " +
        'the NDWA, said the tap water was safe to drink. Environment Minister Siri Dahl said the repairs would take a month.',
      find: {
        'tap water is safe': { source: 'NDWA', cue: 'says' },
        'repairs will take': { source: 'Siri Dahl', cue: 'says' },
      },
    },
    {
      rule: 'reads the speaker of a relative clause ("by a judge who said C") as the person named with that role',
      text:
        'A landlord was fined on Monday by a judge who said the flats were “unfit for animals”.\n' +
        'Judge Amelia Stroud said the fine had to hurt.',
      find: { 'unfit for animals': { source: 'Amelia Stroud', cue: 'said', quote: 'mixed' } },
    },
    {
      rule: 'reads what a statement said "at the time"',
      text: 'In 2019, a similar fault grounded the fleet for a week, the Civil Aviation Authority said at the time.',
      claims: [{ source: 'Civil Aviation Authority', content: 'a similar fault grounded the fleet for a week' }],
    },
    {
      rule: 'reads relays named before "news agency", after a medium noun at a full stop, and in capitals after "told"',
      text:
        'Its chairman, Teo Varga, told the Hina news agency that talks had failed. “We will try again,” Mayor Ana Kos told the broadcaster Radio Vox.\n' +
        "The union's leader, Ben Hale, told Coastline FM that the strike would go ahead.",
      find: {
        'talks had failed': { source: 'Teo Varga', via: 'Hina' },
        'try again': { source: 'Ana Kos', via: 'Radio Vox' },
        'strike would go ahead': { source: 'Ben Hale', via: 'Coastline FM' },
      },
    },
    {
      rule: 'gives "the report" and a headline\'s "report says" to whoever spoke in a report, as a document',
      text:
        'Bridge cables corroded faster than expected, report says\nRepairs to start in May\n' +
        'The main cables of the Orsund bridge have lost a tenth of their strength, the National Roads Directorate said in an inspection report on Monday.\n' +
        'The report said the worst damage was near the southern tower. Traffic will be limited to cars, according to the report.',
      find: {
        'corroded faster': { source: 'National Roads Directorate', cue: 'says' },
        'southern tower': { source: 'National Roads Directorate', sourceType: 'document' },
        'limited to cars': { source: 'National Roads Directorate', sourceType: 'document' },
      },
    },
    {
      rule: "gives a possessor's figures to the possessor, and a research note to the bank that issued it",
      text:
        "Rents in Porto rose 9 percent in a year, the Porto Housing Observatory said. Vacancies fell to 2 percent, the observatory's figures showed.\n" +
        'In a note to clients, analysts at Banco Lumen forecast that rents would rise more slowly. The note said new supply would ease the pressure.',
      find: {
        'Vacancies fell': { source: 'Porto Housing Observatory', sourceType: 'document' },
        'new supply': { source: expect.stringContaining('Banco Lumen'), sourceType: 'document' },
      },
    },
    {
      rule: 'keeps a speaker that cites its evidence, reads past a trailing participle, and strips an outlook',
      text:
        'At least 40 seals died of the virus this winter, the wildlife trust said, citing autopsy results.\n' +
        'The ferry company has cancelled all sailings on Friday, the harbour master said, leaving hundreds of drivers stranded.\n' +
        'The central bank warned in its autumn outlook that house prices could fall further.',
      find: {
        'seals died': { source: 'wildlife trust', via: null },
        'cancelled all sailings': {
          source: 'harbour master',
          content: 'The ferry company has cancelled all sailings on Friday',
        },
        'house prices': { source: 'central bank', cue: 'warned' },
      },
    },
    {
      rule: 'reads "the Daily ..." as an outlet and "told the newspaper" as the newspaper named before',
      text:
        "The pilots' union, Aerpro, told the Daily Courant that talks had stalled. Crowds are down by a third, the regional newspaper " +
        'Kvarner Vijesti reported. Mayor Ivo Lenac told the newspaper that the town would ask for help.',
      find: {
        'talks had stalled': { via: 'Daily Courant' },
        'ask for help': { source: 'Ivo Lenac', via: 'Kvarner Vijesti' },
      },
    },
  ])('$rule', expectClaims);
});
