import { type ClaimCase, claimsOf, expectClaims, expectOffsets } from './claims.spec-helper';

// More attribution forms, each in sentences written for this test (not taken from the fixtures).

describe('extract: cues without "that"', () => {
  it.each<ClaimCase>([
    {
      rule: 'reads a bare clause after verbs that usually take "that" ("admitted his side had been outplayed")',
      text: 'Coach Dana Whitlock admitted her team had been second best all afternoon.',
      claims: [{ source: 'Dana Whitlock', cue: 'admitted', content: 'her team had been second best all afternoon' }],
    },
    {
      rule: 'does not read a plain object as a claim ("stressed the need for calm")',
      text: 'The mayor stressed the need for calm after the protest.',
      claims: [],
    },
    {
      rule: 'reads "told <outlet> <clause>" with no "that" and keeps the outlet as via',
      text: 'Farm leader Ivo Marek told the BBC the harvest was the worst since 1976.',
      find: { 'harvest was the worst': { source: 'Ivo Marek', via: 'BBC', cue: 'told' } },
    },
    {
      rule: 'keeps "The" in an outlet written with it, and passes it to a continued quote',
      text: '“We will not sign,” Senator Rosa Beltrán told The Associated Press. “Not this year.”',
      find: {
        'We will not sign': { source: 'Rosa Beltrán', via: 'The Associated Press', quote: 'direct' },
        'Not this year': { source: 'Rosa Beltrán', via: 'The Associated Press' },
      },
      offsets: true,
    },
    {
      rule: 'reads plural subjects with the base form ("Critics argue that ...")',
      text: 'Critics argue that the new toll will push lorries onto village roads.',
      first: { source: 'Critics', cue: 'argue' },
    },
  ])('$rule', expectClaims);
});

describe('extract: attributions around the claim', () => {
  it.each<ClaimCase>([
    {
      rule: 'strips a participle opener from the subject and takes its relay ("Speaking to Reuters, he said")',
      text: 'Port chief Lena Sørby opened the new terminal. Speaking to Reuters, she said cargo volumes would double by 2030.',
      find: { 'cargo volumes would double': { source: 'Lena Sørby', via: 'Reuters' } },
    },
    {
      rule: 'gives a trailing attribution and its participle the same speaker ("C, X said, warning that W")',
      text: 'Rents in the city rose 9 percent last year, the housing agency said on Friday, warning that supply would stay tight.',
      find: {
        'Rents in the city rose': {
          source: 'housing agency',
          cue: 'said',
          content: expect.not.stringContaining('warning'),
        },
        'supply would stay tight': { source: 'housing agency', cue: 'warning' },
      },
    },
    {
      rule: 'reads "C, X told <outlet>, in a move that ..." and leaves the appendix out',
      text: 'The ministry will cut fuel subsidies in June, two officials told Bloomberg, in a move that could anger farmers.',
      first: { sourceType: 'anonymous', via: 'Bloomberg', content: 'The ministry will cut fuel subsidies in June' },
    },
    {
      rule: 'reads auxiliaries before the cue as part of it ("has repeatedly said")',
      text: 'Commissioner Aino Virtanen has repeatedly said the bloc does not want a trade war.',
      first: { source: 'Aino Virtanen', content: 'the bloc does not want a trade war' },
    },
    {
      rule: 'treats long-held views as background, not a claim ("have long argued")',
      text: 'Economists have long argued that the tax is too low.',
      claims: [],
    },
    {
      rule: 'takes the outlet that saw a document as the relay ("in an email to staff, seen by X, that ...")',
      text: 'Chief executive Ravi Menon said in a memo to staff, seen by Politico, that 300 jobs would go.',
      first: { source: 'Ravi Menon', via: 'Politico', content: '300 jobs would go' },
    },
    {
      rule: 'reads a wire dateline with a date and a hyphen as no part of the claim',
      text: 'OSLO, May 4 (Reuters) - Norway will raise its wealth fund spending cap, two sources said.',
      first: { content: 'Norway will raise its wealth fund spending cap' },
    },
    {
      rule: 'reads a speaker with titles and an abbreviation after a quote',
      text: '“The virus is spreading faster than last winter,” the agency’s chief scientist, Dr. Mei Okafor, said in a video statement.',
      first: { source: 'Mei Okafor', quote: 'direct' },
    },
    {
      rule: 'reads what something was described as ("describing it as “…”")',
      text: 'Novak said the deal was fair, describing it as “the best we could get.”',
      find: {
        'best we could get': { cue: 'describing', quote: 'mixed' },
        'the deal was fair': { content: expect.not.stringContaining('describing') },
      },
    },
  ])('$rule', expectClaims);
});

