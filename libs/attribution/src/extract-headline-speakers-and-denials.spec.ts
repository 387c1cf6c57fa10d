import { claimsOf, find } from './claims.spec-helper';

// Headlines that only describe their speaker ("Athlete ...", "Central bank ..."), a denial whose object is an -ing
// clause, long institution names, and an organisation named first in the lead, each in sentences written for this test.

describe('extract: described headline speakers, gerund denials and first mentions', () => {
  it('reads "denied taking ..." as a denial whose claim is the -ing clause, but not "denied wrongdoing"', () => {
    const text =
      'Midfielder Tomas Brandt denied accepting money from a betting syndicate.\n' +
      "The club's owner, Rita Moll, denied wrongdoing in the sale of the stadium.";
    const sut = claimsOf(text);
    expect(find(sut, 'accepting money')).toMatchObject({
      source: 'Tomas Brandt',
      cue: 'denied',
      content: 'accepting money from a betting syndicate',
    });
    expect(find(sut, 'wrongdoing')).toBeUndefined();
  });

  it('gives a headline\'s "Athlete ... says" to the first-named person the body quotes', () => {
    const text =
      'Cyclist stripped of title after failed test\nAthlete vows to fight on and says the lab made errors\n' +
      'Kofi Boateng, who won silver in Paris, said on Tuesday that he would contest the result.\n' +
      'His lawyer, Anna Reyes, said the laboratory had mislabelled two of the samples.\n' +
      'Boateng said he had been tested eleven times this year.';
    expect(find(claimsOf(text), 'the lab made errors')).toMatchObject({
      source: 'Kofi Boateng',
      sourceType: 'person',
      cue: 'says',
    });
  });

  it('gives a headline\'s "Central bank says" to the "Bank of ..." the body names', () => {
    const text =
      'Shilling slides to record low\nCentral bank says reserves are sufficient to defend the currency\n' +
      'Bank of Tanzania deputy governor Amina Said told reporters that reserves were sufficient to defend the currency.';
    expect(find(claimsOf(text), 'reserves are sufficient')).toMatchObject({
      source: 'Bank of Tanzania',
      sourceType: 'organization',
      cue: 'says',
    });
  });

  it('reads a name of five capitalised words as an institution, which "the agency" then stands for', () => {
    const text =
      'Imports of fresh fruit were halted, according to Biosecurity New Zealand Border Clearance.\n' +
      'The agency said fruit flies had been found in two shipments from the north.';
    const sut = claimsOf(text);
    expect(find(sut, 'Imports of fresh fruit')).toMatchObject({
      source: 'Biosecurity New Zealand Border Clearance',
      sourceType: 'organization',
    });
    expect(find(sut, 'fruit flies')).toMatchObject({ source: 'Biosecurity New Zealand Border Clearance', cue: 'said' });
  });

  it('reads the lead\'s "the company said" as the company named first, though a later "Shares in" names it again', () => {
    const text =
      'Shoe retailer Stridex will shut 30 stores by March, the company said on Monday.\n' +
      'Its supplier, Arnell Leather, said it would cut 200 jobs at its tannery.\n' +
      'Shares in Stridex fell 4 percent.';
    expect(find(claimsOf(text), 'shut 30 stores')).toMatchObject({
      source: 'Stridex',
      sourceType: 'organization',
      cue: 'said',
    });
  });

  it('reads "according to the agency\'s rules" as the agency\'s document, and still gives a headline\'s "agency says" to it', () => {
    const text =
      'Rower suspended for two years, agency says\n' +
      'Rower Jan Kolar has been suspended for two years for missing three tests, the Czech Anti-Doping Agency said on Friday.\n' +
      'The national rowing federation confirmed in a statement that Kolar would miss the European championships.\n' +
      "Kolar can appeal within 30 days, according to the agency's rules.";
    const sut = claimsOf(text);
    expect(find(sut, 'Rower suspended')).toMatchObject({ source: 'Czech Anti-Doping Agency', cue: 'says' });
    expect(find(sut, 'can appeal within')).toMatchObject({
      source: 'Czech Anti-Doping Agency',
      sourceType: 'document',
      cue: 'according to',
    });
  });
});
