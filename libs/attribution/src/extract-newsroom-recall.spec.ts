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
