import { type ClaimCase, expectClaims } from './claims.spec-helper';

// Relays named by a participle ("aired by", "published by"), a platform a video was posted to, a broadcaster's
// programme, and an outlet spoken on or written for in an insertion, in sentences written for this test.

describe('extract: relays named by a participle or a programme', () => {
  it.each<ClaimCase>([
    {
      rule: 'reads "said in comments aired by NAME that" as relayed by the broadcaster, listed or not',
      text: 'Club president Ivo Kranjc said in comments aired by Adria Sport that the stadium would be sold.',
      first: { source: 'Ivo Kranjc', via: 'Adria Sport', content: 'the stadium would be sold' },
    },
    {
      rule: 'reads "according to a transcript published by OUTLET" as the transcript, relayed by the outlet',
      text: 'The tunnel will close for a year, according to a transcript published by Reuters.',
      first: { via: 'Reuters', content: 'The tunnel will close for a year' },
    },
    {
      rule: 'keeps "according to a report released by the ministry" as no relay: a body publishes its own report',
      text: 'Burglaries fell 8 percent last year, according to a report released by the justice ministry.',
      first: { source: 'justice ministry', via: null, content: 'Burglaries fell 8 percent last year' },
    },
    {
      rule: 'reads a closing ", in comments carried by OUTLET." as the relay, the claim ending before it',
      text: 'The harbour master denied that the quay had cracked, in comments carried by Coast Radio.',
      first: { source: 'harbour master', via: 'Coast Radio', content: 'the quay had cracked' },
    },
    {
      rule: 'reads "X said C, according to a statement carried by OUTLET" as X relayed by the outlet',
      text: 'The port authority said traffic was down 30 percent, according to a statement carried by the news agency Nordpress.',
      first: { source: 'port authority', via: 'Nordpress', content: 'traffic was down 30 percent' },
    },
    {
      rule: 'reads "said in a video posted to PLATFORM that" as relayed by the platform',
      text: 'Fisherman Ole Brekke said in a video posted to Instagram that the harbour had frozen over.',
      first: { source: 'Ole Brekke', via: 'Instagram', content: 'the harbour had frozen over' },
    },
    {
      rule: 'reads "said in a livestream on Twitch that" as a claim relayed by the platform',
      text: 'The gamer Lina Voss said in a livestream on Twitch that she would retire in June.',
      first: { source: 'Lina Voss', via: 'Twitch', content: 'she would retire in June' },
    },
    {
      rule: 'reads "said on NAME\'s Title programme that" as relayed by the broadcaster that runs it',
      text: "Finance Minister Eva Holm said on Fjordradio's Morning Call programme that the budget was balanced.",
      first: { source: 'Eva Holm', via: 'Fjordradio', content: 'the budget was balanced' },
    },
    {
      rule: 'keeps the number of a station whose programme it was ("BBC Radio 4\'s")',
      text: "The minister said on BBC Radio 4's Today programme that the ferry contract was void.",
      first: { source: 'minister', via: 'BBC Radio 4', content: 'the ferry contract was void' },
    },
    {
      rule: 'reads ", speaking on NAME\'s programme," as relayed by the broadcaster',
      text: "The mayor, speaking on Fjordradio's Evening Desk show, said the bridge tolls would go.",
      first: { source: 'mayor', via: 'Fjordradio', content: 'the bridge tolls would go' },
    },
    {
      rule: 'reads ", writing in a column for OUTLET," as relayed by the outlet written for',
      text: 'Economist Kari Dahl, writing in an op-ed for the Harbour Gazette, argued that rents had doubled.',
      first: { source: 'Kari Dahl', via: 'Harbour Gazette', content: 'rents had doubled' },
    },
    {
      rule: 'leaves ", speaking in a city on a day," with no relay',
      text: 'The director, speaking in Oslo on Monday, said the plan was dead.',
      first: { source: 'director', via: null, content: 'the plan was dead' },
    },
  ])('$rule', expectClaims);
});
