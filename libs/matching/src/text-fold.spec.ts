import { foldText as sut } from './text-fold';

describe('foldText', () => {
  it.each([
    ['Türkiye', 'turkiye'],
    ['Kovač', 'kovac'],
    ['Zoë Łukasiewicz', 'zoe lukasiewicz'],
    ['İzmir and Kırıkkale', 'izmir and kirikkale'],
    ['Søren Straße', 'soren strasse'],
    ['ＧＤＰ ｆｅｌｌ ３', 'gdp fell 3'],
  ])('folds %s to %s', (text, folded) => {
    expect(sut(text)).toBe(folded);
  });

  it('unifies apostrophes, double quotes and dashes to their ASCII forms', () => {
    expect(sut('the minister\u2019s \u201Cplan\u201D \u2014 \u00ABfinal\u00BB \u2013 2020\u20132024')).toBe(
      `the minister's "plan" - "final" - 2020-2024`,
    );
  });

  it('keeps other punctuation for the caller to decide', () => {
    expect(sut('Up 3.5%, to $1,200!')).toBe('up 3.5%, to $1,200!');
  });
});
