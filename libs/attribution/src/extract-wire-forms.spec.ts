import { type ClaimCase, expectClaims } from './claims.spec-helper';

// Wire-copy forms met in articles written to probe the extractor beyond the fixtures (an election count, a data
// release, a court story, a transfer story, a climate report, a foreign-affairs story, and then a health story, a crime
// story, a summit, an energy-markets story, a celebrity story and a council story); every sentence is new here.

describe('extract: what follows a trailing attribution', () => {
  it.each<ClaimCase>([
    {
      rule: 'leaves a superlative appositive out ("C, X said on Friday, the weakest month since 2021")',
      text: 'Exports fell 3 percent in May, the customs office said on Friday, the weakest month since 2021.',
      claims: [{ source: 'customs office', content: 'Exports fell 3 percent in May' }],
    },
    {
      rule: 'reads "C, an official said, speaking on condition of anonymity"',
      text: 'Two schools will close next year, a council official said, speaking on condition of anonymity.',
      claims: [{ sourceType: 'anonymous', content: 'Two schools will close next year' }],
    },
    {
      rule: 'reads the speaker\'s own titled publication as the setting, not the claim ("said in its Monetary Policy Report")',
      text: 'Growth will slow to 1.1 percent next year, the central bank said in its latest Monetary Policy Report on Wednesday.',
      claims: [{ source: 'central bank', via: null, content: 'Growth will slow to 1.1 percent next year' }],
    },
    {
      rule: 'takes the outlet that carried a statement as the relay ("in a statement carried by X")',
      text: 'The pipeline was shut for repairs, the operator said in a statement carried by Anadolu.',
      first: { source: 'operator', via: 'Anadolu', content: 'The pipeline was shut for repairs' },
    },
  ])('$rule', expectClaims);
});

describe('extract: outlets the lexicon does not list', () => {
  it.each<ClaimCase>([
    {
      rule: 'takes a name ending like a newspaper\'s or a broadcaster\'s as the relay ("told CTV News")',
      text: '“We will not raise fares this year,” the airline’s chief executive, Tom Briggs, told CTV News.',
      first: { source: 'Tom Briggs', via: 'CTV News', quote: 'direct' },
    },
    {
      rule: 'does not give the outlet told the speaker\'s role ("A police spokesman told the Irish Independent")',
      text: 'A police spokesman told the Irish Independent that two men had been arrested.',
      first: { source: 'police spokesman', sourceType: 'person', via: 'Irish Independent' },
    },
    {
      rule: 'reads "outlet" and "website" as media nouns ("Spanish outlet Relevo said")',
      text: 'The deal is worth 30 million euros, Spanish outlet Relevo said.\nAccording to transfer website Transferhub, the fee is a club record.',
      find: {
        'worth 30 million': { source: 'Relevo', sourceType: 'media' },
        'club record': { source: 'Transferhub', sourceType: 'media' },
      },
    },
    {
      rule: 'types a name by the description set beside it ("Ouest Matin, the regional daily," / "a union, Terra Viva,")',
      text: "Ouest Matin, the regional daily, reported that the port would close in June.\nA farmers' union, Terra Viva, claimed that the ban had cost growers 40 million euros.",
      find: {
        'port would close': { source: 'Ouest Matin', sourceType: 'media' },
        'ban had cost growers': { source: 'Terra Viva', sourceType: 'organization' },
      },
    },
    {
      rule: 'keeps a person described by an unlisted job at an institution a person',
      text: 'Petra Lindqvist, a glaciologist at the University of Umeå, said the ice had thinned by a metre.',
      first: { source: 'Petra Lindqvist', sourceType: 'person' },
    },
    {
      rule: 'takes a trailing "according to <outlet>" as the relay of any reporting verb ("X estimated that C, according to EFE")',
      text: "The growers' federation estimated that 3,000 hectares of vines had been lost, according to the news agency EFE.",
      claims: [{ source: "growers' federation", via: 'EFE', content: '3,000 hectares of vines had been lost' }],
    },
    {
      rule: 'reads a document an outlet saw as the source and the outlet as the relay ("Emails seen by X show that C")',
      text: 'Internal emails seen by the Irish Times show that the board knew of the fault in 2022.\nSatellite images reviewed by the BBC showed that the runway had been repaired.',
      find: {
        'board knew of the fault': { source: 'Internal emails', sourceType: 'document', via: 'Irish Times' },
        'runway had been repaired': { source: 'Satellite images', sourceType: 'document', via: 'BBC' },
      },
    },
    {
      rule: 'gives an outlet\'s claim to the source it cites ("X said C, citing P")',
      text: 'State news agency Xinhua said the talks had been “frank and constructive”, citing a foreign ministry official.',
      claims: [
        {
          source: 'foreign ministry official',
          sourceType: 'anonymous',
          via: 'Xinhua',
          content: 'the talks had been “frank and constructive”',
        },
      ],
    },
  ])('$rule', expectClaims);
});

