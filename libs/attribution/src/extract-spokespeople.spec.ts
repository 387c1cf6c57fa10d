import { type ClaimCase, expectClaims } from './claims.spec-helper';

// How spokespeople are named, as the gold names them, in sentences written for this test.

describe('extract: spokespeople', () => {
  it.each<ClaimCase>([
    {
      rule: 'names "a company spokesperson" by the company the article is about',
      text: 'Shares in Tornvik fell 4 percent on Monday. A company spokesperson said the plant was losing money.',
      find: { 'losing money': { source: 'spokesperson for Tornvik', sourceType: 'person' } },
    },
    {
      rule: 'names "a ministry spokeswoman" by the ministry named before, with its article',
      text: 'The Transport Ministry said bus fares would rise. A ministry spokeswoman said the figures were provisional.',
      find: { provisional: { source: 'spokeswoman for the Transport Ministry', sourceType: 'person' } },
    },
    {
      rule: 'keeps "a spokeswoman for the ministry" as written',
      text: 'The Transport Ministry said bus fares would rise. A spokeswoman for the ministry said the talks would resume.',
      find: { 'talks would resume': { source: 'spokeswoman for the ministry', sourceType: 'person' } },
    },
    {
      rule: 'names a spokesperson by the body named before the role, without the article and as a person',
      text: 'A Tornvik spokesperson told Reuters the talks had failed. An Oxfam spokeswoman said aid was running out.',
      find: {
        'talks had failed': { source: 'Tornvik spokesperson', sourceType: 'person', via: 'Reuters' },
        'aid was running out': { source: 'Oxfam spokeswoman', sourceType: 'person' },
      },
    },
    {
      rule: 'keeps a spokesperson named by the body as no other spokesperson quoted before',
      text: 'A spokeswoman for the ministry said the talks would resume. A Tornvik spokesperson said the offer stood.',
      find: { 'offer stood': { source: 'Tornvik spokesperson' } },
    },
    {
      rule: 'keeps "a company spokesperson" as written when the article names no company',
      text: 'A company spokesperson said the ferries would sail on time.',
      first: { source: 'company spokesperson', sourceType: 'person' },
    },
  ])('$rule', expectClaims);
});
