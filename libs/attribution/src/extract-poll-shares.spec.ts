import { type ClaimCase, expectClaims } from './claims.spec-helper';

// Sentences written for this test (not taken from the fixtures).

describe('extract: the shares a poll gives', () => {
  it.each<ClaimCase>([
    {
      rule: 'reads "a survey gives X N percent" as the survey\'s claim',
      text: 'A Novak Research survey released on Monday gives the Greens 24 percent, two points ahead of the Liberals.',
      claims: [
        {
          source: 'Novak Research',
          sourceType: 'document',
          cue: 'gives',
          content: 'the Greens 24 percent, two points ahead of the Liberals',
        },
      ],
    },
    {
      rule: 'reads no claim in "gives" without a share, or from a speaker that is no poll or estimate',
      text: 'The new law gives police 30 percent more powers. A Novak Research survey gives voters a say.',
      claims: [],
    },
    {
      rule: 'reads a trailing attribution followed by ", with ..."',
      text: 'The Greens are on 24 percent and the Liberals on 22 percent, a Novak Research poll showed, with the Centre Party on 9 percent.',
      claims: [
        {
          source: 'Novak Research',
          cue: 'showed',
          content: 'The Greens are on 24 percent and the Liberals on 22 percent',
        },
      ],
    },
  ])('$rule', expectClaims);
});
