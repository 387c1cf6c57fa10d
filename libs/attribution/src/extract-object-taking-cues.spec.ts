import { type ClaimCase, expectClaims } from './claims.spec-helper';

// Sentences written for this test (not taken from the fixtures).

describe('extract: "add" and "write" as plain verbs', () => {
  it.each<ClaimCase>([
    {
      rule: 'reads no claim in "added" with a plain object',
      text: 'Farm minister Ivo Marek added 300 tonnes of grain to the national reserve.',
      claims: [],
    },
    {
      rule: 'reads no claim in "wrote" with a plain object',
      text: 'The novelist Mara Vell wrote a letter to the mayor about the library.',
      claims: [],
    },
    {
      rule: 'keeps a participle "adding" with a plain object inside the claim it follows',
      text: 'Farm minister Ivo Marek said grain prices would rise, adding pressure on bakers.',
      claims: [{ source: 'Ivo Marek', cue: 'said', content: 'grain prices would rise, adding pressure on bakers' }],
    },
    {
      rule: 'keeps "and add" with an object inside the claim it continues',
      text: 'The airline will cut 40 flights a week and add 12 routes to Asia, chief executive Ana Soto said.',
      claims: [{ source: 'Ana Soto', content: 'The airline will cut 40 flights a week and add 12 routes to Asia' }],
    },
    {
      rule: 'still reads "added" and "adding" with a clause, with or without "that"',
      text: 'Mayor Ana Ruiz said the budget was balanced and added taxes would fall. She said rents were stable, adding that 500 homes would be built.',
      find: {
        'taxes would fall': { cue: 'added', source: 'Ana Ruiz' },
        '500 homes would be built': { cue: 'adding', source: 'Ana Ruiz' },
        'the budget was balanced': { content: 'the budget was balanced' },
      },
    },
    {
      rule: 'still reads "wrote" with a clause, and "added" with a quotation',
      text: 'Ana Soto wrote on X the airline would cut 40 flights. Mayor Ana Ruiz added “the budget is balanced” in her speech.',
      find: {
        'the airline would cut': { source: 'Ana Soto', via: 'X' },
        'the budget is balanced': { source: 'Ana Ruiz', cue: 'added' },
      },
    },
    {
      rule: 'reads "adding that" with a quotation as a claim of its own',
      text: 'Port director Lina Holm wrote on X that dredging would start in May, adding that “the channel will be ready by autumn.”',
      find: {
        'dredging would start in May': { content: 'dredging would start in May', cue: 'wrote' },
        'the channel will be ready by autumn': { source: 'Lina Holm', cue: 'adding' },
      },
    },
  ])('$rule', expectClaims);
});
