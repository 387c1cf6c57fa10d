import { type ClaimCase, expectClaims } from './claims.spec-helper';

// Rules for the forms outlets use when they carry one another's claims (issue 17), in sentences written for this test.

describe('extract: relayed claims and their speakers', () => {
  it.each<ClaimCase>([
    {
      rule: 'reads a trailing attribution followed by a clause about the claim ("…, X reported on Friday, in a deal that …")',
      text: 'Norvik plans to buy two cargo ferries from a Polish yard, the Harbour Gazette reported on Friday, in a deal that would double its fleet.',
      find: {
        'Norvik plans to buy two cargo ferries from a Polish yard': { source: 'Harbour Gazette', cue: 'reported' },
      },
    },
    {
      rule: 'reads a trailing attribution followed by a described decision ("…, X said, in a decision seen as …")',
      text: 'The toll on the coastal bridge will rise to four euros, the regional council said, in a decision seen as a test for the mayor.',
      find: { 'toll on the coastal bridge will rise': { source: 'regional council', cue: 'said' } },
    },
    {
      rule: 'reads "Sources cited by OUTLET said" as unnamed sources relayed by the outlet',
      text: 'Sources cited by the Harbour Gazette said the ferry operator would cut its winter timetable.',
      first: { source: 'Sources', sourceType: 'anonymous', via: 'Harbour Gazette' },
    },
    {
      rule: 'reads "Officials quoted by OUTLET said" as unnamed officials relayed by the outlet',
      text: 'Officials quoted by the Valley Times said the dam inspection had found no cracks.',
      first: { source: 'Officials', sourceType: 'anonymous', via: 'Valley Times' },
    },
    {
      rule: 'leaves a linking word that opens the sentence out of the speaker ("But it said", "And the union said")',
      text: 'Brennmoor GmbH said orders had held up in the spring. But it said the summer had been weak. And Ingrid Halvorsen said the plant was safe.',
      find: {
        'summer had been weak': { source: 'Brennmoor GmbH', sourceType: 'organization' },
        'plant was safe': { source: 'Ingrid Halvorsen' },
      },
    },
    {
      rule: 'reads a name with a legal form as a company ("Brennmoor GmbH", "Ostfeld AG")',
      text: 'Ostfeld AG said its sales in Poland had doubled.',
      first: { source: 'Ostfeld AG', sourceType: 'organization' },
    },
    {
      rule: 'resolves a description to the company it was set before ("the Danish toy maker Brikvik", then "the Danish toy maker said")',
      text: 'The Danish toy maker Brikvik will open a plant in Ohio. The Danish toy maker said the plant would employ 400 people.',
      find: { 'plant would employ 400 people': { source: 'Brikvik', sourceType: 'organization' } },
    },
    {
      rule: 'resolves "the company" to a company named only in a headline and as a modifier ("Brikvik chief executive")',
      text: 'Toy maker Brikvik to open Ohio plant\nThe plant will open in 2027, Brikvik chief executive Sofie Lund said.\nSales rose 9 percent in the first half, the company said.',
      find: { 'Sales rose 9 percent in the first half': { source: 'Brikvik', sourceType: 'organization' } },
    },
  ])('$rule', expectClaims);
});
