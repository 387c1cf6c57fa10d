import { claimsOf, expectOffsets, find } from './claims.spec-helper';

// More attribution forms, each in sentences written for this test (not taken from the fixtures).

describe('extract: cues without "that"', () => {
  it('reads a bare clause after verbs that usually take "that" ("admitted his side had been outplayed")', () => {
    const sut = claimsOf('Coach Dana Whitlock admitted her team had been second best all afternoon.');
    expect(sut).toEqual([
      expect.objectContaining({
        source: 'Dana Whitlock',
        cue: 'admitted',
        content: 'her team had been second best all afternoon',
      }),
    ]);
  });

  it('does not read a plain object as a claim ("stressed the need for calm")', () => {
    expect(claimsOf('The mayor stressed the need for calm after the protest.')).toEqual([]);
  });

  it('reads "told <outlet> <clause>" with no "that" and keeps the outlet as via', () => {
    const sut = claimsOf('Farm leader Ivo Marek told the BBC the harvest was the worst since 1976.');
    expect(find(sut, 'harvest was the worst')).toMatchObject({ source: 'Ivo Marek', via: 'BBC', cue: 'told' });
  });

  it('keeps "The" in an outlet written with it, and passes it to a continued quote', () => {
    const text = '“We will not sign,” Senator Rosa Beltrán told The Associated Press. “Not this year.”';
    const sut = claimsOf(text);
    expect(find(sut, 'We will not sign')).toMatchObject({
      source: 'Rosa Beltrán',
      via: 'The Associated Press',
      quote: 'direct',
    });
    expect(find(sut, 'Not this year')).toMatchObject({ source: 'Rosa Beltrán', via: 'The Associated Press' });
    expectOffsets(text, sut);
  });

  it('reads plural subjects with the base form ("Critics argue that ...")', () => {
    expect(claimsOf('Critics argue that the new toll will push lorries onto village roads.')[0]).toMatchObject({
      source: 'Critics',
      cue: 'argue',
    });
  });
});

describe('extract: attributions around the claim', () => {
  it('strips a participle opener from the subject and takes its relay ("Speaking to Reuters, he said")', () => {
    const text =
      'Port chief Lena Sørby opened the new terminal. Speaking to Reuters, she said cargo volumes would double by 2030.';
    expect(find(claimsOf(text), 'cargo volumes would double')).toMatchObject({ source: 'Lena Sørby', via: 'Reuters' });
  });

  it('gives a trailing attribution and its participle the same speaker ("C, X said, warning that W")', () => {
    const text =
      'Rents in the city rose 9 percent last year, the housing agency said on Friday, warning that supply would stay tight.';
    const sut = claimsOf(text);
    expect(find(sut, 'Rents in the city rose')).toMatchObject({ source: 'housing agency', cue: 'said' });
    expect(find(sut, 'supply would stay tight')).toMatchObject({ source: 'housing agency', cue: 'warning' });
    expect(find(sut, 'Rents in the city rose')!.content).not.toContain('warning');
  });

  it('reads "C, X told <outlet>, in a move that ..." and leaves the appendix out', () => {
    const text =
      'The ministry will cut fuel subsidies in June, two officials told Bloomberg, in a move that could anger farmers.';
    expect(claimsOf(text)[0]).toMatchObject({
      sourceType: 'anonymous',
      via: 'Bloomberg',
      content: 'The ministry will cut fuel subsidies in June',
    });
  });

  it('reads auxiliaries before the cue as part of it ("has repeatedly said")', () => {
    const sut = claimsOf('Commissioner Aino Virtanen has repeatedly said the bloc does not want a trade war.');
    expect(sut[0]).toMatchObject({ source: 'Aino Virtanen', content: 'the bloc does not want a trade war' });
  });

  it('treats long-held views as background, not a claim ("have long argued")', () => {
    expect(claimsOf('Economists have long argued that the tax is too low.')).toEqual([]);
  });

  it('takes the outlet that saw a document as the relay ("in an email to staff, seen by X, that ...")', () => {
    const sut = claimsOf(
      'Chief executive Ravi Menon said in a memo to staff, seen by Politico, that 300 jobs would go.',
    );
    expect(sut[0]).toMatchObject({ source: 'Ravi Menon', via: 'Politico', content: '300 jobs would go' });
  });

  it('reads a wire dateline with a date and a hyphen as no part of the claim', () => {
    const text = 'OSLO, May 4 (Reuters) - Norway will raise its wealth fund spending cap, two sources said.';
    expect(claimsOf(text)[0].content).toBe('Norway will raise its wealth fund spending cap');
  });

  it('reads a speaker with titles and an abbreviation after a quote', () => {
    const text =
      '“The virus is spreading faster than last winter,” the agency’s chief scientist, Dr. Mei Okafor, said in a video statement.';
    expect(claimsOf(text)[0]).toMatchObject({ source: 'Mei Okafor', quote: 'direct' });
  });

  it('reads what something was described as ("describing it as “…”")', () => {
    const text = 'Novak said the deal was fair, describing it as “the best we could get.”';
    const sut = claimsOf(text);
    expect(find(sut, 'best we could get')).toMatchObject({ cue: 'describing', quote: 'mixed' });
    expect(find(sut, 'the deal was fair')!.content).not.toContain('describing');
  });
});

