import { claimTerms, compareClaims as sut } from './claim-comparison';
import { matchText } from './match-text';

const compare = (a: string, b: string) => sut(matchText(a), matchText(b));

describe('compareClaims', () => {
  it('sees a claim cut short inside the longer one', () => {
    const full = 'Turkey plans to supply Syria with armoured vehicles and drones, in a deal that would deepen ties';
    expect(compare('Turkey plans to supply Syria with armoured vehicles', full)).toMatchObject({
      containment: 1,
      figures: 'none',
    });
  });

  it('meets word forms and synonyms: "provided" and "supplies", "shrank" and "fell"', () => {
    expect(compare('Turkey provided drones to Syria', 'Turkey supplies drones to Syria').containment).toBe(1);
    expect(compare('glaciers shrank by 4%', 'glaciers fell 4 percent')).toMatchObject({
      containment: 1,
      figures: 'same',
    });
  });

  it.each([
    ['200 armoured vehicles', '300 armoured vehicles', 'differ', 0],
    ['exports fell 18 percent to $2.4 billion', 'exports fell 18 percent to $2.4 billion in 2025', 'agree', 2],
    ['exports fell', 'exports fell sharply', 'none', 0],
    ['62,000 more jobs in the twelve months to June', '62,000 more jobs over the year', 'same', 1],
  ])('figures of "%s" / "%s": %s, %s shared', (a, b, relation, shared) => {
    expect(compare(a, b)).toMatchObject({ figures: relation, sharedFigures: shared });
    expect(compare(b, a)).toMatchObject({ figures: relation, sharedFigures: shared });
  });

  it.each([
    ['the mill would reopen in May and hire 300 workers', 'the mill will reopen in May', 0],
    ['the mill would reopen in May and hire 300 workers', 'it will hire 300 workers', 0.4],
    ['the mill would reopen in May', 'the port will close', 1],
  ])('opening of "%s" against "%s": %s', (a, b, opening) => {
    expect(compare(a, b).opening).toBe(opening);
  });

  it.each([
    ['some 40,000 state employees joined the strike', '40,000 of its members had taken part', 1],
    ['two plants would close in 2026', 'the company will shut two plants by 2026', 0],
    ['profit fell 12 percent to 1.3 billion', 'profit dropped 12% to €1.3 billion', 2],
  ])('telling figures of "%s" / "%s": %s', (a, b, telling) => {
    expect(compare(a, b).tellingFigures).toBe(telling);
  });

  it('counts a length of time as neither a word nor a figure', () => {
    expect(claimTerms(matchText('a five-year contract worth 60 million'))).toEqual({
      words: new Set(['year', 'deal', 'worth', 'million']),
      figures: new Set(['60']),
      durations: new Set(['5 year']),
    });
  });

  it.each([
    ['Mendes is expected to sign a five-year contract', 'The 23-year-old will sign a five-year deal', 'none', 1],
    ['a five-year contract', 'a three-year contract', 'differ', 0],
    ['jobs rose in the twelve months to June', 'jobs rose over the year', 'none', 0],
    ['payrolls grew by 48,000 over the year', 'payrolls grew by 48,000 in the twelve months to May', 'same', 1],
  ])('shares a length of time written alike, and differs on two: "%s" / "%s"', (a, b, relation, shared) => {
    expect(compare(a, b)).toMatchObject({ figures: relation, sharedFigures: shared });
  });
});
