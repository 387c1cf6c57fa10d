import { type ClaimCase, expectClaims } from './claims.spec-helper';

// Relays named in passing: a platform as the adjective of a post or a video, an outlet that cites the speaker after
// the claim, an outlet referred back to after a time phrase, in sentences written for this test.

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
    {
      rule: 'reads a trailing "sources cited by NAME said" as the sources, relayed by the outlet',
      text: 'The league will expand to 20 clubs next season, sources cited by the Harbour Gazette said.',
      first: { source: 'sources', sourceType: 'anonymous', via: 'Harbour Gazette' },
    },
    {
      rule: 'reads a trailing "the newspaper reported" as the relay of the claim inside it, the outlet named before',
      text: 'The mayor paid a consultancy 2 million krona, the daily Nordposten reported. The audit office confirmed that it had opened an inquiry, the newspaper reported.',
      find: { 'opened an inquiry': { source: 'audit office', via: 'Nordposten' } },
    },
    {
      rule: 'reads "he told the broadcaster on Thursday evening" as the broadcaster named before',
      text: 'Minister Olav Dahl told the broadcaster Fjord TV that the tunnel was safe. “We checked every bolt,” he told the broadcaster on Thursday evening.',
      find: { 'every bolt': { source: 'Olav Dahl', via: 'Fjord TV' } },
    },
    {
      rule: 'reads "in a letter to NAME, seen by OUTLET, that" as relayed by the outlet that saw the letter',
      text: "The pilots' union said in a letter to the transport minister, seen by the Harbour Gazette, that safety checks had been skipped.",
      first: { via: 'Harbour Gazette', content: 'safety checks had been skipped' },
    },
    {
      rule: 'reads ", speaking to OUTLET on condition of anonymity, said" as an unnamed speaker relayed by the outlet',
      text: 'A senior Kestrel executive, speaking to Bloomberg on condition of anonymity, said the airline would cut routes.',
      first: { sourceType: 'anonymous', via: 'Bloomberg', content: 'the airline would cut routes' },
    },
    {
      rule: 'keeps an audience spoken to (", speaking to reporters,") out of the relay',
      text: 'The harbour master, speaking to reporters in Bergen, said the quay would reopen.',
      first: { source: 'harbour master', via: null, content: 'the quay would reopen' },
    },
    {
      rule: 'reads "told the Press Trust of India" as relayed by the agency',
      text: 'The minister, Ravi Rao, told the Press Trust of India that the fee would be 4 percent.',
      first: { source: 'Ravi Rao', via: 'Press Trust of India' },
    },
    {
      rule: 'reads a number closing a state broadcaster\'s name ("aired by state radio NAME 3")',
      text: 'In comments aired by state radio Kanal 3 on Tuesday, the minister, Ivo Dragan, said new fields would add output.',
      first: { source: 'Ivo Dragan', via: 'Kanal 3' },
    },
    {
      rule: 'ends a sentence at a broadcaster in capitals with a full stop, so the quote after it is a claim of its own',
      text: '“We will not sail there,” the chief executive, Lars Holm, said in an interview with broadcaster NR. “It is not safe.”',
      find: { 'not sail there': { source: 'Lars Holm', via: 'NR' }, 'It is not safe': { source: 'Lars Holm' } },
    },
  ])('$rule', expectClaims);
});
