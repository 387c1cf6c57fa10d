import { claimsOf, find } from './claims.spec-helper';

// Wire-copy forms met in articles written to probe the extractor beyond the fixtures (an election count, a data
// release, a court story, a transfer story, a climate report, a foreign-affairs story, and then a health story, a crime
// story, a summit, an energy-markets story, a celebrity story and a council story); every sentence is new here.

describe('extract: what follows a trailing attribution', () => {
  it('leaves a superlative appositive out ("C, X said on Friday, the weakest month since 2021")', () => {
    const sut = claimsOf(
      'Exports fell 3 percent in May, the customs office said on Friday, the weakest month since 2021.',
    );
    expect(sut).toEqual([
      expect.objectContaining({ source: 'customs office', content: 'Exports fell 3 percent in May' }),
    ]);
  });

  it('reads "C, an official said, speaking on condition of anonymity"', () => {
    const sut = claimsOf(
      'Two schools will close next year, a council official said, speaking on condition of anonymity.',
    );
    expect(sut).toEqual([
      expect.objectContaining({ sourceType: 'anonymous', content: 'Two schools will close next year' }),
    ]);
  });

  it('reads the speaker\'s own titled publication as the setting, not the claim ("said in its Monetary Policy Report")', () => {
    const sut = claimsOf(
      'Growth will slow to 1.1 percent next year, the central bank said in its latest Monetary Policy Report on Wednesday.',
    );
    expect(sut).toEqual([
      expect.objectContaining({
        source: 'central bank',
        via: null,
        content: 'Growth will slow to 1.1 percent next year',
      }),
    ]);
  });

  it('takes the outlet that carried a statement as the relay ("in a statement carried by X")', () => {
    const sut = claimsOf('The pipeline was shut for repairs, the operator said in a statement carried by Anadolu.');
    expect(sut[0]).toMatchObject({ source: 'operator', via: 'Anadolu', content: 'The pipeline was shut for repairs' });
  });
});

describe('extract: outlets the lexicon does not list', () => {
  it('takes a name ending like a newspaper\'s or a broadcaster\'s as the relay ("told CTV News")', () => {
    const sut = claimsOf(
      '“We will not raise fares this year,” the airline’s chief executive, Tom Briggs, told CTV News.',
    );
    expect(sut[0]).toMatchObject({ source: 'Tom Briggs', via: 'CTV News', quote: 'direct' });
  });

  it('does not give the outlet told the speaker\'s role ("A police spokesman told the Irish Independent")', () => {
    const sut = claimsOf('A police spokesman told the Irish Independent that two men had been arrested.');
    expect(sut[0]).toMatchObject({ source: 'police spokesman', sourceType: 'person', via: 'Irish Independent' });
  });

  it('reads "outlet" and "website" as media nouns ("Spanish outlet Relevo said")', () => {
    const sut = claimsOf(
      'The deal is worth 30 million euros, Spanish outlet Relevo said.\nAccording to transfer website Transferhub, the fee is a club record.',
    );
    expect(find(sut, 'worth 30 million')).toMatchObject({ source: 'Relevo', sourceType: 'media' });
    expect(find(sut, 'club record')).toMatchObject({ source: 'Transferhub', sourceType: 'media' });
  });

  it('types a name by the description set beside it ("Ouest Matin, the regional daily," / "a union, Terra Viva,")', () => {
    const sut = claimsOf(
      "Ouest Matin, the regional daily, reported that the port would close in June.\nA farmers' union, Terra Viva, claimed that the ban had cost growers 40 million euros.",
    );
    expect(find(sut, 'port would close')).toMatchObject({ source: 'Ouest Matin', sourceType: 'media' });
    expect(find(sut, 'ban had cost growers')).toMatchObject({ source: 'Terra Viva', sourceType: 'organization' });
  });

  it('keeps a person described by an unlisted job at an institution a person', () => {
    const sut = claimsOf(
      'Petra Lindqvist, a glaciologist at the University of Umeå, said the ice had thinned by a metre.',
    );
    expect(sut[0]).toMatchObject({ source: 'Petra Lindqvist', sourceType: 'person' });
  });

  it('takes a trailing "according to <outlet>" as the relay of any reporting verb ("X estimated that C, according to EFE")', () => {
    const sut = claimsOf(
      "The growers' federation estimated that 3,000 hectares of vines had been lost, according to the news agency EFE.",
    );
    expect(sut).toEqual([
      expect.objectContaining({
        source: "growers' federation",
        via: 'EFE',
        content: '3,000 hectares of vines had been lost',
      }),
    ]);
  });

  it('reads a document an outlet saw as the source and the outlet as the relay ("Emails seen by X show that C")', () => {
    const sut = claimsOf(
      'Internal emails seen by the Irish Times show that the board knew of the fault in 2022.\nSatellite images reviewed by the BBC showed that the runway had been repaired.',
    );
    expect(find(sut, 'board knew of the fault')).toMatchObject({
      source: 'Internal emails',
      sourceType: 'document',
      via: 'Irish Times',
    });
    expect(find(sut, 'runway had been repaired')).toMatchObject({
      source: 'Satellite images',
      sourceType: 'document',
      via: 'BBC',
    });
  });

  it('gives an outlet\'s claim to the source it cites ("X said C, citing P")', () => {
    const sut = claimsOf(
      'State news agency Xinhua said the talks had been “frank and constructive”, citing a foreign ministry official.',
    );
    expect(sut).toEqual([
      expect.objectContaining({
        source: 'foreign ministry official',
        sourceType: 'anonymous',
        via: 'Xinhua',
        content: 'the talks had been “frank and constructive”',
      }),
    ]);
  });
});