describe('extract: headlines and bare clauses', () => {
  it.each<ClaimCase>([
    {
      rule: 'resolves a headline\'s described speaker to the person the body names ("Kremlin spokesman says")',
      text:
        'Kremlin spokesman says talks will resume\nForeign ministry spokeswoman says visit is off\n' +
        'MOSCOW — Kremlin spokesman Dmitry Peskov said on Monday that talks would resume next week. Foreign ministry spokeswoman Maria Zakharova said the visit had been cancelled.',
      find: {
        'talks will resume': { source: 'Dmitry Peskov', sourceType: 'person' },
        'visit is off': { source: 'Maria Zakharova', sourceType: 'person' },
      },
    },
    {
      rule: 'reads "no" opening a clause or a finding as a claim, not as a reply ("said no one had been hurt")',
      text: 'Police said no one had been injured in the blast.\nThe survey showed no change in support for the plan.\nThe mayor said no to the offer.',
      find: {
        'no one had been injured': { source: 'Police', content: 'no one had been injured in the blast' },
        'no change in support': { sourceType: 'document' },
        'to the offer': 'none',
      },
    },
    {
      rule: 'does not read a subordinate clause after an object as a claim ("conceded defeat as the count neared completion")',
      text: 'The coalition conceded defeat as the count neared completion.',
      claims: [],
    },
  ])('$rule', expectClaims);
});

describe('extract: organisation names', () => {
  it.each<ClaimCase>([
    {
      rule: "keeps a programme's and a statistics office's full name as an organisation",
      text: 'Food prices rose 4 percent in March, Statistics Norway said.\nThe agency said fish prices had risen the most.\nThe United Nations Development Programme said the figures were worrying.',
      find: {
        'Food prices rose': { source: 'Statistics Norway', sourceType: 'organization' },
        'fish prices': { source: 'Statistics Norway' },
        'figures were worrying': { source: 'United Nations Development Programme', sourceType: 'organization' },
      },
    },
    {
      rule: 'reads "The" before an acronym as no part of the name ("The IAEA said")',
      text: 'The IAEA said its inspectors had been refused access.',
      first: { source: 'IAEA', sourceType: 'organization' },
    },
    {
      rule: 'resolves "the company" to a one-word name set after its description ("the engineering group Vormex")',
      text: 'Regulators fined the engineering group Vormex 3 million euros on Tuesday. The company said it would appeal against the fine.',
      find: { 'appeal against the fine': { source: 'Vormex', sourceType: 'organization' } },
    },
    {
      rule: 'does not take an outlet named as a sentence\'s subject for "he"',
      text: 'Harbour master Otto Lind said dozens of ships were waiting outside the port.\nAl Jazeera filmed the queue on Tuesday. “We have never seen anything like this,” he said.',
      find: { 'never seen anything': { source: 'Otto Lind' } },
    },
    {
      rule: 'types a blog described as having subscribers on a platform as an account on it',
      text: 'Grey Zone, a military blog with half a million subscribers on Telegram, claimed the bridge had been hit twice.',
      first: { source: 'Grey Zone', sourceType: 'social', via: 'Telegram' },
    },
  ])('$rule', expectClaims);
});

