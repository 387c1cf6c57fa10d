import { type ClaimCase, expectClaims } from './claims.spec-helper';

// Standing warnings versus background views, a regulator and a company told apart, a named speaker's estimate of a figure relayed by an outlet, and what may
// follow a trailing attribution's time phrase, each in sentences written for this test.

describe('extract: standing warnings, estimates and trailing appendices', () => {
  it.each<ClaimCase>([
    {
      rule: 'reads a long-standing warning as a claim, but not a long-held argument',
      text:
        "The nurses' union RCN has long cautioned that wards in the north are understaffed.\n" +
        'Economists have long argued that the levy is too low to change behaviour.',
      find: {
        'wards in the north': { source: 'RCN', cue: 'cautioned', content: 'wards in the north are understaffed' },
        'levy is too low': 'none',
      },
    },
    {
      rule: "gives a named speaker's estimate of a figure to the speaker, relayed by the outlet that reported it",
      text: "The airport's operator, Skyport Holdings, estimated the cost of the repairs at about 40 million pounds, the newspaper The Times reported.",
      find: {
        'cost of the repairs': {
          source: 'Skyport Holdings',
          via: 'The Times',
          cue: 'estimated',
          content: 'the cost of the repairs at about 40 million pounds',
        },
      },
    },
    {
      rule: 'ends a trailing attribution\'s claim before "in one of the ..." after its time phrase',
      text: 'The city will close 14 libraries by the summer, the council said on Friday, in one of the deepest cuts in a decade.',
      find: {
        '14 libraries': { source: 'council', cue: 'said', content: 'The city will close 14 libraries by the summer' },
      },
    },
    {
      rule: 'reads "the regulator" as the public body the lead names, and a headline\'s "Company" as the AI firm, not the commission',
      text:
        'Watchdog fines Quillon AI over chatbot data\nCompany says it will appeal within weeks\n' +
        "Norway's Consumer Protection Commission has fined Quillon AI 2 million euros for storing children's chats, the regulator said on Monday.\n" +
        'In a blog post, Quillon AI said it would appeal the fine within four weeks.',
      find: {
        'has fined Quillon': { source: expect.stringMatching(/Consumer Protection Commission$/), cue: 'said' },
        'will appeal within': { source: 'Quillon AI', sourceType: 'organization', cue: 'says' },
      },
    },
  ])('$rule', expectClaims);
});