describe('extract: headlines and bare clauses', () => {
  it('resolves a headline\'s described speaker to the person the body names ("Kremlin spokesman says")', () => {
    const text =
      'Kremlin spokesman says talks will resume\nForeign ministry spokeswoman says visit is off\n' +
      'MOSCOW — Kremlin spokesman Dmitry Peskov said on Monday that talks would resume next week. Foreign ministry spokeswoman Maria Zakharova said the visit had been cancelled.';
    const sut = claimsOf(text);
    expect(find(sut, 'talks will resume')).toMatchObject({ source: 'Dmitry Peskov', sourceType: 'person' });
    expect(find(sut, 'visit is off')).toMatchObject({ source: 'Maria Zakharova', sourceType: 'person' });
  });

  it('reads "no" opening a clause or a finding as a claim, not as a reply ("said no one had been hurt")', () => {
    const sut = claimsOf(
      'Police said no one had been injured in the blast.\nThe survey showed no change in support for the plan.\nThe mayor said no to the offer.',
    );
    expect(find(sut, 'no one had been injured')).toMatchObject({
      source: 'Police',
      content: 'no one had been injured in the blast',
    });
    expect(find(sut, 'no change in support')).toMatchObject({ sourceType: 'document' });
    expect(find(sut, 'to the offer')).toBeUndefined();
  });

  it('does not read a subordinate clause after an object as a claim ("conceded defeat as the count neared completion")', () => {
    expect(claimsOf('The coalition conceded defeat as the count neared completion.')).toEqual([]);
  });
});

describe('extract: organisation names', () => {
  it("keeps a programme's and a statistics office's full name as an organisation", () => {
    const text =
      'Food prices rose 4 percent in March, Statistics Norway said.\nThe agency said fish prices had risen the most.\nThe United Nations Development Programme said the figures were worrying.';
    const sut = claimsOf(text);
    expect(find(sut, 'Food prices rose')).toMatchObject({ source: 'Statistics Norway', sourceType: 'organization' });
    expect(find(sut, 'fish prices')).toMatchObject({ source: 'Statistics Norway' });
    expect(find(sut, 'figures were worrying')).toMatchObject({
      source: 'United Nations Development Programme',
      sourceType: 'organization',
    });
  });

  it('reads "The" before an acronym as no part of the name ("The IAEA said")', () => {
    expect(claimsOf('The IAEA said its inspectors had been refused access.')[0]).toMatchObject({
      source: 'IAEA',
      sourceType: 'organization',
    });
  });

  it('resolves "the company" to a one-word name set after its description ("the engineering group Vormex")', () => {
    const text =
      'Regulators fined the engineering group Vormex 3 million euros on Tuesday. The company said it would appeal against the fine.';
    expect(find(claimsOf(text), 'appeal against the fine')).toMatchObject({
      source: 'Vormex',
      sourceType: 'organization',
    });
  });

  it('does not take an outlet named as a sentence\'s subject for "he"', () => {
    const text =
      'Harbour master Otto Lind said dozens of ships were waiting outside the port.\nAl Jazeera filmed the queue on Tuesday. “We have never seen anything like this,” he said.';
    expect(find(claimsOf(text), 'never seen anything')).toMatchObject({ source: 'Otto Lind' });
  });

  it('types a blog described as having subscribers on a platform as an account on it', () => {
    const text =
      'Grey Zone, a military blog with half a million subscribers on Telegram, claimed the bridge had been hit twice.';
    expect(claimsOf(text)[0]).toMatchObject({ source: 'Grey Zone', sourceType: 'social', via: 'Telegram' });
  });
});

