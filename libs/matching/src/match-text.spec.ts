import { blockingWords, figuresAgree, matchText as sut } from './match-text';

/** pg_trgm's idea of a word's trigrams: each word padded with two spaces before and one after. */
const trigrams = (text: string) => {
  const grams = new Set<string>();
  for (const word of text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)) {
    const padded = `  ${word} `;
    for (let at = 0; at + 3 <= padded.length; at += 1) grams.add(padded.slice(at, at + 3));
  }
  return grams;
};
const similarity = (a: string, b: string) => {
  const left = trigrams(a);
  const right = trigrams(b);
  const shared = [...left].filter((gram) => right.has(gram)).length;
  return shared / (left.size + right.size - shared);
};

describe('matchText', () => {
  it.each([
    ['case', 'The Interior Ministry Recorded 40 Arrests', 'the interior ministry recorded 40 arrests'],
    ['diacritics', 'Exports to Türkiye fell', 'Exports to Turkiye fell'],
    [
      'quotes and dashes',
      '\u201Ca \u2018temporary\u2019 measure\u201D \u2014 for now',
      '"a \'temporary\' measure" - for now',
    ],
    ['punctuation', 'Wheat, maize and rice; all rose!', 'wheat maize and rice all rose'],
    ['number words', 'five ministries and twenty-three agencies', '5 ministries and 23 agencies'],
    ['per cent', 'unemployment rose by 3.5 per cent', 'unemployment rose by 3.5%'],
    ['scale abbreviations', 'a $1.2bn loan', 'a $1.2 billion loan'],
    ['possessives', "the ministry's budget", 'the ministry budget'],
  ])('gives one text to variants in %s', (_, variant, original) => {
    expect(sut(variant)).toBe(sut(original));
  });

  it('keeps the point and separators inside numbers, and drops punctuation around them', () => {
    expect(sut('Spending rose 3.5%, to 1,200 million.')).toBe('spending rose 3.5 percent 1,200 million');
  });

  it('leaves out function words but keeps negations and comparisons', () => {
    expect(sut('The army will not send more of its troops to the north')).toBe('army not send more troops north');
    expect(sut('3.5')).not.toBe(sut('35'));
  });

  it('keeps currencies apart after dropping their signs', () => {
    expect(sut('$40 million')).toBe('usd 40 million');
    expect(sut('€40 million')).not.toBe(sut('$40 million'));
  });

  it('brings two rewordings of one claim closer', () => {
    const reported =
      'Officials said nearly TWELVE per cent of the 2,400 clinics had closed \u2014 \u201Ca record\u201D.';
    const relayed = 'officials said nearly 12% of the 2,400 clinics had closed, a record';
    expect(similarity(sut(reported), sut(relayed))).toBe(1);
    expect(similarity(sut(reported), sut(relayed))).toBeGreaterThan(similarity(reported, relayed));
  });

  it('returns an empty text for content without letters or digits', () => {
    expect(sut(' \u2014 !? ')).toBe('');
  });
});

describe('figuresAgree', () => {
  it.each([
    ['turkiye will supply 200 vehicles', 'turkiye will supply 300 vehicles', false],
    ['exports fell 18 percent to 2.4 billion', 'exports fell 18 percent to 2.4 billion in march', true],
    ['turkiye plans to supply syria', 'in 2025 turkiye plans to supply syria', true],
    ['no figures here', 'none here either', true],
    ['12 percent of 2,400 clinics', '12 percent of 2,500 clinics', false],
  ])('%s / %s -> %s', (a, b, expected) => {
    expect(figuresAgree(a, b)).toBe(expected);
    expect(figuresAgree(b, a)).toBe(expected);
  });
});

describe('blockingWords', () => {
  it('takes the longest distinct words, longest first, without figures or short words', () => {
    expect(blockingWords('turkiye plans supply syria armoured vehicles 2,400 drones supply coordination', 3)).toEqual([
      'coordination',
      'armoured',
      'vehicles',
    ]);
    expect(blockingWords('army not 12 go')).toEqual(['army']);
    expect(blockingWords('')).toEqual([]);
  });
});
