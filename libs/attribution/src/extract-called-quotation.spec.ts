import { type ClaimCase, expectClaims } from './claims.spec-helper';

// Sentences written for this test (not taken from the fixtures).

describe('extract: "called" with an object and a quotation', () => {
  it.each<ClaimCase>([
    {
      rule: 'reads the object with what it was called as the claim',
      text: 'Health Minister Priya Raman has called the new waiting rules “cruel and pointless.”',
      claims: [{ source: 'Priya Raman', cue: 'called', content: 'the new waiting rules “cruel and pointless.”' }],
      offsets: true,
    },
    {
      rule: 'leaves a pronoun object out and ends the claim with the quotation',
      text: 'Mayor Ana Ruiz called it “the worst budget in a decade”, and walked out of the chamber.',
      claims: [{ source: 'Ana Ruiz', content: '“the worst budget in a decade”' }],
    },
    {
      rule: 'reads no claim in "called for", "called on" or a call without a quotation',
      text: 'The union called for calm after the vote. The mayor called on drivers to stay home. Mayor Ana Ruiz called the police.',
      claims: [],
    },
    {
      rule: 'ends a claim before a coordinated "and called for"',
      text: 'Mayor Ana Ruiz said the budget was balanced and called for calm.',
      claims: [{ content: 'the budget was balanced' }],
    },
  ])('$rule', expectClaims);
});
