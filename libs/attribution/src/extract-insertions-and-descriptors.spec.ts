import { type ClaimCase, expectClaims } from './claims.spec-helper';

// Speakers set inside a clause, described outlets and described organisations, each in sentences written for this test.

describe('extract: speakers inside and after a clause', () => {
  it.each<ClaimCase>([
    {
      rule: 'reads a headline claim after a comma ("Miners down tools, union says C")',
      text: 'Bus drivers in Lyon stop work, union says pay offer is an insult\nThe transport union said on Monday that drivers would strike.',
      find: { 'pay offer': { source: 'transport union', cue: 'says', content: 'pay offer is an insult' } },
    },
    {
      rule: 'reads the subject of a clause after an opening subordinate clause',
      text: 'When the last ballots were counted, the election board said turnout had reached 64 percent.',
      claims: [{ source: 'election board', content: 'turnout had reached 64 percent' }],
    },
    {
      rule: 'reads a speaker and cue set between a subject and its verb ("The plan, the minister said, will ...")',
      text:
        'The water board, Aqualis, said on Monday that reserves were low. The ban, it said, would last until the autumn rains.\n' +
        'The new bridge, the mayor said on Friday, will open to cyclists first.',
      find: {
        'until the autumn': { source: 'Aqualis', cue: 'said', content: 'would last until the autumn rains' },
        cyclists: { source: 'mayor', content: 'will open to cyclists first' },
      },
    },
    {
      rule: 'reads a one-name speaker after a relative clause, and gives the speaker the quote that follows',
      text:
        'Fisheries Minister Ola Berg visited the harbour. A trawler captain who would give only his first name, Nils, said the catches had halved. ' +
        '“We cannot live on this,” he said.',
      find: {
        'catches had halved': { source: 'Nils', sourceType: 'person' },
        'live on this': { source: 'Nils', quote: 'direct' },
      },
    },
    {
      rule: 'reads a headline speaker after "as", and one whose "and" the headline leaves out',
      text:
        'Farmers protest as minister says subsidies will end\nOrtiva opens its first plant, says output will double\n' +
        'Agriculture Minister Jonas Pell said on Monday that the subsidies would end in 2027. Ortiva said output would double.',
      find: {
        'subsidies will end': { source: 'Jonas Pell', content: 'subsidies will end' },
        'output will double': { source: 'Ortiva', content: 'output will double' },
      },
    },
    {
      rule: 'ends a claim made in an opening subordinate clause where the main clause begins',
      text: 'Senator Rui Lobo spoke first. When Lobo accused the cabinet of “hiding the figures”, the chair, Vera Mott, cut off his microphone.',
      claims: [{ source: 'Rui Lobo', cue: 'accused', content: 'the cabinet of “hiding the figures”' }],
    },
    {
      rule: 'reads a coordinated subject with an apposition ("but its finance chief, Ivo Hahn, said")',
      text: 'The bank gave no forecast, but its finance chief, Ivo Hahn, said on a call that margins would recover.',
      first: { source: 'Ivo Hahn', content: 'margins would recover' },
    },
    {
      rule: 'does not read a number with a comma as the end of an insertion, nor a clause after "said" as its speaker',
      text: 'In a letter read to the court, Mara Lind, whose shop lost 48,000 euros, said the family had sold their home.',
      claims: [{ source: 'Mara Lind', sourceType: 'person', content: 'the family had sold their home' }],
    },
    {
      rule: 'does not take a sentence opener for a name ("Later, the defence minister said")',
      text: 'Defence Minister Petra Lind opened the base on Monday. Later, the defence minister said two more bases would follow.',
      first: { source: 'Petra Lind', content: 'two more bases would follow' },
    },
  ])('$rule', expectClaims);
});

