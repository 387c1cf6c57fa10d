import { claimsOf, find } from './claims.spec-helper';

// Settings around a cue, relays and source names, each in sentences written for this test.

describe('extract: settings between the speaker, the cue and the claim', () => {
  it('reads a claim opening with an -ing word as the claim, not as a participle opener', () => {
    const sut = claimsOf(
      'Rising rents pushed 3,000 families out of the city centre last year, the housing charity said.\nBuilding work on the bridge will last until 2027, engineers say',
    );
    expect(find(sut, 'Rising rents pushed')).toMatchObject({ source: 'housing charity' });
    expect(find(sut, 'Building work on the bridge')).toMatchObject({ source: 'engineers', cue: 'say' });
  });

  it('still strips a real participle opener ("Testifying before the committee, ...")', () => {
    const sut = claimsOf('Testifying before the committee, Admiral Joan Pike said the fleet was short of sailors.');
    expect(sut).toEqual([expect.objectContaining({ source: 'Joan Pike', content: 'the fleet was short of sailors' })]);
  });

  it('skips a sentence adverb set off by commas ("conceded, however, that")', () => {
    const sut = claimsOf('Treasurer Omar Haddad conceded, however, that the surplus would be smaller than promised.');
    expect(sut[0]).toMatchObject({
      source: 'Omar Haddad',
      cue: 'conceded',
      content: 'the surplus would be smaller than promised',
    });
  });

  it('takes a described agency that carried a statement as the relay', () => {
    const sut = claimsOf(
      'The defence ministry said in a statement carried by the official news agency KUNA that the exercise had ended.',
    );
    expect(sut[0]).toMatchObject({ source: 'defence ministry', via: 'KUNA', content: 'the exercise had ended' });
  });

  it('reads "said on state television that" and "said on national radio that"', () => {
    const sut = claimsOf(
      'Health Minister Aida Sow said on state television that the vaccine stocks were sufficient.\nHer deputy, Moussa Kane, said on national radio that clinics would open on Sunday.',
    );
    expect(find(sut, 'vaccine stocks')).toMatchObject({
      source: 'Aida Sow',
      content: 'the vaccine stocks were sufficient',
    });
    expect(find(sut, 'clinics would open')).toMatchObject({ source: 'Moussa Kane' });
  });

  it('runs the recipient of a filing up to the "that" of the claim', () => {
    const sut = claimsOf(
      'Brava Mining said in a filing to the Toronto stock exchange that output at its main pit had halved.',
    );
    expect(sut[0]).toMatchObject({ source: 'Brava Mining', content: 'output at its main pit had halved' });
  });

  it('reads a claim after a subordinator and a bare plural, with a participle adjective opening it', () => {
    const sut = claimsOf('The council closed the pool as engineers warned cracked tiles were a danger to swimmers.');
    expect(sut[0]).toMatchObject({
      source: 'engineers',
      cue: 'warned',
      content: 'cracked tiles were a danger to swimmers',
    });
  });
});

describe('extract: relays', () => {
  it('gives the speaker after a leading "According to <outlet>," the claim, relayed by the outlet', () => {
    const sut = claimsOf(
      'According to Kyodo, the minister also said Tokyo had not been consulted.\nAccording to the census, the town has 4,000 residents.',
    );
    expect(find(sut, 'Tokyo had not been consulted')).toMatchObject({ source: 'minister', via: 'Kyodo', cue: 'said' });
    expect(find(sut, 'the town has 4,000 residents')).toMatchObject({ source: 'census', cue: 'According to' });
  });

  it('knows newspapers named "... Ledger", "... Dispatch", "... Sentinel" and "... Standard"', () => {
    const sut = claimsOf('Sheriff Dana Cole told the Harlow Sentinel that the suspect had fled north.');
    expect(sut[0]).toMatchObject({ source: 'Dana Cole', via: 'Harlow Sentinel' });
  });
});

describe('extract: who the source is', () => {
  it('reads a trial as a document, in the body and in a headline', () => {
    const text =
      'Nasal spray halves winter colds, trial finds\nAdults who used the spray caught half as many colds, according to a clinical trial published on Friday.';
    const sut = claimsOf(text);
    expect(find(sut, 'Nasal spray halves')).toMatchObject({ sourceType: 'document', cue: 'finds' });
    expect(find(sut, 'caught half as many colds')).toMatchObject({ source: 'clinical trial', sourceType: 'document' });
  });

  it('resolves "she" to a person opening the sentence before by surname', () => {
    const text =
      '“Rates will rise,” said economist Lara Brandt.\nAuditor Kim Yoon disagreed with the forecast. Brandt stayed calm. “Wages are growing faster than prices,” she said.';
    expect(find(claimsOf(text), 'Wages are growing')).toMatchObject({ source: 'Lara Brandt' });
  });

  it('reads a playing position and "co-author" as titles before a name', () => {
    const text =
      '“We were lucky,” coach Ian Moss said.\nScotland flanker Ewan Reid, who scored twice, was named man of the match. He said the pitch had been heavy.\nCo-author Nadia Petrov said the sample was small.';
    const sut = claimsOf(text);
    expect(find(sut, 'pitch had been heavy')).toMatchObject({ source: 'Ewan Reid' });
    expect(find(sut, 'sample was small')).toMatchObject({ source: 'Nadia Petrov' });
  });

  it("keeps an ampersand inside a firm's name", () => {
    expect(claimsOf('Analysts at Morrow & Finch wrote that the merger would cut 900 jobs.')[0]).toMatchObject({
      source: 'Morrow & Finch',
    });
  });

  it('reads "one of the people" as anonymous and leaves a description after a comma out of an unnamed source', () => {
    const sut = claimsOf(
      'Talks could resume in June, one of the people said.\nA friend of the owner, a retired teacher, said the shop would not reopen.',
    );
    expect(find(sut, 'Talks could resume')).toMatchObject({ source: 'one of the people', sourceType: 'anonymous' });
    expect(find(sut, 'shop would not reopen')).toMatchObject({
      source: 'friend of the owner',
      sourceType: 'anonymous',
    });
  });

  it('names an organisation written with "The" before a description of it', () => {
    const sut = claimsOf(
      'The Danube Water Board, a body that manages the river locks, said the channel would close for a week.',
    );
    expect(sut[0]).toMatchObject({ source: 'Danube Water Board', sourceType: 'organization' });
  });

  it('reads a platform as an organisation and "the company" as one named before it, not a possessor', () => {
    const text =
      "Payment details of 9,000 users leaked from the booking platform Roomly, the company said.\nShares in Roomly's owner, Travex Holdings, fell 4 percent.";
    const sut = claimsOf(text);
    expect(find(sut, 'Payment details')).toMatchObject({ source: 'Roomly', sourceType: 'organization' });
    expect(claimsOf('Streaming platform Vidora says subscriptions rose 12 percent')[0]).toMatchObject({
      source: 'Vidora',
    });
  });
});
