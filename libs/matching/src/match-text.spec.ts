import { blockingTerms, distinctiveFigures, matchTerms, matchText as sut } from './match-text';

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
    ['a dozen', 'a dozen officials', '12 officials'],
    ['possessives', "the ministry's budget", 'the ministry budget'],
    ['negations', 'No flights were cancelled', 'not flights were cancelled'],
    ['"cannot"', 'a strike cannot be excluded', "a strike can't be excluded"],
  ])('gives one text to variants in %s', (_, variant, original) => {
    expect(sut(variant)).toBe(sut(original));
  });

  it('keeps the point and separators inside numbers, and drops punctuation around them', () => {
    expect(sut('Spending rose 3.5%, to 1,200 million.')).toBe('spending rise 3.5 percent 1,200 million');
  });

  it('leaves out function words but keeps negations and comparisons', () => {
    expect(sut('The army will not send more of its troops to the north')).toBe('army not supply more troop north');
    expect(sut('3.5')).not.toBe(sut('35'));
    expect(sut('I don’t talk about it; we won’t sell')).toBe('not talk not sell');
  });

  it('keeps currencies apart after dropping their signs', () => {
    expect(sut('$40 million')).toBe('usd 40 million');
    expect(sut('€40 million')).not.toBe(sut('$40 million'));
  });

  it.each([
    ['agreed a £60m fee', 'agreed a £60 million fee'],
    ['a $2.5m grant', 'a $2.5 million grant'],
  ])('reads "m" after an amount of money as million: "%s" / "%s"', (short, long) => {
    expect(sut(short)).toBe(sut(long));
  });

  it.each([
    ['a 60m tower', 'a 60 million tower'],
    ['won the 100m hurdles', 'won the 100 million hurdles'],
    ['a 300 m drop', 'a 300 million drop'],
  ])('leaves "m" after a bare number alone where it may be metres: "%s" / "%s"', (metres, millions) => {
    expect(sut(metres)).not.toBe(sut(millions));
  });

  it.each([
    ['the field holds 28m tonnes of ore', 'the field holds 28 million tonnes of ore'],
    ['4.5m people had voted', '4.5 million people had voted'],
  ])('reads "m" on a number before what it counts as million: "%s" / "%s"', (short, long) => {
    expect(sut(short)).toBe(sut(long));
  });

  it.each([
    ['a profit of 640 million pounds', 'a profit of £640m'],
    ['fines of 2.4 billion euros', 'fines of €2.4bn'],
    ['fines of 2.4bn euros', 'fines of €2.4bn'],
    ['it raised 30 dollars a share', 'it raised $30 a share'],
  ])('reads a currency named after an amount as its sign: "%s" / "%s"', (named, signed) => {
    expect(new Set(sut(named).split(' '))).toEqual(new Set(sut(signed).split(' ')));
  });

  it('keeps a currency name that follows no amount a word', () => {
    expect(sut('the pound fell against the euro')).toBe('pound fall against euro');
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

describe('matchTerms and blockingTerms', () => {
  it('holds every word of three letters or more and every figure, once', () => {
    expect(matchTerms('eu gas supply 2.1 million gas 12 percent')).toEqual([
      'gas',
      'supply',
      '2.1',
      'million',
      '12',
      'percent',
    ]);
  });

  it('looks up the longest words and the longest figures, longest first', () => {
    const text = 'turkiye plan supply syria armored vehicle 2,400 drone supply coordination 2.1 2025 12';
    expect(blockingTerms(text, 3, 2)).toEqual(['coordination', 'armored', 'turkiye', '2,400', '2025']);
    expect(blockingTerms('army not 12 go')).toEqual(['army', 'not', '12']);
    expect(blockingTerms('')).toEqual([]);
  });

  it.each([
    ['a count with a thousands separator', '40,000 member take part', ['40,000']],
    ['a decimal', 'port handle 2.1 million container', ['2.1']],
    ['not a plain number, a year or a word', '900 firefighter 2025 battle blaze', []],
  ])('looks up alone %s', (_, text, expected) => {
    expect(distinctiveFigures(text)).toEqual(expected);
  });
});

describe('base forms', () => {
  it('meets tenses, plurals, British spellings and synonyms', () => {
    expect(sut('Turkey supplied armoured vehicles')).toBe(sut('Turkey supplies armored vehicles'));
    expect(sut('the plan covers training')).toBe(sut('the plan includes training'));
    expect(sut('exports rose 4%')).toBe(sut('exports climbed 4 percent'));
    expect(sut('exports rose 4%')).not.toBe(sut('exports fell 4 percent'));
  });

  it.each([
    ['shoppers are coming back to the high street', 'shoppers are returning to the high street'],
    ['the wind farm will come online in May', 'the wind farm will start in May'],
    ['the syrup was taken off the market', 'the syrup was withdrawn'],
    ['crews battled the blaze', 'crews are fighting the fire'],
    ['nearly 300 homes', 'around 300 homes'],
    ['the levy breached the trade treaty', 'the levy violated the trade treaty'],
    ['the merger infringes competition rules', 'the merger breaches competition rules'],
    ['ballots from 40 villages were lost', 'votes from 40 villages were lost'],
  ])('meets a rewording: "%s" / "%s"', (one, other) => {
    expect(sut(one)).toBe(sut(other));
  });

  it.each([
    ['Swiss glaciers', 'Switzerland’s glaciers'],
    ['12 Belarusian officials', '12 Belarus officials'],
    ['Turkish drones', 'Türkiye drones'],
    ['Turkey supplies drones', 'Türkiye supplies drones'],
    ['Ankara will arm Damascus', 'Türkiye will arm Syria'],
    ['Moscow denied the report', 'Russia denied the report'],
  ])('writes a country for its adjective, its people or its capital: "%s" / "%s"', (adjective, country) => {
    expect(sut(adjective)).toBe(sut(country));
  });
});