describe('extract: subjects the tagger or an opener hides', () => {
  it.each<ClaimCase>([
    {
      rule: 'reads a word after a possessive as part of the subject, not a verb ("Its lead author, X, cautioned")',
      text: 'Its lead author, Dr. Tomas Berg of Uppsala University, cautioned that the trial had been small.',
      claims: [{ source: 'Tomas Berg', sourceType: 'person', content: 'the trial had been small' }],
    },
    {
      rule: 'skips a relative clause about the place that opens a sentence ("In Kenya, where ..., the ministry said")',
      text: 'In Kenya, where the drought has lasted three years, the agriculture ministry said that maize output had halved.',
      claims: [{ source: 'agriculture ministry', content: 'maize output had halved' }],
    },
    {
      rule: 'reads a medium with three describing words as the setting ("said in its quarterly financial stability report")',
      text: 'The central bank said in its quarterly financial stability report that household debt had reached a record.',
      claims: [{ source: 'central bank', content: 'household debt had reached a record' }],
    },
    {
      rule: 'drops a conjunction opening the sentence from the name ("But Lena Ortiz said")',
      text: 'But Lena Ortiz, a nurse at the clinic, said the queues were getting longer.',
      first: { source: 'Lena Ortiz', sourceType: 'person' },
    },
  ])('$rule', expectClaims);
});

describe('extract: headlines and descriptions that stand for a name', () => {
  it.each<ClaimCase>([
    {
      rule: 'ends a headline item at a semicolon and resolves a headline role ("Singer says C; fans ...")',
      text: 'Singer says tour will go ahead; fans queue overnight for tickets\nLONDON — The singer Ava Lind said on Monday that the tour would go ahead in June.',
      find: { 'tour will go ahead': { source: 'Ava Lind', content: 'tour will go ahead' } },
    },
    {
      rule: 'reads "the 36-year-old" as the person named before',
      text: 'Goalkeeper Marco Silva said he would retire in May. The 36-year-old wrote on Instagram that his knees could take no more.',
      find: { 'his knees': { source: 'Marco Silva', sourceType: 'person', via: 'Instagram' } },
    },
    {
      rule: 'reads a headline acronym as the organisation the body quotes under its full name, and only that',
      text:
        'IMF says growth will slow\nWASHINGTON — The International Monetary Fund said on Tuesday that global growth would slow to 2.9 percent.\n' +
        'The report was sent to the International Energy Agency. The IEA said it would study the figures.',
      find: {
        'growth will slow': { source: 'International Monetary Fund', sourceType: 'organization' },
        'study the figures': { source: 'IEA' },
      },
    },
  ])('$rule', expectClaims);
});

describe('extract: unnamed sources and documents', () => {
  it.each<ClaimCase>([
    {
      rule: 'reads delegates, friends and users as unnamed sources',
      text:
        'A delegate at the talks said the draft had been rewritten twice.\nA friend of the actor told the magazine that he had been unwell for weeks.\n' +
        'One user wrote on X that the app had deleted her photos.',
      find: {
        'rewritten twice': { sourceType: 'anonymous' },
        'unwell for weeks': { sourceType: 'anonymous' },
        'deleted her photos': { sourceType: 'anonymous', via: 'X' },
      },
    },
    {
      rule: 'reads a charge sheet and a preprint as documents ("A charge sheet seen by X alleges", "A preprint posted on ...")',
      text:
        'A charge sheet seen by the Irish Times alleges that the men bribed two officials. The document says the payments began in 2019.\n' +
        'A preprint posted on bioRxiv suggests that the virus spreads more easily in cold weather.',
      find: {
        'bribed two officials': { source: 'charge sheet', sourceType: 'document', via: 'Irish Times' },
        'payments began': { source: 'charge sheet', sourceType: 'document' },
        'cold weather': { source: 'preprint', sourceType: 'document' },
      },
    },
    {
      rule: 'names a commissioned document by itself, so "the council" is not the document that names it',
      text: 'A survey commissioned by the council found that most residents backed the plan. The council said it would publish the results.',
      find: {
        'most residents': { source: 'survey', sourceType: 'document' },
        'publish the results': { source: 'council', sourceType: 'organization' },
      },
    },
  ])('$rule', expectClaims);
});

