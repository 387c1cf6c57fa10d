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
      rule: 'leaves a dateline without a place out of the claim ("(Outlet) — …, X reported.")',
      text: '(Fjord Herald) — Ferry fares on the northern routes will rise by 6 percent in May, the operator Nordlink reported.',
      first: { source: 'Nordlink', content: 'Ferry fares on the northern routes will rise by 6 percent in May' },
    },
    {
      rule: 'leaves a dateline without a place out of the speaker ("(Outlet) — The minister said …")',
      text: '(Fjord Herald) - The transport minister said the tunnel would open in March.',
      first: { source: 'transport minister', content: 'the tunnel would open in March' },
    },
    {
      rule: 'takes the name after a described journal as the relay ("told the trade journal NAME")',
      text: 'The shipyard chief Tove Lind told the trade journal Nordic Hull Review that two orders had been cancelled.',
      first: { source: 'Tove Lind', via: 'Nordic Hull Review' },
    },
    {
      rule: 'takes the name after a described publication or site as the relay, two words of description and all',
      text: '“The ferries will sail on time,” a company spokesperson told the Danish shipping publication Havbladet.',
      first: { content: 'The ferries will sail on time', via: 'Havbladet' },
    },
    {
      rule: 'names the relay of unnamed sources cited by a described site by its name',
      text: 'Sources cited by the business site Kvartal said the board had discussed a sale.',
      first: { sourceType: 'anonymous', via: 'Kvartal' },
    },
    {
      rule: 'reads "told The NAME" as a relay: a capitalised "The" mid-sentence opens a publication\'s title',
      text: 'The ferry operator will sell two of its ships, people close to the board told The Marlow Gazette.',
      first: { source: 'people close to the board', sourceType: 'anonymous', via: 'The Marlow Gazette' },
    },
    {
      rule: 'gives "the officials said" the relay the same officials spoke through earlier in the article',
      text: 'The dam will be drained in June, two regional officials told AFP. The work could take a year, the officials said. Residents said the lake was already low.',
      find: {
        'drained in June': { sourceType: 'anonymous', via: 'AFP' },
        'take a year': { source: 'officials', sourceType: 'anonymous', via: 'AFP' },
        'already low': { via: null },
      },
    },
    {
      rule: 'reads a headline that names its speaker after a dash ("… — officials", "… – minister")',
      text: 'Port of Aalvik to close for dredging in June — officials\nThe port of Aalvik will close for three weeks, two harbour officials told Reuters.',
      find: {
        'close for dredging': { source: 'officials', sourceType: 'anonymous', via: 'Reuters', cue: '—' },
      },
    },
    {
      rule: 'reads a headline "Name: claim" when the body quotes that name, but not a topic before a colon',
      text: 'Lindqvist: rail fares will not rise this year\nTransport minister Sara Lindqvist said on Monday that fares would stay frozen.',
      find: { 'rail fares will not rise': { source: 'Sara Lindqvist', cue: ':' } },
    },
    {
      rule: 'leaves a headline topic before a colon, and a genre after a dash, unattributed',
      text: 'Flooding: rivers rise across the north\nRail fares will stay frozen – analysis\nThe agency said 40 homes were evacuated.',
      find: { 'rivers rise': 'none', 'stay frozen': 'none' },
    },
    {
      rule: 'reads "a memo sent to staff" as a document, whose head is the noun before the participle',
      text: 'Harlow Foods will shut its Leeds bakery, the Yorkshire Post reported, citing a memo sent to staff on Monday.',
      first: { source: 'memo sent to staff', sourceType: 'document', via: 'Yorkshire Post' },
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
