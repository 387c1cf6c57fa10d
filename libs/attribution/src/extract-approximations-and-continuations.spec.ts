import { type ClaimCase, expectClaims } from './claims.spec-helper';

// A rounded figure after a bare cue, and what follows a trailing attribution, each in sentences written for this test.

describe('extract: rounded figures and continued trailing attributions', () => {
  it.each<ClaimCase>([
    {
      rule: 'reads "said about" + a figure as a claim that opens with a rounded number',
      text: 'The fire brigade said about 3,400 homes had been flooded overnight.',
      find: {
        '3,400 homes': { source: 'fire brigade', cue: 'said', content: 'about 3,400 homes had been flooded overnight' },
      },
    },
    {
      rule: 'reads "says about" + a spelt-out share as a claim ("about half", "about a third")',
      text:
        'The airline says about half of its pilots are on sick leave.\n' +
        'The hospital trust said about a third of its beds were taken by flu patients.',
      find: {
        'half of its pilots': { source: 'airline', content: 'about half of its pilots are on sick leave' },
        'a third of its beds': {
          source: 'hospital trust',
          content: 'about a third of its beds were taken by flu patients',
        },
      },
    },
    {
      rule: 'still reads "said about" + a topic as no claim',
      text: 'The coach said about the referee that he had no complaints.\nThe minister spoke about the budget for an hour.',
      find: { referee: 'none', budget: 'none' },
    },
  ])('$rule', expectClaims);
});
