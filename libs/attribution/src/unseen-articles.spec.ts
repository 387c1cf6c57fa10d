import { extract } from './extract';
import { type ClaimCase, expectClaims } from './claims.spec-helper';

/**
 * Four articles written for this suite in styles the fixtures do not use (a match report, a US court story, a war
 * report built on Telegram posts, a science story), to check the output stays sensible beyond the dev set.
 */
const MATCH_REPORT = `Kovač hails "perfect night" as United crush City
Manager says his side are ready for a title race
MANCHESTER — Andrej Kovač said his team had played "the perfect game" after United beat City 4-0 at home on Saturday.
"I told the players at half-time to keep pressing, and they did," Kovač said. "I am very proud of them."
City manager Paulo Reis admitted his side had been outplayed. "We were second to every ball," he told the BBC. "It was not good enough."
Reis also confirmed that captain Joel Hart would miss the next three weeks with a knee injury.
According to Opta, United became the first team this season to score four goals in a derby.
The result leaves United two points behind the leaders. Supporters sang long after the final whistle.`;

const COURT_STORY = `Founder of collapsed fintech charged with fraud
Prosecutors say investors lost more than $200 million
NEW YORK — The founder of Paylark, a payments startup that collapsed last year, was charged on Thursday with defrauding investors, federal prosecutors in Manhattan said.
Chris Dunmore, 38, lied to investors about the company's revenue and used their money to buy property in Miami and the Bahamas, according to an indictment unsealed on Thursday.
"Mr. Dunmore built his company on a lie," U.S. Attorney Sarah Kaplan said at a news conference. "Today that lie caught up with him."
Dunmore's lawyer, Mark Feld, said his client would plead not guilty.
In a LinkedIn post last year, Dunmore wrote that Paylark was "the fastest-growing payments company in America."
Former employees told The Wall Street Journal that they had raised concerns about the figures as early as 2021.
Paylark filed for bankruptcy in March.`;

const WAR_REPORT = `Drone attack hits fuel depot in southern port, governor says
KYIV (Reuters) - A drone attack set fire to a fuel depot in the southern port of Izmail overnight, regional governor Oleh Kiper said on Tuesday, adding that no one had been injured.
"Firefighters worked through the night and the blaze is now under control," Kiper wrote on Telegram.
Russia's defence ministry said its air defences had shot down 38 Ukrainian drones over the Bryansk and Kursk regions. The claims could not be independently verified.
A pro-Kremlin Telegram channel, Rybar, claimed the depot had been used to store military supplies.
Grain exports through the Danube ports have risen sharply this year, data from the ports authority shows.`;

const SCIENCE_STORY = `Teenagers who use phones at night sleep an hour less, study finds
Researchers tracked 3,000 students in four countries for two years
Teenagers who use their phones after 10 p.m. sleep on average 58 minutes less per night than those who do not, according to a study published on Wednesday in the journal Pediatrics Today.
The researchers, led by Dr. Ingrid Solberg of the University of Bergen, found that the effect was strongest among 14- and 15-year-olds.
"We were surprised by how large the effect was," Solberg said in a press release.
Not everyone is convinced. Mark Ellery, a sleep scientist at King's College London who was not involved in the research, said the study could not prove that phones caused the sleep loss.
The World Health Organization recommends that adolescents sleep eight to ten hours a night.`;

describe.each([
  ['match report', MATCH_REPORT],
  ['court story', COURT_STORY],
  ['war report', WAR_REPORT],
  ['science story', SCIENCE_STORY],
])('extract on an unseen %s', (_label, text) => {
  it('keeps every claim an exact, trimmed slice of the text with a resolved speaker', () => {
    const sut = extract(text).claims;
    expect(sut.length).toBeGreaterThanOrEqual(5);
    for (const claim of sut) {
      expect(text.slice(claim.start, claim.end)).toBe(claim.content);
      expect(claim.content.trim()).toBe(claim.content);
      expect(claim.source).not.toMatch(/^(?:he|she|it|they|the minister)$/i);
    }
  });
});

