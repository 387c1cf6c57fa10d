import { extract } from './extract';
import { claimsOf, expectOffsets, find } from './claims.spec-helper';

describe('extract: reported speech forms', () => {
  it('reads "X said (that) ..." with and without that', () => {
    const text =
      'Port director Elena Varga said that container traffic fell sharply in March. Varga said the new cranes would arrive in May.';
    const sut = claimsOf(text);
    expect(find(sut, 'container traffic fell')).toMatchObject({
      source: 'Elena Varga',
      sourceType: 'person',
      cue: 'said',
      quote: 'indirect',
      via: null,
    });
    expect(find(sut, 'new cranes would arrive')).toMatchObject({ source: 'Elena Varga' });
    expectOffsets(text, sut);
  });

  it('reads trailing attributions: "..., X said." and "..., said X, title of Y"', () => {
    const text =
      'The harbour will close for two weeks of repairs, the city engineer Tomas Lind said on Friday.\n“We have no other choice,” said Ruth Okafor, director of the port authority.';
    const sut = claimsOf(text);
    expect(find(sut, 'harbour will close')).toMatchObject({ source: 'Tomas Lind', sourceType: 'person' });
    expect(find(sut, 'no other choice')).toMatchObject({ source: 'Ruth Okafor', quote: 'direct', cue: 'said' });
  });

  it('takes the relay from "told Reuters" and "told state television NTV"', () => {
    const text =
      'Finance Minister Jana Horak told Reuters that the deficit would narrow next year.\nHorak told state television NTV that pensions would rise by 3 percent.';
    const sut = claimsOf(text);
    expect(find(sut, 'deficit would narrow')).toMatchObject({ source: 'Jana Horak', via: 'Reuters', cue: 'told' });
    expect(find(sut, 'pensions would rise')).toMatchObject({ source: 'Jana Horak', via: 'NTV' });
  });

  it('reads "according to X, ..." and "..., according to X"', () => {
    const text =
      'According to the interior ministry, 40 people were detained overnight.\nThe fire destroyed twelve homes, according to local officials.';
    const sut = claimsOf(text);
    expect(find(sut, '40 people were detained')).toMatchObject({
      source: 'interior ministry',
      cue: 'According to',
      sourceType: 'organization',
    });
    expect(find(sut, 'fire destroyed twelve homes')).toMatchObject({ sourceType: 'anonymous', cue: 'according to' });
  });

  it('treats outlets reporting in their own name as media sources', () => {
    const sut = claimsOf('The Financial Times reported on Tuesday that the merger talks had collapsed.');
    expect(sut).toEqual([
      expect.objectContaining({
        source: 'The Financial Times',
        sourceType: 'media',
        cue: 'reported',
        content: 'the merger talks had collapsed',
      }),
    ]);
  });

  it('attributes statements to the organisation that issued them', () => {
    const sut = claimsOf('In a statement, the Danish Energy Agency said gas storage was 95 percent full.');
    expect(find(sut, 'gas storage was 95 percent full')).toMatchObject({
      source: 'Danish Energy Agency',
      sourceType: 'organization',
    });
  });

  it('keeps a spokesperson as "spokesperson for X" unless named', () => {
    const sut = claimsOf('A spokesman for the airline said that all flights would resume on Sunday.');
    expect(find(sut, 'flights would resume')).toMatchObject({
      source: 'spokesman for the airline',
      sourceType: 'person',
    });
  });

  it('relays anonymous sources: "sources cited by", "citing people familiar", "told Bloomberg"', () => {
    const text = [
      'According to sources cited by Le Monde, the summit will be postponed until autumn.',
      'The Wall Street Journal, citing people familiar with the deal, reported that the bid values the firm at 4 billion dollars.',
      'Two diplomats told Al Jazeera that the ceasefire talks had stalled.',
    ].join('\n');
    const sut = claimsOf(text);
    expect(find(sut, 'summit will be postponed')).toMatchObject({
      source: 'sources',
      sourceType: 'anonymous',
      via: 'Le Monde',
    });
    expect(find(sut, 'bid values the firm')).toMatchObject({
      source: 'people familiar with the deal',
      sourceType: 'anonymous',
      via: 'The Wall Street Journal',
    });
    expect(find(sut, 'ceasefire talks had stalled')).toMatchObject({ sourceType: 'anonymous', via: 'Al Jazeera' });
  });

  it('reads social posts: "wrote on X", "in a post on Telegram"', () => {
    const text =
      'Mayor Ilse Brandt wrote on X that the bridge would reopen on Monday.\nIn a post on Telegram, the regional governor Pavel Orlov said that power had been restored to 8,000 homes.';
    const sut = claimsOf(text);
    expect(find(sut, 'bridge would reopen')).toMatchObject({ source: 'Ilse Brandt', via: 'X', cue: 'wrote' });
    expect(find(sut, 'power had been restored')).toMatchObject({ source: 'Pavel Orlov', via: 'Telegram' });
  });

  it('reads documents: "a report by X found", "court filings show", "data from X showed"', () => {
    const text =
      'A report by the International Energy Agency found that solar capacity doubled in two years.\nCourt documents show that the contractor was paid twice for the same work.';
    const sut = claimsOf(text);
    expect(find(sut, 'solar capacity doubled')).toMatchObject({
      source: 'International Energy Agency',
      sourceType: 'document',
      cue: 'found',
    });
    expect(find(sut, 'contractor was paid twice')).toMatchObject({ sourceType: 'document', cue: 'show' });
  });

  it('splits a quote that continues after the cue into two direct claims of one speaker', () => {
    const text =
      '“The water is safe to drink,” said Dr. Lena Moreau, the city’s health officer. “We test it every day.”';
    const sut = claimsOf(text);
    expect(find(sut, 'safe to drink')).toMatchObject({ source: 'Lena Moreau', quote: 'direct' });
    expect(find(sut, 'test it every day')).toMatchObject({ source: 'Lena Moreau', quote: 'direct' });
    expectOffsets(text, sut);
  });

  it('resolves pronouns and titles to the named person', () => {
    const text =
      'Agriculture Minister Sofia Petrakis said the harvest was the worst in a decade.\nShe added that imports would rise.\n“Prices will stay high,” the minister said.';
    const sut = claimsOf(text);
    expect(find(sut, 'imports would rise')).toMatchObject({ source: 'Sofia Petrakis', cue: 'added' });
    expect(find(sut, 'Prices will stay high')).toMatchObject({ source: 'Sofia Petrakis', quote: 'direct' });
  });

  it('marks partial quotes inside indirect speech as mixed', () => {
    const sut = claimsOf('The coach said his players were “exhausted but proud” after the final.');
    expect(sut[0]).toMatchObject({ quote: 'mixed' });
    expect(sut[0].content).toContain('“exhausted but proud”');
  });

  it('keeps denials, rejections and warnings as claims of the speaker', () => {
    const text =
      'The ministry denied that troops had crossed the border.\nAcme Mining rejected claims that it had polluted the river.\nThe central bank warned that inflation could rise again.';
    const sut = claimsOf(text);
    expect(find(sut, 'troops had crossed')).toMatchObject({ cue: 'denied' });
    expect(find(sut, 'polluted the river')).toMatchObject({ source: 'Acme Mining' });
    expect(find(sut, 'inflation could rise')).toMatchObject({ cue: 'warned' });
  });

  it('handles straight quotes and non-ASCII names', () => {
    const text = '"The reactor is stable," said Zoë Łukasiewicz-Öztürk, the plant\'s chief engineer.';
    expect(claimsOf(text)[0]).toMatchObject({
      source: 'Zoë Łukasiewicz-Öztürk',
      quote: 'direct',
      content: 'The reactor is stable',
    });
  });

  it('reads a headline with a trailing attribution', () => {
    const text =
      'Wheat prices to climb further, traders say\nGrain markets brace for a dry summer\nCHICAGO (Example Wire) — Wheat futures rose for a fifth day.';
    expect(find(claimsOf(text), 'Wheat prices to climb further')).toMatchObject({ source: 'traders', cue: 'say' });
  });
});

describe('extract: what is not a claim', () => {
  it.each([
    ['"that said,"', 'That said, the new line is already late.'],
    ['"the so-called"', 'The so-called green bonds were sold out within hours.'],
    ['"the said contract"', 'The said contract runs until 2030.'],
    ['"as noted above"', 'As noted above, the vote was postponed twice.'],
    ['a rhetorical question', 'Will the new stadium ever be finished?'],
    ['a directive', 'The minister urged residents to stay indoors during the storm.'],
    ['thanks', 'The mayor thanked volunteers for their help during the floods.'],
    ['a refusal to comment', 'The company declined to comment on the report.'],
    ['plain narration', 'The river burst its banks on Sunday, flooding hundreds of homes in the valley.'],
  ])('ignores %s', (_label, text) => {
    expect(claimsOf(text)).toEqual([]);
  });
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

  it('finds nothing in text without attribution', () => {
    expect(
      claimsOf('The museum reopened on Saturday after a two-year renovation. Visitors queued around the block.'),
    ).toEqual([]);
  });
});
