import { type ClaimCase, expectClaims } from './claims.spec-helper';

// Relays named in passing: a platform as the adjective of a post or a video, in sentences written for this test.

describe('extract: relays named in passing', () => {
  it.each<ClaimCase>([
    {
      rule: 'reads "said in a LinkedIn post that" as a claim relayed by the platform',
      text: 'The chief executive, Lars Moe, said in a LinkedIn post that the plant would reopen in May.',
      first: { source: 'Lars Moe', via: 'LinkedIn', content: 'the plant would reopen in May' },
    },
    {
      rule: 'reads "wrote in a Facebook post on Sunday that" after a relative clause as relayed by the platform',
      text: 'Ferry operator Kestrel, which runs the island route, wrote in a Facebook post on Sunday that the bridge was safe.',
      first: { source: 'Kestrel', via: 'Facebook', content: 'the bridge was safe' },
    },
    {
      rule: 'reads "in a video posted to the union\'s YouTube channel" as relayed by the platform',
      text: "Union leader Piet Smit said in a video posted to the union's YouTube channel that the strike would go on.",
      first: { source: 'Piet Smit', via: 'YouTube', content: 'the strike would go on' },
    },
  ])('$rule', expectClaims);
});
