import { type ClaimCase, expectClaims } from './claims.spec-helper';

// Forms of attribution common in newsroom copy, each in sentences written for this test.

describe('extract: sentence openers stay out of the speaker', () => {
  it.each<ClaimCase>([
    {
      rule: 'leaves a setting "At a news conference in PLACE," out of the speaker',
      text: 'Labour Minister Rita Sousa arrived late. At a news conference in Faro, the minister said pensions would rise.',
      claims: [{ source: 'Rita Sousa', content: 'pensions would rise' }],
    },
    {
      rule: 'leaves a stance "For her part," out of the speaker',
      text: 'Labour Minister Rita Sousa arrived late. For her part, Sousa said the pension fund was solvent.',
      claims: [{ source: 'Rita Sousa', content: 'the pension fund was solvent' }],
    },
    {
      rule: 'leaves a linking adverb set off by a comma out of the speaker ("Nevertheless,", "Yet,")',
      text:
        'Labour Minister Rita Sousa arrived late. Nevertheless, the minister said the reform would pass. ' +
        'Yet, the unions said the vote would fail.',
      claims: [
        { source: 'Rita Sousa', content: 'the reform would pass' },
        { source: 'unions', content: 'the vote would fail' },
      ],
    },
  ])('$rule', expectClaims);
});

describe('extract: "told" with a gathering or a group as its object', () => {
  it.each<ClaimCase>([
    {
      rule: 'reads a trailing "told a parliamentary hearing" with no relay',
      text: 'Grain stocks will last until March, the agriculture minister told a parliamentary hearing, calling the shortfall manageable.',
      claims: [
        { source: 'agriculture minister', cue: 'told', via: null, content: 'Grain stocks will last until March' },
      ],
    },
    {
      rule: 'reads "told a meeting of GROUP" and "told the parliament\'s finance committee" before a that-less clause',
      text:
        'Budget Minister Lars Eng spoke twice on Monday. Eng told a meeting of Nordic ministers the deficit would halve. ' +
        'Later, Eng told the parliament’s finance committee the surplus would return by 2028.',
      claims: [
        { source: 'Lars Eng', via: null, content: 'the deficit would halve' },
        { source: 'Lars Eng', via: null, content: 'the surplus would return by 2028' },
      ],
    },
    {
      rule: 'reads "told an audience of GROUP" and "told MPs" in a trailing attribution',
      text: 'Ferry fares will fall by a tenth, the transport minister told an audience of islanders. The route is safe, she told MPs.',
      claims: [
        { source: 'transport minister', via: null, content: 'Ferry fares will fall by a tenth' },
        { source: 'transport minister', via: null, content: 'The route is safe' },
      ],
    },
  ])('$rule', expectClaims);
});

describe('extract: an inverted cue before a speaker described in lower case', () => {
  it.each<ClaimCase>([
    {
      rule: 'reads "C, says campaign group NAME" and "C, says economist NAME"',
      text:
        'Fishermen will sue the county, says campaign group Clean Fjord. ' +
        'The harbour will silt up within a decade, says geologist Mari Solberg.',
      claims: [
        { source: 'Clean Fjord', cue: 'says', content: 'Fishermen will sue the county' },
        { source: 'Mari Solberg', sourceType: 'person', content: 'The harbour will silt up within a decade' },
      ],
    },
    {
      rule: 'reads a headline "C, says ROLE" as the claim of the person the body gives that role',
      text:
        'Library fire: rare maps lost, says director\nThe blaze started on Sunday.\n' +
        'Jonas Vik, the library’s director, said more than 200 maps had burned.',
      find: { 'rare maps lost': { source: 'Jonas Vik', cue: 'says' } },
    },
    {
      rule: 'does not read a clause after an inverted cue as its speaker',
      text: 'The talks collapsed, said prices in Oslo would rise.',
      claims: [],
    },
  ])('$rule', expectClaims);
});

describe('extract: a document sent to a recipient between the cue and what follows', () => {
  it.each<ClaimCase>([
    {
      rule: 'reads "C, the agency said in a report to the ministry, APPENDIX" with the whole recipient left out',
      text:
        'The Coastal Fisheries Agency counted the catch. Cod stocks fell by a quarter, the agency said in a report to the ' +
        'ministry, the steepest drop on record.',
      find: { 'Cod stocks': { source: 'Coastal Fisheries Agency', content: 'Cod stocks fell by a quarter' } },
    },
    {
      rule: 'reads "said in a letter to the Finance Ministry" and "in an email to staff" before a that-less claim',
      text:
        'The port authority said in a letter to the Finance Ministry the quay would need new piles. ' +
        'Its director said in an email to staff the night shift would end.',
      find: {
        'new piles': { content: 'the quay would need new piles' },
        'night shift': { content: 'the night shift would end' },
      },
    },
  ])('$rule', expectClaims);
});

describe('extract: what a group claims, and a group by the name it goes by', () => {
  it.each<ClaimCase>([
    {
      rule: 'reads "claimed to hold C" as a claim of what the speaker holds',
      text: 'A ransomware gang claimed to hold 800 gigabytes of payroll files.',
      claims: [{ source: 'ransomware gang', cue: 'claimed', content: 'hold 800 gigabytes of payroll files' }],
    },
    {
      rule: 'reads "claims it has C" in the body though the tagger reads "claims" as a noun',
      text: 'The gang claims it has copied the records of every patient since 2015.',
      claims: [{ source: 'gang', cue: 'claims', content: 'it has copied the records of every patient since 2015' }],
    },
    {
      rule: 'reads "A group calling itself NAME said C" with the name as the speaker',
      text: 'A group calling itself Night Owls said it had locked the city’s parking meters.',
      claims: [{ source: 'Night Owls', content: 'it had locked the city’s parking meters' }],
    },
  ])('$rule', expectClaims);
});

describe('extract: a figure is no speaker', () => {
  it.each<ClaimCase>([
    {
      rule: 'reads no speaker in the figure before a trailing cue word ("…, 3.1m forecast")',
      text: 'Board: 2.4m barrels out, 3.1m forecast\nThe oil board said exports rose in May.',
      claims: [{ source: 'oil board', content: 'exports rose in May' }],
    },
    {
      rule: 'reads no speaker in a share before a trailing cue word ("…, 61% estimated")',
      text: 'Turnout: 48% at noon, 61% estimated\nThe election commission said turnout was higher than in 2022.',
      claims: [{ source: 'election commission', content: 'turnout was higher than in 2022' }],
    },
  ])('$rule', expectClaims);
});
