import { type ClaimCase, expectClaims } from './claims.spec-helper';

// A rounded figure after a bare cue, what follows a trailing attribution, headline findings and forecasts with an
// infinitive, each in sentences written for this test.

describe('extract: rounded figures, continued trailing attributions, findings and forecasts', () => {
  it.each<ClaimCase>([
    {
      rule: 'reads "said about" + a figure as a claim that opens with a rounded number',
      text: 'The fire brigade said about 3,400 homes had been flooded overnight.',
      find: {
        '3,400 homes': { source: 'fire brigade', cue: 'said', content: 'about 3,400 homes had been flooded overnight' },
      },
    },
    {
      rule: 'reads "says about" + a spelt-out share as a claim ("about half", "about a third")',
      text:
        'The airline says about half of its pilots are on sick leave.\n' +
        'The hospital trust said about a third of its beds were taken by flu patients.',
      find: {
        'half of its pilots': { source: 'airline', content: 'about half of its pilots are on sick leave' },
        'a third of its beds': {
          source: 'hospital trust',
          content: 'about a third of its beds were taken by flu patients',
        },
      },
    },
    {
      rule: 'still reads "said about" + a topic as no claim',
      text: 'The coach said about the referee that he had no complaints.\nThe minister spoke about the budget for an hour.',
      find: { referee: 'none', budget: 'none' },
    },
    {
      rule: 'reads a trailing attribution followed by ", and W" or ", but W" as the claim before it',
      text:
        'The ferry service will resume on Thursday, the harbour authority said, and the fares will not change.\n' +
        'Two of the pumps were repaired overnight, the water board said, but the third is still broken.',
      find: {
        'ferry service': {
          source: 'harbour authority',
          cue: 'said',
          content: 'The ferry service will resume on Thursday',
        },
        'the fares will': 'none',
        'pumps were repaired': { source: 'water board', content: 'Two of the pumps were repaired overnight' },
      },
    },
    {
      rule: 'gives a cue coordinated after a trailing attribution to its speaker ("C, S said, and added that W")',
      text: 'The museum will close for repairs in June, the city council said, and added that the roof would be replaced.',
      find: {
        'close for repairs': { source: 'city council', content: 'The museum will close for repairs in June' },
        'roof would be replaced': { source: 'city council', cue: 'added' },
      },
    },
    {
      rule: 'reads a trailing "told a news conference" followed by a participle phrase ("…, driven by …")',
      text: 'Exports fell 6 percent in the first quarter, the trade minister told a news conference, hit by weak demand in Europe.',
      find: {
        'Exports fell': {
          source: 'trade minister',
          cue: 'told',
          content: 'Exports fell 6 percent in the first quarter',
        },
      },
    },
    {
      rule: 'reads an -ing word after a possessive as a modifier of the speaker\'s title ("the bank\'s managing director")',
      text:
        "The bank's managing director said the branch, opened in 1998, would close in March.\n" +
        "The union's acting secretary said the talks would resume on Monday.",
      find: {
        'would close in March': {
          source: "bank's managing director",
          content: 'the branch, opened in 1998, would close in March',
        },
        'talks would resume': { source: "union's acting secretary" },
      },
    },
    {
      rule: 'reads a headline\'s present-tense finding cue with a bare noun phrase ("Port reports busiest year")',
      text:
        'Brewer reports record summer sales; new plant due in 2028\n' +
        "Norway's oil fund sees returns above 6% this year\n" +
        'The brewer said sales rose 12 percent. The fund said returns would stay high.',
      find: {
        'record summer sales': { source: 'Brewer', cue: 'reports', content: 'record summer sales' },
        'returns above 6%': { cue: 'sees', content: 'returns above 6% this year' },
      },
    },
    {
      rule: 'still needs a verb after a headline\'s plural noun ("Hospital reports show …" is no finding by "Hospital")',
      text: 'Hospital reports show longer waits\n\nWaiting times rose in every region, the health service said.',
      find: { 'show longer waits': 'none' },
    },
    {
      rule: 'reads a forecast cue with a subject and an infinitive ("expects prices to rise"), cut at "he told reporters"',
      text:
        'The central bank governor expects the currency to recover by the autumn, she told reporters after the meeting.\n' +
        'The airline expects to hire more pilots.',
      find: {
        'currency to recover': {
          source: 'central bank governor',
          cue: 'expects',
          content: 'the currency to recover by the autumn',
        },
        'hire more pilots': 'none',
      },
    },
    {
      rule: 'reads any speaker\'s "put" of a count or a cost at a figure as an estimate, but not of a measurement',
      text:
        'Organisers put the crowd at the final concert at 30,000.\n' +
        'The port authority put the damage to the quay at about 4 million euros.\n' +
        'The weather service put the height of the waves at 9 metres.',
      find: {
        'crowd at the final': { source: 'Organisers', cue: 'put', content: 'the crowd at the final concert at 30,000' },
        'damage to the quay': { source: 'port authority', content: 'the damage to the quay at about 4 million euros' },
        'height of the waves': 'none',
      },
    },
    {
      rule: 'reads a trailing "it said" as the claim\'s own organisation subject; after one that is no organisation, the last one quoted',
      text:
        'The Dutch consulate has closed its visa desk until further notice, it said in a post on X on Friday, citing unrest.\n' +
        'Rents have risen 9 percent this year, it said.',
      find: {
        'closed its visa desk': {
          source: expect.stringContaining('consulate'),
          via: 'X',
          content: 'The Dutch consulate has closed its visa desk until further notice',
        },
        'Rents have risen': { source: 'Dutch consulate' },
      },
    },
    {
      rule: 'reads a trailing "the company" (or its trade) as the claim\'s subject when that subject is a name written mid-sentence too',
      text:
        'Shares in Vexora rose after the news. Vexora will close two of its bakeries in the north next spring, the company said on Tuesday.\n' +
        'Orders for Brontell fell. Brontell is cutting 450 jobs at its plant in Ostrava, the chipmaker says.\n' +
        'Fares on the night trains will rise by a tenth in April, the company said.\n' +
        'Burglars took three laptops from the depot, the firm said.',
      find: {
        'two of its bakeries': {
          source: 'Vexora',
          content: 'Vexora will close two of its bakeries in the north next spring',
        },
        '450 jobs': { source: 'Brontell' },
        'night trains': { source: expect.not.stringMatching(/^Fares/) },
        'three laptops': { source: expect.not.stringMatching(/^Burglars/) },
      },
    },
    {
      rule: 'reads a trailing speaker described first and named after a comma ("C, the mayor of Lund, Anna Berg, said")',
      text: 'The old bridge will close for repairs in May, the mayor of the town of Lund, Anna Berg, said on Monday.',
      find: {
        'old bridge': { source: 'Anna Berg', cue: 'said', content: 'The old bridge will close for repairs in May' },
      },
    },
  ])('$rule', expectClaims);
});
