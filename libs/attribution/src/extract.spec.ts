import { extract } from './extract';
import { type ClaimCase, claimsOf, expectClaims, expectOffsets } from './claims.spec-helper';

describe('extract: reported speech forms', () => {
  it.each<ClaimCase>([
    {
      rule: 'reads "X said (that) ..." with and without that',
      text: 'Port director Elena Varga said that container traffic fell sharply in March. Varga said the new cranes would arrive in May.',
      find: {
        'container traffic fell': {
          source: 'Elena Varga',
          sourceType: 'person',
          cue: 'said',
          quote: 'indirect',
          via: null,
        },
        'new cranes would arrive': { source: 'Elena Varga' },
      },
      offsets: true,
    },
    {
      rule: 'reads trailing attributions: "..., X said." and "..., said X, title of Y"',
      text: 'The harbour will close for two weeks of repairs, the city engineer Tomas Lind said on Friday.\n“We have no other choice,” said Ruth Okafor, director of the port authority.',
      find: {
        'harbour will close': { source: 'Tomas Lind', sourceType: 'person' },
        'no other choice': { source: 'Ruth Okafor', quote: 'direct', cue: 'said' },
      },
    },
    {
      rule: 'takes the relay from "told Reuters" and "told state television NTV"',
      text: 'Finance Minister Jana Horak told Reuters that the deficit would narrow next year.\nHorak told state television NTV that pensions would rise by 3 percent.',
      find: {
        'deficit would narrow': { source: 'Jana Horak', via: 'Reuters', cue: 'told' },
        'pensions would rise': { source: 'Jana Horak', via: 'NTV' },
      },
    },
    {
      rule: 'reads "according to X, ..." and "..., according to X"',
      text: 'According to the interior ministry, 40 people were detained overnight.\nThe fire destroyed twelve homes, according to local officials.',
      find: {
        '40 people were detained': { source: 'interior ministry', cue: 'According to', sourceType: 'organization' },
        'fire destroyed twelve homes': { sourceType: 'anonymous', cue: 'according to' },
      },
    },
    {
      rule: 'treats outlets reporting in their own name as media sources',
      text: 'The Financial Times reported on Tuesday that the merger talks had collapsed.',
      claims: [
        {
          source: 'The Financial Times',
          sourceType: 'media',
          cue: 'reported',
          content: 'the merger talks had collapsed',
        },
      ],
    },
    {
      rule: 'attributes statements to the organisation that issued them',
      text: 'In a statement, the Danish Energy Agency said gas storage was 95 percent full.',
      find: { 'gas storage was 95 percent full': { source: 'Danish Energy Agency', sourceType: 'organization' } },
    },
    {
      rule: 'keeps a spokesperson as "spokesperson for X" unless named',
      text: 'A spokesman for the airline said that all flights would resume on Sunday.',
      find: { 'flights would resume': { source: 'spokesman for the airline', sourceType: 'person' } },
    },
    {
      rule: 'relays anonymous sources: "sources cited by", "citing people familiar", "told Bloomberg"',
      text: [
        'According to sources cited by Le Monde, the summit will be postponed until autumn.',
        'The Wall Street Journal, citing people familiar with the deal, reported that the bid values the firm at 4 billion dollars.',
        'Two diplomats told Al Jazeera that the ceasefire talks had stalled.',
      ].join('\n'),
      find: {
        'summit will be postponed': { source: 'sources', sourceType: 'anonymous', via: 'Le Monde' },
        'bid values the firm': {
          source: 'people familiar with the deal',
          sourceType: 'anonymous',
          via: 'The Wall Street Journal',
        },
        'ceasefire talks had stalled': { sourceType: 'anonymous', via: 'Al Jazeera' },
      },
    },
    {
      rule: 'reads social posts: "wrote on X", "in a post on Telegram"',
      text: 'Mayor Ilse Brandt wrote on X that the bridge would reopen on Monday.\nIn a post on Telegram, the regional governor Pavel Orlov said that power had been restored to 8,000 homes.',
      find: {
        'bridge would reopen': { source: 'Ilse Brandt', via: 'X', cue: 'wrote' },
        'power had been restored': { source: 'Pavel Orlov', via: 'Telegram' },
      },
    },
    {
      rule: 'reads documents: "a report by X found", "court filings show", "data from X showed"',
      text: 'A report by the International Energy Agency found that solar capacity doubled in two years.\nCourt documents show that the contractor was paid twice for the same work.',
      find: {
        'solar capacity doubled': { source: 'International Energy Agency', sourceType: 'document', cue: 'found' },
        'contractor was paid twice': { sourceType: 'document', cue: 'show' },
      },
    },
    {
      rule: 'splits a quote that continues after the cue into two direct claims of one speaker',
      text: '“The water is safe to drink,” said Dr. Lena Moreau, the city’s health officer. “We test it every day.”',
      find: {
        'safe to drink': { source: 'Lena Moreau', quote: 'direct' },
        'test it every day': { source: 'Lena Moreau', quote: 'direct' },
      },
      offsets: true,
    },
    {
      rule: 'resolves pronouns and titles to the named person',
      text: 'Agriculture Minister Sofia Petrakis said the harvest was the worst in a decade.\nShe added that imports would rise.\n“Prices will stay high,” the minister said.',
      find: {
        'imports would rise': { source: 'Sofia Petrakis', cue: 'added' },
        'Prices will stay high': { source: 'Sofia Petrakis', quote: 'direct' },
      },
    },
    {
      rule: 'marks partial quotes inside indirect speech as mixed',
      text: 'The coach said his players were “exhausted but proud” after the final.',
      first: { quote: 'mixed', content: expect.stringContaining('“exhausted but proud”') },
    },
    {
      rule: 'keeps denials, rejections and warnings as claims of the speaker',
      text: 'The ministry denied that troops had crossed the border.\nAcme Mining rejected claims that it had polluted the river.\nThe central bank warned that inflation could rise again.',
      find: {
        'troops had crossed': { cue: 'denied' },
        'polluted the river': { source: 'Acme Mining' },
        'inflation could rise': { cue: 'warned' },
      },
    },
    {
      rule: 'handles straight quotes and non-ASCII names',
      text: '"The reactor is stable," said Zoë Łukasiewicz-Öztürk, the plant\'s chief engineer.',
      first: { source: 'Zoë Łukasiewicz-Öztürk', quote: 'direct', content: 'The reactor is stable' },
    },
    {
      rule: 'reads a headline with a trailing attribution',
      text: 'Wheat prices to climb further, traders say\nGrain markets brace for a dry summer\nCHICAGO (Example Wire) — Wheat futures rose for a fifth day.',
      find: { 'Wheat prices to climb further': { source: 'traders', cue: 'say' } },
    },
  ])('$rule', expectClaims);
});