describe('extract: an unseen match report', () => {
  it.each<ClaimCase>([
    {
      rule: 'splits quotes continued after the cue, and resolves "he" to the manager just introduced',
      text: MATCH_REPORT,
      find: {
        'I am very proud': { source: 'Andrej Kovač', quote: 'direct' },
        'second to every ball': { source: 'Paulo Reis', via: 'BBC', quote: 'direct' },
        'It was not good enough': { source: 'Paulo Reis', via: 'BBC' },
      },
    },
    {
      rule: 'reads an admission, a confirmation and a data provider',
      text: MATCH_REPORT,
      find: {
        'side had been outplayed': { source: 'Paulo Reis', cue: 'admitted' },
        'Joel Hart would miss': { source: 'Paulo Reis', cue: 'confirmed' },
        'first team this season': { source: 'Opta' },
      },
    },
    {
      rule: 'leaves narration alone',
      text: MATCH_REPORT,
      find: { 'two points behind the leaders': 'none', 'Supporters sang': 'none' },
    },
  ])('$rule', expectClaims);
});

describe('extract: an unseen court story', () => {
  it.each<ClaimCase>([
    {
      rule: 'reads the lead, the indictment and the prosecutor without her title',
      text: COURT_STORY,
      find: {
        'was charged on Thursday': { source: 'federal prosecutors in Manhattan', cue: 'said' },
        'lied to investors': { source: 'indictment', sourceType: 'document' },
        'built his company on a lie': { source: 'Sarah Kaplan', quote: 'direct' },
      },
    },
    {
      rule: 'takes the platform of a post and the outlet told',
      text: COURT_STORY,
      find: {
        'fastest-growing payments company': { source: 'Chris Dunmore', via: 'LinkedIn', quote: 'mixed' },
        'raised concerns about the figures': { via: 'The Wall Street Journal', sourceType: 'anonymous' },
      },
    },
    {
      rule: 'reads the headline claim and leaves narration alone',
      text: COURT_STORY,
      find: { 'investors lost more than': { cue: 'say' }, 'filed for bankruptcy': 'none' },
    },
  ])('$rule', expectClaims);
});

describe('extract: an unseen war report', () => {
  it.each<ClaimCase>([
    {
      rule: 'reads a trailing attribution and the participle after it',
      text: WAR_REPORT,
      find: {
        'set fire to a fuel depot': {
          source: 'Oleh Kiper',
          cue: 'said',
          content: expect.not.stringMatching(/Reuters|KYIV/),
        },
        'no one had been injured': { source: 'Oleh Kiper', cue: 'adding' },
      },
    },
    {
      rule: 'takes Telegram as the relay of a post and of a channel',
      text: WAR_REPORT,
      find: {
        'blaze is now under control': { source: 'Oleh Kiper', via: 'Telegram', quote: 'direct' },
        'store military supplies': { source: 'Rybar', sourceType: 'social', via: 'Telegram' },
      },
    },
    {
      rule: 'reads an official claim and a data release, and no claim from the caveat',
      text: WAR_REPORT,
      find: {
        'shot down 38 Ukrainian drones': { source: "Russia's defence ministry" },
        'Grain exports': { sourceType: 'document', source: 'ports authority' },
        'independently verified': 'none',
      },
    },
  ])('$rule', expectClaims);
});

describe('extract: an unseen science story', () => {
  it.each<ClaimCase>([
    {
      rule: 'names the study by its journal and keeps the research team as the finder',
      text: SCIENCE_STORY,
      find: {
        '58 minutes less': { source: 'Pediatrics Today', sourceType: 'document' },
        'strongest among 14-': { source: 'researchers', cue: 'found' },
      },
    },
    {
      rule: 'reads the outside expert and the lead author',
      text: SCIENCE_STORY,
      find: {
        'could not prove': { source: 'Mark Ellery', cue: 'said' },
        'surprised by how large': { source: 'Ingrid Solberg', quote: 'direct' },
      },
    },
    {
      rule: 'reads the headline and treats a recommendation as no claim',
      text: SCIENCE_STORY,
      find: {
        'sleep an hour less': { cue: 'finds', sourceType: 'document' },
        'eight to ten hours': 'none',
        'Not everyone is convinced': 'none',
      },
    },
  ])('$rule', expectClaims);
});
