import { comparisonForms, figures, namedEntities, phraseCounter } from './claim-signals';

describe('figures', () => {
  it('counts digits, number words, percentages and currencies', () => {
    const sut = figures('Exports fell 12% to $2.4 billion, and three ports lost eighteen per cent of traffic');
    expect(sut.found).toEqual(['12', '%', '$', '2.4', 'billion', 'three', 'eighteen', 'per cent']);
  });

  it('does not read "one of" or "no one" as a quantity', () => {
    expect(figures('No one said it was one of the options').count).toBe(0);
  });
});

describe('namedEntities', () => {
  it('finds names of one or several capitalised words and acronyms', () => {
    const sut = namedEntities('Aid from the World Food Programme and the IMF reached Port Sudan via the U.S. Navy.');
    expect(sut.found).toEqual(['World Food Programme', 'IMF', 'Port Sudan', 'U.S.', 'Navy']);
    expect(namedEntities('supplies to Syria against Kurdish militants').found).toEqual(['Syria', 'Kurdish']);
  });

  it('counts a country or a people that opens the sentence', () => {
    expect(namedEntities('Türkiye plans to supply drones').found).toEqual(['Türkiye']);
    expect(namedEntities('Officials plan to supply drones').count).toBe(0);
  });

  it('keeps particles inside a name and drops them at its end', () => {
    expect(namedEntities('loans from the Bank of England of the past year').found).toEqual(['Bank of England']);
  });

  it('does not count the word that opens a sentence, months or weekdays', () => {
    expect(namedEntities('Officials met. Prices rose in March and on Monday').count).toBe(0);
    expect(namedEntities('The Red Crescent said so').found).toEqual(['Red Crescent']);
  });

  it('ends a name at a comma', () => {
    expect(namedEntities('in Lagos, Abuja and Kano').found).toEqual(['Lagos', 'Abuja', 'Kano']);
    expect(namedEntities('Central Bank, Finance Ministry').found).toEqual(['Bank', 'Finance Ministry']);
  });
});

describe('comparisonForms', () => {
  it('finds -est words that are superlatives and ignores the others', () => {
    expect(comparisonForms('the largest protest since the latest unrest, and the fastest').found).toEqual([
      'largest',
      'fastest',
    ]);
  });

  it('finds comparatives before "than" but not "rather than"', () => {
    expect(comparisonForms('fees are higher than in Ghana rather than lower').found).toEqual(['higher than']);
  });
});

describe('phraseCounter', () => {
  const sut = phraseCounter(['may', 'plans to', 'is expected to']);

  it('matches whole folded phrases, across hyphens and line breaks', () => {
    expect(sut('The agency PLANS\nTO cut staff and is expected to close offices').found).toEqual([
      'plans\nto',
      'is expected to',
    ]);
    expect(sut('mayor and maybe').count).toBe(0);
  });

  it('does not take the month May for the modal', () => {
    expect(sut('Prices rose in May').count).toBe(0);
    expect(sut('May rates rise? Rates may rise').count).toBe(2);
  });
});
