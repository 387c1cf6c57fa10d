import { type ClaimCase, expectClaims } from './claims.spec-helper';

// Headlines that only describe their speaker ("Athlete ...", "Central bank ..."), a denial whose object is an -ing
// clause, long institution names, and an organisation named first in the lead, each in sentences written for this test.

describe('extract: described headline speakers, gerund denials and first mentions', () => {
  it.each<ClaimCase>([
    {
      rule: 'reads "denied taking ..." as a denial whose claim is the -ing clause, but not "denied wrongdoing"',
      text:
        'Midfielder Tomas Brandt denied accepting money from a betting syndicate.\n' +
        "The club's owner, Rita Moll, denied wrongdoing in the sale of the stadium.",
      find: {
        'accepting money': {
          source: 'Tomas Brandt',
          cue: 'denied',
          content: 'accepting money from a betting syndicate',
        },
        wrongdoing: 'none',
      },
    },
    {
      rule: 'gives a headline\'s "Athlete ... says" to the first-named person the body quotes',
      text:
        'Cyclist stripped of title after failed test\nAthlete vows to fight on and says the lab made errors\n' +
        'Kofi Boateng, who won silver in Paris, said on Tuesday that he would contest the result.\n' +
        'His lawyer, Anna Reyes, said the laboratory had mislabelled two of the samples.\n' +
        'Boateng said he had been tested eleven times this year.',
      find: { 'the lab made errors': { source: 'Kofi Boateng', sourceType: 'person', cue: 'says' } },
    },
    {
      rule: 'gives a headline\'s "Port trims outlook, chief says C" to the speaker after the comma, where the tagger reads no verb',
      text:
        'Harbour trims outlook, Mensah says volumes have peaked\n' +
        'ACCRA - The Tema port authority cut its forecast for the year. Its director, Kwame Mensah, said volumes had peaked.\n',
      find: { 'volumes have peaked': { source: 'Kwame Mensah', cue: 'says' } },
    },
    {
      rule: 'reads "challenger" as a role, so a headline\'s "Tartu challenger says C" is the challenger the body names',
      text:
        'Tartu challenger says postal ballots went missing\n' +
        'TARTU - Mayor Urmas Kask won 52 percent of the vote against 48 percent for challenger Liis Tamm, officials said.\n' +
        'Tamm said about 600 postal ballots had not been counted.',
      find: { 'postal ballots went missing': { source: 'Liis Tamm', sourceType: 'person' } },
    },
    {
      rule: 'gives a headline\'s "Central bank says" to the "Bank of ..." the body names',
      text:
        'Shilling slides to record low\nCentral bank says reserves are sufficient to defend the currency\n' +
        'Bank of Tanzania deputy governor Amina Said told reporters that reserves were sufficient to defend the currency.',
      find: { 'reserves are sufficient': { source: 'Bank of Tanzania', sourceType: 'organization', cue: 'says' } },
    },
    {
      rule: 'reads a name of five capitalised words as an institution, which "the agency" then stands for',
      text:
        'Imports of fresh fruit were halted, according to Biosecurity New Zealand Border Clearance.\n' +
        'The agency said fruit flies had been found in two shipments from the north.',
      find: {
        'Imports of fresh fruit': { source: 'Biosecurity New Zealand Border Clearance', sourceType: 'organization' },
        'fruit flies': { source: 'Biosecurity New Zealand Border Clearance', cue: 'said' },
      },
    },
    {
      rule: 'reads the lead\'s "the company said" as the company named first, though a later "Shares in" names it again',
      text:
        'Shoe retailer Stridex will shut 30 stores by March, the company said on Monday.\n' +
        'Its supplier, Arnell Leather, said it would cut 200 jobs at its tannery.\n' +
        'Shares in Stridex fell 4 percent.',
      find: { 'shut 30 stores': { source: 'Stridex', sourceType: 'organization', cue: 'said' } },
    },
    {
      rule: 'reads "according to the agency\'s rules" as the agency\'s document, and still gives a headline\'s "agency says" to it',
      text:
        'Rower suspended for two years, agency says\n' +
        'Rower Jan Kolar has been suspended for two years for missing three tests, the Czech Anti-Doping Agency said on Friday.\n' +
        'The national rowing federation confirmed in a statement that Kolar would miss the European championships.\n' +
        "Kolar can appeal within 30 days, according to the agency's rules.",
      find: {
        'Rower suspended': { source: 'Czech Anti-Doping Agency', cue: 'says' },
        'can appeal within': { source: 'Czech Anti-Doping Agency', sourceType: 'document', cue: 'according to' },
      },
    },
  ])('$rule', expectClaims);
});