describe('extract: subjects the tagger or an opener hides', () => {
  it('reads a word after a possessive as part of the subject, not a verb ("Its lead author, X, cautioned")', () => {
    const sut = claimsOf(
      'Its lead author, Dr. Tomas Berg of Uppsala University, cautioned that the trial had been small.',
    );
    expect(sut).toEqual([
      expect.objectContaining({ source: 'Tomas Berg', sourceType: 'person', content: 'the trial had been small' }),
    ]);
  });

  it('skips a relative clause about the place that opens a sentence ("In Kenya, where ..., the ministry said")', () => {
    const sut = claimsOf(
      'In Kenya, where the drought has lasted three years, the agriculture ministry said that maize output had halved.',
    );
    expect(sut).toEqual([
      expect.objectContaining({ source: 'agriculture ministry', content: 'maize output had halved' }),
    ]);
  });

  it('reads a medium with three describing words as the setting ("said in its quarterly financial stability report")', () => {
    const sut = claimsOf(
      'The central bank said in its quarterly financial stability report that household debt had reached a record.',
    );
    expect(sut).toEqual([
      expect.objectContaining({ source: 'central bank', content: 'household debt had reached a record' }),
    ]);
  });

  it('drops a conjunction opening the sentence from the name ("But Lena Ortiz said")', () => {
    const sut = claimsOf('But Lena Ortiz, a nurse at the clinic, said the queues were getting longer.');
    expect(sut[0]).toMatchObject({ source: 'Lena Ortiz', sourceType: 'person' });
  });
});

describe('extract: headlines and descriptions that stand for a name', () => {
  it('ends a headline item at a semicolon and resolves a headline role ("Singer says C; fans ...")', () => {
    const text =
      'Singer says tour will go ahead; fans queue overnight for tickets\nLONDON — The singer Ava Lind said on Monday that the tour would go ahead in June.';
    expect(find(claimsOf(text), 'tour will go ahead')).toMatchObject({
      source: 'Ava Lind',
      content: 'tour will go ahead',
    });
  });

  it('reads "the 36-year-old" as the person named before', () => {
    const text =
      'Goalkeeper Marco Silva said he would retire in May. The 36-year-old wrote on Instagram that his knees could take no more.';
    expect(find(claimsOf(text), 'his knees')).toMatchObject({
      source: 'Marco Silva',
      sourceType: 'person',
      via: 'Instagram',
    });
  });

  it('reads a headline acronym as the organisation the body quotes under its full name, and only that', () => {
    const text =
      'IMF says growth will slow\nWASHINGTON — The International Monetary Fund said on Tuesday that global growth would slow to 2.9 percent.\n' +
      'The report was sent to the International Energy Agency. The IEA said it would study the figures.';
    const sut = claimsOf(text);
    expect(find(sut, 'growth will slow')).toMatchObject({
      source: 'International Monetary Fund',
      sourceType: 'organization',
    });
    expect(find(sut, 'study the figures')).toMatchObject({ source: 'IEA' });
  });
});

describe('extract: unnamed sources and documents', () => {
  it('reads delegates, friends and users as unnamed sources', () => {
    const text =
      'A delegate at the talks said the draft had been rewritten twice.\nA friend of the actor told the magazine that he had been unwell for weeks.\n' +
      'One user wrote on X that the app had deleted her photos.';
    const sut = claimsOf(text);
    expect(find(sut, 'rewritten twice')).toMatchObject({ sourceType: 'anonymous' });
    expect(find(sut, 'unwell for weeks')).toMatchObject({ sourceType: 'anonymous' });
    expect(find(sut, 'deleted her photos')).toMatchObject({ sourceType: 'anonymous', via: 'X' });
  });

  it('reads a charge sheet and a preprint as documents ("A charge sheet seen by X alleges", "A preprint posted on ...")', () => {
    const text =
      'A charge sheet seen by the Irish Times alleges that the men bribed two officials. The document says the payments began in 2019.\n' +
      'A preprint posted on bioRxiv suggests that the virus spreads more easily in cold weather.';
    const sut = claimsOf(text);
    expect(find(sut, 'bribed two officials')).toMatchObject({
      source: 'charge sheet',
      sourceType: 'document',
      via: 'Irish Times',
    });
    expect(find(sut, 'payments began')).toMatchObject({ source: 'charge sheet', sourceType: 'document' });
    expect(find(sut, 'cold weather')).toMatchObject({ source: 'preprint', sourceType: 'document' });
  });

  it('names a commissioned document by itself, so "the council" is not the document that names it', () => {
    const text =
      'A survey commissioned by the council found that most residents backed the plan. The council said it would publish the results.';
    const sut = claimsOf(text);
    expect(find(sut, 'most residents')).toMatchObject({ source: 'survey', sourceType: 'document' });
    expect(find(sut, 'publish the results')).toMatchObject({ source: 'council', sourceType: 'organization' });
  });
});