describe('extract: more relays', () => {
  it.each<ClaimCase>([
    {
      rule: 'reads an outlet\'s name with a particle after "told the newspaper" in a trailing attribution',
      text: 'The bridge had been closed twice this year, a fire brigade source told the newspaper Het Belang van Limburg.',
      claims: [
        {
          sourceType: 'anonymous',
          via: 'Het Belang van Limburg',
          content: 'The bridge had been closed twice this year',
        },
      ],
    },
    {
      rule: 'takes the outlet that polled the source as the relay ("Economists polled by Bloomberg forecast")',
      text: 'Economists polled by Bloomberg forecast that inflation eased to 2.4 percent in May.',
      first: { source: 'Economists', via: 'Bloomberg', content: 'inflation eased to 2.4 percent in May' },
    },
    {
      rule: 'reads a name ending in "News Agency" as one outlet and the entertainment press as outlets',
      text: 'The ministry said the talks had failed, according to the Syrian Arab News Agency.\nThe actress Nora Vance told Entertainment Tonight that she had turned down the role.',
      find: {
        'talks had failed': { via: 'Syrian Arab News Agency' },
        'turned down the role': { source: 'Nora Vance', via: 'Entertainment Tonight' },
      },
    },
  ])('$rule', expectClaims);
});

// Then an earnings story, a court ruling, a frontline update, a schools story and a space mission.
describe('extract: who a later mention means', () => {
  it.each<ClaimCase>([
    {
      rule: 'keeps a month out of a document\'s name ("figures released in April showed")',
      text: 'Customs figures released in April showed that rice imports had doubled. The ministry says stocks are ample.',
      find: {
        'rice imports': { source: 'Customs figures', sourceType: 'document' },
        'stocks are ample': { source: 'ministry' },
      },
    },
    {
      rule: 'reads "they" as a group that opened the sentence before ("Dock workers ... They said")',
      text: 'The port authority said on Monday that exports had recovered. Dock workers at the harbour are threatening to strike. They said overtime had not been paid since January.',
      find: { overtime: { source: 'Dock workers at the harbour', sourceType: 'anonymous' } },
    },
    {
      rule: 'still reads "they" as the organisation quoted after such a group',
      text: 'Traders gathered outside the town hall. The chamber of commerce said sales had fallen by a third. They added that two shops had closed.',
      find: { 'two shops': { source: 'chamber of commerce' } },
    },
    {
      rule: 'reads "the militia" as the one named before it ("the Zamfara militia")',
      text: 'Soldiers exchanged fire with the Zamfara militia overnight. The militia claimed that two soldiers had been captured.',
      find: { 'two soldiers': { source: 'Zamfara', sourceType: 'organization' } },
    },
    {
      rule: 'takes a name starting like a broadcaster\'s as the relay ("told Radio Tamtam")',
      text: 'A village chief told Radio Tamtam that the road to the market had been cut.',
      first: { source: 'village chief', via: 'Radio Tamtam' },
    },
  ])('$rule', expectClaims);
});