describe('extract: what is not a claim', () => {
  it.each<ClaimCase>([
    { rule: 'ignores "that said,"', text: 'That said, the new line is already late.', claims: [] },
    { rule: 'ignores "the so-called"', text: 'The so-called green bonds were sold out within hours.', claims: [] },
    { rule: 'ignores "the said contract"', text: 'The said contract runs until 2030.', claims: [] },
    { rule: 'ignores "as noted above"', text: 'As noted above, the vote was postponed twice.', claims: [] },
    { rule: 'ignores a rhetorical question', text: 'Will the new stadium ever be finished?', claims: [] },
    { rule: 'ignores a directive', text: 'The minister urged residents to stay indoors during the storm.', claims: [] },
    { rule: 'ignores thanks', text: 'The mayor thanked volunteers for their help during the floods.', claims: [] },
    { rule: 'ignores a refusal to comment', text: 'The company declined to comment on the report.', claims: [] },
    {
      rule: 'ignores plain narration',
      text: 'The river burst its banks on Sunday, flooding hundreds of homes in the valley.',
      claims: [],
    },
    {
      rule: 'finds nothing in text without attribution',
      text: 'The museum reopened on Saturday after a two-year renovation. Visitors queued around the block.',
      claims: [],
    },
  ])('$rule', expectClaims);
});

describe('extract: edges', () => {
  it('returns no claims for empty or blank input', () => {
    expect(extract('')).toEqual({ claims: [] });
    expect(extract('   \n\n  ')).toEqual({ claims: [] });
  });

  it('keeps the offsets invariant and sentence indexes on a long article of many forms', () => {
    const paragraph = [
      'Health Minister Carla Ruiz said that 1,200 new beds would open by June.',
      '“We are ready,” she told reporters in Madrid.',
      'Officials at the treasury told Reuters that the budget would be cut by 2 percent.',
      'Unemployment fell to 6 percent in May, according to data from the national statistics office.',
    ].join(' ');
    const text = Array.from({ length: 30 }, () => paragraph).join('\n');
    const sut = claimsOf(text);
    expect(sut.length).toBeGreaterThanOrEqual(30 * 4);
    expectOffsets(text, sut);
    for (const claim of sut) {
      expect(claim.confidence).toBeGreaterThan(0);
      expect(claim.confidence).toBeLessThanOrEqual(1);
      expect(claim.sentence).toBeGreaterThanOrEqual(0);
    }
  });

  it('survives a 1 MB article and still finds its claims', () => {
    const unit =
      'The regional council said that the new tram line would carry 40,000 passengers a day. Construction began in 2024 and will last three years. ';
    const text = unit.repeat(Math.ceil(1_000_000 / unit.length));
    const sut = claimsOf(text);
    expect(text.length).toBeGreaterThanOrEqual(1_000_000);
    expect(sut.length).toBeGreaterThan(1000);
    expectOffsets(text, sut.slice(0, 50));
  });
});