describe('extract: more relays', () => {
  it('reads an outlet\'s name with a particle after "told the newspaper" in a trailing attribution', () => {
    const sut = claimsOf(
      'The bridge had been closed twice this year, a fire brigade source told the newspaper Het Belang van Limburg.',
    );
    expect(sut).toEqual([
      expect.objectContaining({
        sourceType: 'anonymous',
        via: 'Het Belang van Limburg',
        content: 'The bridge had been closed twice this year',
      }),
    ]);
  });

  it('takes the outlet that polled the source as the relay ("Economists polled by Bloomberg forecast")', () => {
    const sut = claimsOf('Economists polled by Bloomberg forecast that inflation eased to 2.4 percent in May.');
    expect(sut[0]).toMatchObject({
      source: 'Economists',
      via: 'Bloomberg',
      content: 'inflation eased to 2.4 percent in May',
    });
  });

  it('reads a name ending in "News Agency" as one outlet and the entertainment press as outlets', () => {
    const text =
      'The ministry said the talks had failed, according to the Syrian Arab News Agency.\nThe actress Nora Vance told Entertainment Tonight that she had turned down the role.';
    const sut = claimsOf(text);
    expect(find(sut, 'talks had failed')).toMatchObject({ via: 'Syrian Arab News Agency' });
    expect(find(sut, 'turned down the role')).toMatchObject({ source: 'Nora Vance', via: 'Entertainment Tonight' });
  });
});

// Then an earnings story, a court ruling, a frontline update, a schools story and a space mission.
describe('extract: who a later mention means', () => {
  it('keeps a month out of a document\'s name ("figures released in April showed")', () => {
    const text =
      'Customs figures released in April showed that rice imports had doubled. The ministry says stocks are ample.';
    const sut = claimsOf(text);
    expect(find(sut, 'rice imports')).toMatchObject({ source: 'Customs figures', sourceType: 'document' });
    expect(find(sut, 'stocks are ample')).toMatchObject({ source: 'ministry' });
  });

  it('reads "they" as a group that opened the sentence before ("Dock workers ... They said")', () => {
    const text =
      'The port authority said on Monday that exports had recovered. Dock workers at the harbour are threatening to strike. They said overtime had not been paid since January.';
    expect(find(claimsOf(text), 'overtime')).toMatchObject({
      source: 'Dock workers at the harbour',
      sourceType: 'anonymous',
    });
  });

  it('still reads "they" as the organisation quoted after such a group', () => {
    const text =
      'Traders gathered outside the town hall. The chamber of commerce said sales had fallen by a third. They added that two shops had closed.';
    expect(find(claimsOf(text), 'two shops')).toMatchObject({ source: 'chamber of commerce' });
  });

  it('reads "the militia" as the one named before it ("the Zamfara militia")', () => {
    const text =
      'Soldiers exchanged fire with the Zamfara militia overnight. The militia claimed that two soldiers had been captured.';
    expect(find(claimsOf(text), 'two soldiers')).toMatchObject({ source: 'Zamfara', sourceType: 'organization' });
  });

  it('takes a name starting like a broadcaster\'s as the relay ("told Radio Tamtam")', () => {
    const sut = claimsOf('A village chief told Radio Tamtam that the road to the market had been cut.');
    expect(sut[0]).toMatchObject({ source: 'village chief', via: 'Radio Tamtam' });
  });
});

