import { type ClaimCase, expectClaims } from './claims.spec-helper';

// Sentences written for this test (not taken from the fixtures).

describe('extract: one cue with two that-complements', () => {
  it.each<ClaimCase>([
    {
      rule: 'reads "said C1 and that C2" as two claims of one speaker and cue',
      text: 'Mayor Ana Ruiz said rents had doubled since 2020 and that the council would build 500 homes.',
      claims: [
        { source: 'Ana Ruiz', cue: 'said', content: 'rents had doubled since 2020' },
        { source: 'Ana Ruiz', cue: 'said', content: 'the council would build 500 homes' },
      ],
      offsets: true,
    },
    {
      rule: 'splits at ", and that" after a "that" and keeps each part\'s quote type',
      text: 'The union said that the offer was “an insult to nurses”, and that its members would strike in May.',
      claims: [
        { source: 'union', content: 'the offer was “an insult to nurses”', quote: 'mixed' },
        { source: 'union', content: 'its members would strike in May', quote: 'indirect' },
      ],
      offsets: true,
    },
    {
      rule: 'keeps a demonstrative "and that" inside the claim ("and that would hurt families")',
      text: 'Mayor Ana Ruiz said rents had doubled in two years, and that would hurt young families.',
      claims: [{ content: 'rents had doubled in two years, and that would hurt young families' }],
    },
    {
      rule: 'keeps an "and that" inside a quotation whole',
      text: 'Mayor Ana Ruiz said the plan was “cheap and that it would work” in the end.',
      claims: [{ content: 'the plan was “cheap and that it would work” in the end' }],
    },
    {
      rule: 'keeps "and that of" (a noun phrase, no clause) inside the claim',
      text: 'The regulator said its own forecast and that of the central bank pointed to slower growth.',
      claims: [{ content: 'its own forecast and that of the central bank pointed to slower growth' }],
    },
  ])('$rule', expectClaims);
});
