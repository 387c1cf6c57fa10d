import { type ClaimCase, expectClaims } from './claims.spec-helper';

// Settings around a cue, relays and source names, each in sentences written for this test.

describe('extract: settings between the speaker, the cue and the claim', () => {
  it.each<ClaimCase>([
    {
      rule: 'reads a claim opening with an -ing word as the claim, not as a participle opener',
      text: 'Rising rents pushed 3,000 families out of the city centre last year, the housing charity said.\nBuilding work on the bridge will last until 2027, engineers say',
      find: {
        'Rising rents pushed': { source: 'housing charity' },
        'Building work on the bridge': { source: 'engineers', cue: 'say' },
      },
    },
    {
      rule: 'still strips a real participle opener ("Testifying before the committee, ...")',
      text: 'Testifying before the committee, Admiral Joan Pike said the fleet was short of sailors.',
      claims: [{ source: 'Joan Pike', content: 'the fleet was short of sailors' }],
    },
    {
      rule: 'skips a sentence adverb set off by commas ("conceded, however, that")',
      text: 'Treasurer Omar Haddad conceded, however, that the surplus would be smaller than promised.',
      first: { source: 'Omar Haddad', cue: 'conceded', content: 'the surplus would be smaller than promised' },
    },
    {
      rule: 'takes a described agency that carried a statement as the relay',
      text: 'The defence ministry said in a statement carried by the official news agency KUNA that the exercise had ended.',
      first: { source: 'defence ministry', via: 'KUNA', content: 'the exercise had ended' },
    },
    {
      rule: 'reads "said on state television that" and "said on national radio that"',
      text: 'Health Minister Aida Sow said on state television that the vaccine stocks were sufficient.\nHer deputy, Moussa Kane, said on national radio that clinics would open on Sunday.',
      find: {
        'vaccine stocks': { source: 'Aida Sow', content: 'the vaccine stocks were sufficient' },
        'clinics would open': { source: 'Moussa Kane' },
      },
    },
    {
      rule: 'runs the recipient of a filing up to the "that" of the claim',
      text: 'Brava Mining said in a filing to the Toronto stock exchange that output at its main pit had halved.',
      first: { source: 'Brava Mining', content: 'output at its main pit had halved' },
    },
    {
      rule: 'reads a claim after a subordinator and a bare plural, with a participle adjective opening it',
      text: 'The council closed the pool as engineers warned cracked tiles were a danger to swimmers.',
      first: { source: 'engineers', cue: 'warned', content: 'cracked tiles were a danger to swimmers' },
    },
  ])('$rule', expectClaims);
});

describe('extract: relays', () => {
  it.each<ClaimCase>([
    {
      rule: 'gives the speaker after a leading "According to <outlet>," the claim, relayed by the outlet',
      text: 'According to Kyodo, the minister also said Tokyo had not been consulted.\nAccording to the census, the town has 4,000 residents.',
      find: {
        'Tokyo had not been consulted': { source: 'minister', via: 'Kyodo', cue: 'said' },
        'the town has 4,000 residents': { source: 'census', cue: 'According to' },
      },
    },
    {
      rule: 'knows newspapers named "... Ledger", "... Dispatch", "... Sentinel" and "... Standard"',
      text: 'Sheriff Dana Cole told the Harlow Sentinel that the suspect had fled north.',
      first: { source: 'Dana Cole', via: 'Harlow Sentinel' },
    },
  ])('$rule', expectClaims);
});

describe('extract: who the source is', () => {
  it.each<ClaimCase>([
    {
      rule: 'reads a trial as a document, in the body and in a headline',
      text: 'Nasal spray halves winter colds, trial finds\nAdults who used the spray caught half as many colds, according to a clinical trial published on Friday.',
      find: {
        'Nasal spray halves': { sourceType: 'document', cue: 'finds' },
        'caught half as many colds': { source: 'clinical trial', sourceType: 'document' },
      },
    },
    {
      rule: 'resolves "she" to a person opening the sentence before by surname',
      text: '“Rates will rise,” said economist Lara Brandt.\nAuditor Kim Yoon disagreed with the forecast. Brandt stayed calm. “Wages are growing faster than prices,” she said.',
      find: { 'Wages are growing': { source: 'Lara Brandt' } },
    },
    {
      rule: "reads a short name as a person's surname or middle name, never as the first word of a name read as a person's",
      text:
        'Thinking of buying a Korvane Delta? Korvane is recalling 8,000 vans, the carmaker says.\n' +
        'Economist Ana Lucia Ferreira expects a slowdown. Lucia said exports would fall in the spring.',
      find: {
        '8,000 vans': { source: 'Korvane' },
        'exports would fall': { source: 'Ana Lucia Ferreira' },
      },
    },
    {
      rule: 'reads a playing position and "co-author" as titles before a name',
      text: '“We were lucky,” coach Ian Moss said.\nScotland flanker Ewan Reid, who scored twice, was named man of the match. He said the pitch had been heavy.\nCo-author Nadia Petrov said the sample was small.',
      find: { 'pitch had been heavy': { source: 'Ewan Reid' }, 'sample was small': { source: 'Nadia Petrov' } },
    },
    {
      rule: "keeps an ampersand inside a firm's name",
      text: 'Analysts at Morrow & Finch wrote that the merger would cut 900 jobs.',
      first: { source: 'Morrow & Finch' },
    },
    {
      rule: 'reads "one of the people" as anonymous and leaves a description after a comma out of an unnamed source',
      text: 'Talks could resume in June, one of the people said.\nA friend of the owner, a retired teacher, said the shop would not reopen.',
      find: {
        'Talks could resume': { source: 'one of the people', sourceType: 'anonymous' },
        'shop would not reopen': { source: 'friend of the owner', sourceType: 'anonymous' },
      },
    },
    {
      rule: 'names an organisation written with "The" before a description of it',
      text: 'The Danube Water Board, a body that manages the river locks, said the channel would close for a week.',
      first: { source: 'Danube Water Board', sourceType: 'organization' },
    },
    {
      rule: 'reads "the company" as a platform named before it, not a possessor',
      text: "Payment details of 9,000 users leaked from the booking platform Roomly, the company said.\nShares in Roomly's owner, Travex Holdings, fell 4 percent.",
      find: { 'Payment details': { source: 'Roomly', sourceType: 'organization' } },
    },
    {
      rule: 'reads a platform as an organisation named after the noun ("Streaming platform Vidora says")',
      text: 'Streaming platform Vidora says subscriptions rose 12 percent',
      first: { source: 'Vidora' },
    },
  ])('$rule', expectClaims);
});