// Then a foreign-policy story, an aviation accident, a leaked-documents investigation, a wire roundup and a
// commodities story.
describe('extract: relays and settings named around the cue', () => {
  it('reads a notice or a bulletin as the speaker\'s setting ("said in a notice published on Friday")', () => {
    const sut = claimsOf(
      "Bread prices will rise by 5 percent in March, the millers' association said in a notice published on Friday.\nThe fisheries institute estimated in its annual bulletin that cod stocks had recovered.",
    );
    expect(find(sut, 'Bread prices')).toMatchObject({
      source: "millers' association",
      content: 'Bread prices will rise by 5 percent in March',
    });
    expect(find(sut, 'cod stocks')).toMatchObject({
      source: 'fisheries institute',
      content: 'cod stocks had recovered',
    });
  });

  it('takes the outlet that reviewed a document as the relay of "according to" ("documents reviewed by X")', () => {
    const sut = claimsOf(
      'The mayor approved the contract without a vote, according to council minutes reviewed by the Courier.',
    );
    expect(sut).toEqual([
      expect.objectContaining({ source: 'council minutes', sourceType: 'document', via: 'Courier' }),
    ]);
  });

  it('takes the quoted speaker as the source and the quoting outlet as the relay ("X quoted Y as saying")', () => {
    const sut = claimsOf('The news agency Tasnim quoted a navy commander as saying that the drills would last a week.');
    expect(sut).toEqual([
      expect.objectContaining({ source: 'navy commander', via: 'Tasnim', content: 'the drills would last a week' }),
    ]);
  });

  it('takes a name before a medium noun as the relay ("told Mosaique radio"), without the closing full stop', () => {
    const sut = claimsOf(
      'The crossing will reopen on Monday, a customs officer told Mosaique radio.\nThe ferry was delayed by the storm, a port official told Radio Kolo.',
    );
    expect(find(sut, 'crossing')).toMatchObject({ source: 'customs officer', via: 'Mosaique' });
    expect(find(sut, 'ferry')).toMatchObject({ source: 'port official', via: 'Radio Kolo' });
  });

  it('reads an outlet\'s name with "and" in it as the audience told ("told the Sun and Herald, speaking ...")', () => {
    const sut = claimsOf(
      'The airport will close for a week, a transport official told the Sun and Herald, speaking on condition of anonymity.',
    );
    expect(sut).toEqual([
      expect.objectContaining({
        source: 'transport official',
        sourceType: 'anonymous',
        content: 'The airport will close for a week',
      }),
    ]);
  });
});

describe('extract: subjects and antecedents', () => {
  it('takes the subject of a clause coordinated by ", but" as the speaker ("..., but emergency officials said")', () => {
    const sut = claimsOf(
      'The river rose two metres overnight, but emergency officials said no homes had been flooded.',
    );
    expect(sut).toEqual([
      expect.objectContaining({ source: 'emergency officials', content: 'no homes had been flooded' }),
    ]);
  });

  it('reads a closing "C, figures show." as a document\'s claim', () => {
    const sut = claimsOf('Hospital admissions doubled over the winter, figures show.');
    expect(sut).toEqual([
      expect.objectContaining({
        source: 'figures',
        sourceType: 'document',
        content: 'Hospital admissions doubled over the winter',
      }),
    ]);
  });

  it('keeps "in the latest sign of" out of a trailing attribution\'s claim', () => {
    const sut = claimsOf(
      'Exports to China rose 8 percent in May, the trade ministry said, in the latest sign of a thaw.',
    );
    expect(sut).toEqual([
      expect.objectContaining({ source: 'trade ministry', content: 'Exports to China rose 8 percent in May' }),
    ]);
  });

  it('reads unnamed traders, farmers and passengers as unnamed sources', () => {
    const sut = claimsOf(
      'The port reopened, and two grain traders in Odesa said shipments had resumed.\nFarmers near the border said the harvest had been lost.\nA passenger told the BBC that the train had stopped for an hour.',
    );
    expect(find(sut, 'shipments')).toMatchObject({ sourceType: 'anonymous', content: 'shipments had resumed' });
    expect(find(sut, 'harvest')).toMatchObject({ source: 'Farmers near the border', sourceType: 'anonymous' });
    expect(find(sut, 'train had stopped')).toMatchObject({ sourceType: 'anonymous', via: 'BBC' });
  });

  it('reads "he" or "she" right after an unnamed speaker as that speaker', () => {
    const text =
      'Mayor Ilse Brandt said the audit was politically motivated. A senior official said the budget had been padded. “Everyone in the office knew,” she said.';
    expect(find(claimsOf(text), 'Everyone in the office')).toMatchObject({
      source: 'senior official',
      sourceType: 'anonymous',
    });
  });

  it('does not read a modified description as a differently named body ("the foreign ministry" after the Interior Ministry)', () => {
    const text =
      'The Interior Ministry said the border would stay open. The foreign ministry said it had summoned the ambassador.';
    expect(find(claimsOf(text), 'summoned')).toMatchObject({ source: 'foreign ministry' });
  });

  it('reads a bare plural document in the body as a new source ("Emails obtained by the Herald show")', () => {
    const text =
      "The auditor's report said the fund had lost money. Emails obtained by the Herald show that consultants were paid twice.";
    expect(find(claimsOf(text), 'consultants')).toMatchObject({
      source: 'Emails',
      sourceType: 'document',
      via: 'Herald',
    });
  });
});
