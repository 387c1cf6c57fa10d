import { type ClaimCase, expectClaims } from './claims.spec-helper';

// Relays named by a description that refers back to an outlet named earlier ("she told the magazine"), in sentences
// written for this test.

describe('extract: relays that refer back to an outlet named before', () => {
  it.each<ClaimCase>([
    {
      rule: 'resolves "told the magazine" to the magazine an earlier claim was relayed by',
      text: 'Mia Holm told the Danish magazine Vinkel that the ferry line would close.\n\n“We had no other way,” she told the magazine.',
      find: { 'no other way': { source: 'Mia Holm', via: 'Vinkel' } },
    },
    {
      rule: 'resolves "the paper" to a weekly named before, not to a broadcaster named after it',
      text: 'Lars Ek told the weekly Nordposten that the mill would be sold. He told the broadcaster Kanal Sju that buyers had come forward. Later, he told the paper the price was too low.',
      find: { 'price was too low': { source: 'Lars Ek', via: 'Nordposten' } },
    },
    {
      rule: 'resolves "told the broadcaster" to the broadcaster, past a newspaper named since',
      text: 'Lars Ek told the broadcaster Kanal Sju that the mill would be sold. He told the daily Nordposten that buyers had come forward. He told the broadcaster the price was too low.',
      find: { 'price was too low': { via: 'Kanal Sju' } },
    },
    {
      rule: 'reads "the newspaper quoted him as saying" as relayed by the newspaper named before',
      text: 'The mayor, Ivo Rask, told the newspaper Dagbladet Vest that the bridge would be rebuilt. The newspaper quoted him as saying the work would start in May.',
      find: { 'start in May': { source: 'Ivo Rask', via: 'Dagbladet Vest' } },
    },
    {
      rule: 'reads "the same newspaper reported" as that newspaper speaking',
      text: 'Ivo Rask told the newspaper Dagbladet Vest that the bridge would be rebuilt. The same newspaper reported that the council had set aside 40 million crowns.',
      find: { 'set aside 40 million': { source: 'Dagbladet Vest', sourceType: 'media', via: null } },
    },
    {
      rule: 'lets a generic "the outlet" refer back to the last outlet of any kind',
      text: 'Two officials told the radio station Vox Nord that the border would reopen. A third official told the outlet the decision was final.',
      find: { 'decision was final': { via: 'Vox Nord' } },
    },
    {
      rule: 'lets "the broadcaster" refer to the last outlet named without a noun, past an earlier one described so',
      text: 'Ana Ruiz told the broadcaster Canal Ocho that the strike would go on. She told CNN that talks had failed.\n\n“We will not give in,” she told the broadcaster.',
      find: { 'not give in': { source: 'Ana Ruiz', via: 'CNN' } },
    },
    {
      rule: 'reads a described outlet with a hyphenated adjective and a relative clause as the outlet named before',
      text: 'Farida Noor told the Cairo daily Al-Sabah that bread prices would rise. The Cairo-based daily, which is owned by the state, reported that flour was short.',
      find: { 'flour was short': { source: 'Al-Sabah', sourceType: 'media' } },
    },
    {
      rule: 'keeps "the agency said" for the organisation the article is about, though an outlet was named',
      text: 'The Nordic Medicines Agency approved the drug on Monday. Two officials told Reuters the review had been quick. The agency said the drug was safe for children.',
      find: { 'safe for children': { source: 'Nordic Medicines Agency', sourceType: 'organization' } },
    },
    {
      rule: 'gives a relay named by the last word of an outlet named before in full that full name',
      text: 'The harbour master, Ray Odum, told the Marlow Bay Courier that the pier was unsafe. According to a survey obtained by the Courier, repairs would cost $9 million.',
      find: { 'cost $9 million': { via: 'Marlow Bay Courier' } },
    },
    {
      rule: 'reads "told the NAME" as a relay when NAME is the short name of an outlet named before',
      text: 'Ray Odum told the Marlow Bay Courier that the pier was unsafe. A spokeswoman for the port told the Courier that a plan was coming.',
      find: { 'plan was coming': { via: 'Marlow Bay Courier' } },
    },
    {
      rule: 'reads a statement sent or emailed to an outlet named before as relayed by it',
      text: "Pat Dunn told local television station KMBX that the council had failed. The state water board said in an email to KMBX that the water was safe. Her lawyer told the news agency Lusa that she was relieved. The tenants' association said in a statement sent to Lusa that the ruling was a disgrace.",
      find: {
        'water was safe': { via: 'KMBX' },
        'ruling was a disgrace': { via: 'Lusa', content: 'the ruling was a disgrace' },
      },
    },
    {
      rule: 'gives a statement to a body the article has not named as an outlet no relay',
      text: 'Two officials told Reuters the vote was close. The minister said in a statement to parliament that the plan would go ahead.',
      find: { 'plan would go ahead': { via: null } },
    },
    {
      rule: 'reads "…, the newspaper said, citing NAME" as the cited source, relayed by the newspaper named before',
      text: 'Lars Ek told the newspaper Nordposten that the mill would close. The mill will close in June, the newspaper said, citing union officials.',
      find: { 'close in June': { source: 'union officials', sourceType: 'anonymous', via: 'Nordposten' } },
    },
    {
      rule: 'reads a headline\'s "tells paper" as relayed by the newspaper the body names',
      text: 'Minister tells paper hospitals are short of staff\n\nATHENS — The health minister, Eleni Sava, told the newspaper Proino that hospitals were short of 2,000 nurses.',
      find: { 'short of staff': { source: 'Eleni Sava', via: 'Proino' } },
    },
    {
      rule: 'leaves "told the magazine" without a relay when the article has named no outlet',
      text: 'The club will appeal the ban, Mia Holm told the magazine.',
      first: { source: 'Mia Holm', via: null },
    },
  ])('$rule', expectClaims);
});