describe('extract: sources', () => {
  it('types an account with no person behind it as social, with its platform as via', () => {
    const text =
      'A pro-government Telegram channel claimed that the dam had been mined.\nThe account @BorderWatch posted that two lorries had crossed at night.';
    const sut = claimsOf(text);
    expect(find(sut, 'dam had been mined')).toMatchObject({ sourceType: 'social', via: 'Telegram' });
    expect(find(sut, 'two lorries had crossed')).toMatchObject({ source: '@BorderWatch', sourceType: 'social' });
  });

  it('keeps sources who asked not to be named anonymous', () => {
    const text = 'A nurse at the clinic, who asked not to be named, said supplies would run out within days.';
    expect(claimsOf(text)[0]).toMatchObject({ sourceType: 'anonymous' });
  });

  it('reads a place after a speaker as where it is, not who it is ("a court in Izmir")', () => {
    const sut = claimsOf('A court in Izmir on Monday ruled that the dismissals were unlawful.');
    expect(sut[0]).toMatchObject({ source: 'court in Izmir', cue: 'ruled', content: 'the dismissals were unlawful' });
  });

  it('names a document by its journal, and resolves "the study" to it later', () => {
    const text =
      'Bees avoid fields sprayed with the pesticide, according to a study published on Tuesday in the journal Insect Ecology.\nThe study also suggests that hives near sprayed fields produce less honey.';
    const sut = claimsOf(text);
    expect(find(sut, 'Bees avoid fields')).toMatchObject({ source: 'Insect Ecology', sourceType: 'document' });
    expect(find(sut, 'hives near sprayed fields')).toMatchObject({ source: 'Insect Ecology', sourceType: 'document' });
  });

  it('resolves "he" to the person just made the subject, not the last one quoted', () => {
    const text =
      '“We are ready,” union leader Ana Ruiz said.\nLabour Minister Tomas Hale urged both sides to talk. “Nobody wins from a strike,” he said.';
    expect(find(claimsOf(text), 'Nobody wins')).toMatchObject({ source: 'Tomas Hale' });
  });

  it('reads the subject of a subordinate clause ("Shares fell after the company said ...")', () => {
    const text = 'Shares in Kestrel fell 9 percent on Monday after the company said demand for its drones had slowed.';
    expect(claimsOf(text)[0]).toMatchObject({
      source: 'Kestrel',
      sourceType: 'organization',
      content: 'demand for its drones had slowed',
    });
  });

  it('drops a claim whose pronoun has no one to refer to', () => {
    expect(claimsOf('It said the talks had failed.')).toEqual([]);
  });

  it('resolves "the company" to a one-word name introduced with a description', () => {
    const text = 'Vantora, a battery startup based in Lyon, has raised 90 million euros, the company said on Monday.';
    expect(claimsOf(text)[0]).toMatchObject({ source: 'Vantora', sourceType: 'organization' });
  });

  it('gives a participle after a direct quote to the quoted speaker', () => {
    const text = '“We broke no rules,” the ferry operator said in a statement, adding that it would help the inquiry.';
    expect(find(claimsOf(text), 'help the inquiry')).toMatchObject({ source: 'ferry operator', cue: 'adding' });
  });

  it('reads "her" before a cue as an object ("people close to her said"), and an unnamed aide as anonymous', () => {
    const sut = claimsOf(
      'The judge will step down next month, people close to her said.\nThe mayor vetoed the budget, an aide to the mayor said.',
    );
    expect(find(sut, 'step down')).toMatchObject({ source: 'people close to her', sourceType: 'anonymous' });
    expect(find(sut, 'vetoed the budget')).toMatchObject({ sourceType: 'anonymous' });
  });

  it('does not take "the company" for the public body quoted just before it', () => {
    const text =
      'The transport ministry said the tender had been fair.\nThe company denied the allegations, saying it had followed every rule.';
    const sut = claimsOf(text);
    expect(find(sut, 'tender had been fair')).toMatchObject({ source: 'transport ministry' });
    expect(find(sut, 'followed every rule')?.source).not.toMatch(/ministry/i);
  });

  it('reads the relay of a source "quoted by" or "cited by" an outlet in an insertion', () => {
    const text =
      'An official close to the talks, quoted by the Financial Times, said a deal could come on Friday.\nTwo aides, cited by Politico, said the vote would slip.';
    const sut = claimsOf(text);
    expect(find(sut, 'deal could come')).toMatchObject({
      source: 'official close to the talks',
      sourceType: 'anonymous',
      via: 'Financial Times',
    });
    expect(find(sut, 'vote would slip')).toMatchObject({ via: 'Politico' });
  });

  it('knows an outlet listed with "The" when the text writes "the Guardian", not "the National Guard"', () => {
    const relayed = claimsOf('Mayor Ines Duval said the bridge would reopen in May, the Guardian reported.');
    expect(relayed[0]).toMatchObject({ source: 'Ines Duval', via: 'Guardian' });
    const guard = claimsOf('The National Guard said the roads were closed.');
    expect(guard[0]).toMatchObject({ sourceType: 'organization' });
  });

  it('takes "the company" for the firm the article quoted, past a ministry quoted since', () => {
    const text =
      'Brellox said its new plant would open in May.\nThe labour ministry said inspections would continue.\nThe company said it expected no delays.';
    const sut = claimsOf(text);
    expect(find(sut, 'expected no delays')).toMatchObject({ source: 'Brellox', sourceType: 'organization' });
    expect(find(sut, 'inspections would continue')).toMatchObject({ source: 'labour ministry' });
  });
});

describe('extract: junk input', () => {
  it.each([
    ['one 200,000-character token', 'x'.repeat(200_000)],
    ['200,000 cue words and no punctuation', 'said '.repeat(200_000)],
    ['an unclosed quote before every clause', '“He said that the plan works '.repeat(20_000)],
  ])('completes on %s and keeps the offsets right', (_label, text) => {
    const sut = claimsOf(text);
    expectOffsets(text, sut.slice(0, 100));
  });
});