describe('extract: described outlets and organisations', () => {
  it.each<ClaimCase>([
    {
      rule: 'takes the outlet after a descriptor that saw a document as the relay ("seen by the Dutch daily NRC")',
      text: 'In a letter to staff seen by the Dutch daily Trouw, chief executive Anouk Smit wrote that the plant would close in May.',
      first: { source: 'Anouk Smit', via: 'Trouw', content: 'the plant would close in May' },
    },
    {
      rule: 'takes a broadcaster named after "the radio station" or "the broadcaster", numbers included, as the relay',
      text:
        'Mayor Ines Vidal spoke after the flood. Speaking on the radio station Onda 4, she said the dykes had held.\n' +
        'Minister Paul Dorn told the German broadcaster Kanal 9 that the road would reopen on Sunday.',
      find: {
        'dykes had held': { source: 'Ines Vidal', via: 'Onda 4' },
        'road would reopen': { source: 'Paul Dorn', via: 'Kanal 9' },
      },
    },
    {
      rule: 'resolves "told the agency" to the outlet named before, and reads a station of a listed outlet whole',
      text:
        'Shops in the port were boarded up, Reuters reported. “We have seen this before,” trader Ali Musa told the agency.\n' +
        'Inspector Jo Grant told BBC Radio Kent that the school would stay shut.',
      find: {
        'seen this before': { source: 'Ali Musa', via: 'Reuters' },
        'school would stay shut': { via: 'BBC Radio Kent' },
      },
    },
    {
      rule: 'reads the outlet after "the news portal" and a source named after "according to her publisher,"',
      text: 'Coach Emil Roth told the news portal Sportal that he would stay.\nThe book has sold a million copies, according to her publisher, Lindqvist.',
      find: { 'he would stay': { via: 'Sportal' }, 'million copies': { source: 'Lindqvist' } },
    },
    {
      rule: 'does not take a trailing attribution after a place for a description of the place',
      text: 'Vexa, the Danish toy maker, opened a store on Monday.\nThe set will cost 90 dollars in the United States, the company said.',
      first: { source: 'Vexa', content: 'The set will cost 90 dollars in the United States' },
    },
    {
      rule: 'gives a quote resumed after its attribution to the same speaker, and a quote followed by a quoted heckle',
      text:
        'Minister Lea Holm rose to speak. “We will not back down,” she said, “because the law is clear.”\n' +
        '“This bill is a disaster,” said Otto Brand, to cries of “Nonsense!” from the benches.',
      find: {
        'back down': { source: 'Lea Holm', quote: 'direct' },
        'the law is clear': { source: 'Lea Holm', quote: 'direct' },
        disaster: { source: 'Otto Brand' },
      },
    },
    {
      rule: 'reads a study named between the cue and its "that"',
      text: 'Researchers at the Polar Institute estimated in a study published on Monday that the ice shelf would collapse by 2040.',
      first: { cue: 'estimated', content: 'the ice shelf would collapse by 2040' },
    },
    {
      rule: 'does not give a described ministry the name of another ministry quoted before',
      text: 'The finance ministry said tax receipts had risen. Rail services will resume on Monday, according to the transport ministry.',
      find: { 'Rail services': { source: 'transport ministry' } },
    },
    {
      rule: 'gives a trade ("the carrier", "the Swedish airline") to the company the claim opens on, when none was named before',
      text: 'Polar Wings Airlines will lease six turboprops from a Dutch lessor, the carrier said. Brenvik Foods has agreed to close its Aarhus dairy, the Danish food maker said.',
      find: {
        'six turboprops': { source: 'Polar Wings Airlines', sourceType: 'organization' },
        'Aarhus dairy': { source: 'Brenvik Foods', sourceType: 'organization' },
      },
    },
    {
      rule: 'does not give a public body to the country its claim opens on ("West Norway will …, the ministry said")',
      text: 'West Norway will double its gas exports by 2030, the ministry said.',
      find: { 'double its gas exports': { source: 'ministry' } },
    },
  ])('$rule', expectClaims);
});