// Then a foreign-policy story, an aviation accident, a leaked-documents investigation, a wire roundup and a
// commodities story.
describe('extract: relays and settings named around the cue', () => {
  it.each<ClaimCase>([
    {
      rule: 'reads a notice or a bulletin as the speaker\'s setting ("said in a notice published on Friday")',
      text: "Bread prices will rise by 5 percent in March, the millers' association said in a notice published on Friday.\nThe fisheries institute estimated in its annual bulletin that cod stocks had recovered.",
      find: {
        'Bread prices': { source: "millers' association", content: 'Bread prices will rise by 5 percent in March' },
        'cod stocks': { source: 'fisheries institute', content: 'cod stocks had recovered' },
      },
    },
    {
      rule: 'takes the outlet that reviewed a document as the relay of "according to" ("documents reviewed by X")',
      text: 'The mayor approved the contract without a vote, according to council minutes reviewed by the Courier.',
      claims: [{ source: 'council minutes', sourceType: 'document', via: 'Courier' }],
    },
    {
      rule: 'takes the quoted speaker as the source and the quoting outlet as the relay ("X quoted Y as saying")',
      text: 'The news agency Tasnim quoted a navy commander as saying that the drills would last a week.',
      claims: [{ source: 'navy commander', via: 'Tasnim', content: 'the drills would last a week' }],
    },
    {
      rule: 'takes a name before a medium noun as the relay ("told Mosaique radio"), without the closing full stop',
      text: 'The crossing will reopen on Monday, a customs officer told Mosaique radio.\nThe ferry was delayed by the storm, a port official told Radio Kolo.',
      find: {
        crossing: { source: 'customs officer', via: 'Mosaique' },
        ferry: { source: 'port official', via: 'Radio Kolo' },
      },
    },
    {
      rule: 'reads an outlet\'s name with "and" in it as the audience told ("told the Sun and Herald, speaking ...")',
      text: 'The airport will close for a week, a transport official told the Sun and Herald, speaking on condition of anonymity.',
      claims: [{ source: 'transport official', sourceType: 'anonymous', content: 'The airport will close for a week' }],
    },
  ])('$rule', expectClaims);
});

describe('extract: subjects and antecedents', () => {
  it.each<ClaimCase>([
    {
      rule: 'takes the subject of a clause coordinated by ", but" as the speaker ("..., but emergency officials said")',
      text: 'The river rose two metres overnight, but emergency officials said no homes had been flooded.',
      claims: [{ source: 'emergency officials', content: 'no homes had been flooded' }],
    },
    {
      rule: 'reads a closing "C, figures show." as a document\'s claim',
      text: 'Hospital admissions doubled over the winter, figures show.',
      claims: [{ source: 'figures', sourceType: 'document', content: 'Hospital admissions doubled over the winter' }],
    },
    {
      rule: 'keeps "in the latest sign of" out of a trailing attribution\'s claim',
      text: 'Exports to China rose 8 percent in May, the trade ministry said, in the latest sign of a thaw.',
      claims: [{ source: 'trade ministry', content: 'Exports to China rose 8 percent in May' }],
    },
    {
      rule: 'reads unnamed traders, farmers and passengers as unnamed sources',
      text: 'The port reopened, and two grain traders in Odesa said shipments had resumed.\nFarmers near the border said the harvest had been lost.\nA passenger told the BBC that the train had stopped for an hour.',
      find: {
        shipments: { sourceType: 'anonymous', content: 'shipments had resumed' },
        harvest: { source: 'Farmers near the border', sourceType: 'anonymous' },
        'train had stopped': { sourceType: 'anonymous', via: 'BBC' },
      },
    },
    {
      rule: 'reads "he" or "she" right after an unnamed speaker as that speaker',
      text: 'Mayor Ilse Brandt said the audit was politically motivated. A senior official said the budget had been padded. “Everyone in the office knew,” she said.',
      find: { 'Everyone in the office': { source: 'senior official', sourceType: 'anonymous' } },
    },
    {
      rule: 'does not read a modified description as a differently named body ("the foreign ministry" after the Interior Ministry)',
      text: 'The Interior Ministry said the border would stay open. The foreign ministry said it had summoned the ambassador.',
      find: { summoned: { source: 'foreign ministry' } },
    },
    {
      rule: 'reads a bare plural document in the body as a new source ("Emails obtained by the Herald show")',
      text: "The auditor's report said the fund had lost money. Emails obtained by the Herald show that consultants were paid twice.",
      find: { consultants: { source: 'Emails', sourceType: 'document', via: 'Herald' } },
    },
  ])('$rule', expectClaims);
});