describe('extract: sources', () => {
  it.each<ClaimCase>([
    {
      rule: 'types an account with no person behind it as social, with its platform as via',
      text: 'A pro-government Telegram channel claimed that the dam had been mined.\nThe account @BorderWatch posted that two lorries had crossed at night.',
      find: {
        'dam had been mined': { sourceType: 'social', via: 'Telegram' },
        'two lorries had crossed': { source: '@BorderWatch', sourceType: 'social' },
      },
    },
    {
      rule: 'keeps sources who asked not to be named anonymous',
      text: 'A nurse at the clinic, who asked not to be named, said supplies would run out within days.',
      first: { sourceType: 'anonymous' },
    },
    {
      rule: 'reads a place after a speaker as where it is, not who it is ("a court in Izmir")',
      text: 'A court in Izmir on Monday ruled that the dismissals were unlawful.',
      first: { source: 'court in Izmir', cue: 'ruled', content: 'the dismissals were unlawful' },
    },
    {
      rule: 'names a document by its journal, and resolves "the study" to it later',
      text: 'Bees avoid fields sprayed with the pesticide, according to a study published on Tuesday in the journal Insect Ecology.\nThe study also suggests that hives near sprayed fields produce less honey.',
      find: {
        'Bees avoid fields': { source: 'Insect Ecology', sourceType: 'document' },
        'hives near sprayed fields': { source: 'Insect Ecology', sourceType: 'document' },
      },
    },
    {
      rule: 'resolves "he" to the person just made the subject, not the last one quoted',
      text: '“We are ready,” union leader Ana Ruiz said.\nLabour Minister Tomas Hale urged both sides to talk. “Nobody wins from a strike,” he said.',
      find: { 'Nobody wins': { source: 'Tomas Hale' } },
    },
    {
      rule: 'reads the subject of a subordinate clause ("Shares fell after the company said ...")',
      text: 'Shares in Kestrel fell 9 percent on Monday after the company said demand for its drones had slowed.',
      first: { source: 'Kestrel', sourceType: 'organization', content: 'demand for its drones had slowed' },
    },
    { rule: 'drops a claim whose pronoun has no one to refer to', text: 'It said the talks had failed.', claims: [] },
    {
      rule: 'resolves "the company" to a one-word name introduced with a description',
      text: 'Vantora, a battery startup based in Lyon, has raised 90 million euros, the company said on Monday.',
      first: { source: 'Vantora', sourceType: 'organization' },
    },
    {
      rule: 'gives a participle after a direct quote to the quoted speaker',
      text: '“We broke no rules,” the ferry operator said in a statement, adding that it would help the inquiry.',
      find: { 'help the inquiry': { source: 'ferry operator', cue: 'adding' } },
    },
    {
      rule: 'reads "her" before a cue as an object ("people close to her said"), and an unnamed aide as anonymous',
      text: 'The judge will step down next month, people close to her said.\nThe mayor vetoed the budget, an aide to the mayor said.',
      find: {
        'step down': { source: 'people close to her', sourceType: 'anonymous' },
        'vetoed the budget': { sourceType: 'anonymous' },
      },
    },
    {
      rule: 'does not take "the company" for the public body quoted just before it',
      text: 'The transport ministry said the tender had been fair.\nThe company denied the allegations, saying it had followed every rule.',
      find: {
        'tender had been fair': { source: 'transport ministry' },
        'followed every rule': { source: expect.not.stringMatching(/ministry/i) },
      },
    },
    {
      rule: 'reads the relay of a source "quoted by" or "cited by" an outlet in an insertion',
      text: 'An official close to the talks, quoted by the Financial Times, said a deal could come on Friday.\nTwo aides, cited by Politico, said the vote would slip.',
      find: {
        'deal could come': { source: 'official close to the talks', sourceType: 'anonymous', via: 'Financial Times' },
        'vote would slip': { via: 'Politico' },
      },
    },
    {
      rule: 'knows an outlet listed with "The" when the text writes "the Guardian"',
      text: 'Mayor Ines Duval said the bridge would reopen in May, the Guardian reported.',
      first: { source: 'Ines Duval', via: 'Guardian' },
    },
    {
      rule: 'knows no outlet in "the National Guard", though "The Guardian" is listed',
      text: 'The National Guard said the roads were closed.',
      first: { sourceType: 'organization' },
    },
    {
      rule: 'takes "the company" for the firm the article quoted, past a ministry quoted since',
      text: 'Brellox said its new plant would open in May.\nThe labour ministry said inspections would continue.\nThe company said it expected no delays.',
      find: {
        'expected no delays': { source: 'Brellox', sourceType: 'organization' },
        'inspections would continue': { source: 'labour ministry' },
      },
    },
  ])('$rule', expectClaims);
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
