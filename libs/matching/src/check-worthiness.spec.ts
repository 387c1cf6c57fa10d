import {
  checkWorthiness,
  type CheckWorthinessInput,
  WORTHINESS_FEATURES,
  type WorthinessFeatureName,
} from './check-worthiness';

const NEUTRAL = 'the committee met on the bridge in the morning';
const claim = (overrides: Partial<CheckWorthinessInput> = {}): CheckWorthinessInput => ({
  content: NEUTRAL,
  sourceType: 'person',
  via: null,
  quote: 'direct',
  appearances: 1,
  ...overrides,
});
const feature = (input: CheckWorthinessInput, name: WorthinessFeatureName) =>
  checkWorthiness(input).features.find((candidate) => candidate.name === name);

describe('checkWorthiness', () => {
  it('ranks a figure-laden, anonymous, relayed claim above a vague opinion by a named person', () => {
    const sut = checkWorthiness(
      claim({
        content: 'grain exports fell 18 percent to $2.4 billion in March, the lowest level in a decade',
        sourceType: 'anonymous',
        via: 'Reuters',
        quote: 'indirect',
        appearances: 3,
      }),
    );
    const opinion = checkWorthiness(
      claim({ content: 'we are proud of our teachers and thank every family for their patience' }),
    );
    expect(sut.score).toBeGreaterThan(0.75);
    expect(opinion.score).toBe(0);
    expect(sut.score).toBeGreaterThan(opinion.score);
  });

  it('finds nothing in a neutral sentence but the base', () => {
    const sut = checkWorthiness(claim());
    expect(sut.features.filter((candidate) => candidate.value > 0).map((candidate) => candidate.name)).toEqual([
      'base',
    ]);
    expect(sut.score).toBe(WORTHINESS_FEATURES.base.weight);
  });

  it.each<[WorthinessFeatureName, Partial<CheckWorthinessInput>]>([
    ['figures', { content: 'the ministry counted 4,500 displaced families' }],
    ['figures', { content: 'nearly half of the budget went to roads' }],
    ['entities', { content: 'the plan was backed by the African Development Bank and UNICEF' }],
    ['comparison', { content: 'inflation is higher than at any time since the war' }],
    ['comparison', { content: 'it was the coldest winter on the plateau' }],
    ['comparison', { content: 'arrivals doubled after the border reopened' }],
    ['unconfirmed', { content: 'the convoy was reportedly stopped at the border' }],
    ['speculation', { content: 'the regulator is expected to approve the merger' }],
    ['opinion', { content: 'it is important that we stand together' }],
    ['anonymousSource', { sourceType: 'anonymous' }],
    ['relayed', { via: 'Al Jazeera' }],
    ['relayed', { sourceType: 'media' }],
    ['plan', { content: 'Türkiye plans to supply Syria with drones' }],
    ['paraphrase', { quote: 'indirect' }],
    ['reach', { appearances: 5 }],
  ])('turns %s on from its own input', (name, overrides) => {
    const sut = feature(claim(overrides), name);
    expect(sut?.value).toBeGreaterThan(0);
    expect(sut?.contribution).toBeCloseTo((sut?.value ?? 0) * WORTHINESS_FEATURES[name].weight, 3);
    expect(feature(claim(), name)?.value).toBe(0);
  });

  it('lowers the score for speculation and opinion, and raises it for an unconfirmed report', () => {
    const base = checkWorthiness(claim({ content: 'the port handled 900 ships' })).score;
    expect(checkWorthiness(claim({ content: 'the port might handle 900 ships' })).score).toBeLessThan(base);
    expect(checkWorthiness(claim({ content: 'the port reportedly handled 900 ships' })).score).toBeGreaterThan(base);
    expect(checkWorthiness(claim({ content: 'we are proud the port handled 900 ships' })).score).toBeLessThan(base);
  });

  it("counts a named party's plan for the score, not against it, and a plan of nobody named for nothing", () => {
    const plan = checkWorthiness(claim({ content: 'Türkiye plans to supply Syria with drones' }));
    expect(feature(claim({ content: 'Türkiye plans to supply Syria with drones' }), 'speculation')?.value).toBe(0);
    expect(plan.score).toBeGreaterThan(checkWorthiness(claim()).score);
    expect(feature(claim({ content: 'the group plans to meet' }), 'plan')).toMatchObject({
      value: 0,
      note: 'a plan of nobody named',
    });
  });

  it("puts the seed article's reported arms supply no lower than its other two claims", () => {
    const armsSupply = checkWorthiness({
      content:
        'Türkiye plans to supply Syria with armoured vehicles, drones, artillery, and missile systems, as part of expanded defence coordination that could extend Turkish operational range against Kurdish militants inside northern Syria',
      sourceType: 'media',
      via: null,
      quote: 'indirect',
      appearances: 1,
    });
    const training = checkWorthiness({
      content:
        'the training program covers modern combat technologies and advanced weapons operations — part of Syria’s broader initiative to modernize its armed forces and replace outdated equipment after years of conflict and isolation',
      sourceType: 'anonymous',
      via: 'Al-Araby Al-Jadeed',
      quote: 'indirect',
      appearances: 1,
    });
    const stability = checkWorthiness({
      content:
        'the exchange of expertise and training “will enhance regional stability and advance cooperative relations.”',
      sourceType: 'person',
      via: 'X',
      quote: 'mixed',
      appearances: 1,
    });
    expect(armsSupply.score).toBeGreaterThanOrEqual(Math.max(training.score, stability.score));
    const shown = armsSupply.features
      .filter((candidate) => candidate.contribution !== 0)
      .map((candidate) => candidate.name);
    expect(shown).toEqual(['base', 'entities', 'plan', 'speculation', 'relayed', 'paraphrase']);
  });

  it('explains the score: it is the clamped sum of the listed contributions', () => {
    const sut = checkWorthiness(
      claim({ content: 'the army may have lost 300 tanks, the most since 1990', via: 'TASS' }),
    );
    const sum = sut.features.reduce((total, candidate) => total + candidate.contribution, 0);
    expect(sut.score).toBeCloseTo(sum, 2);
    expect(feature(claim({ via: 'TASS' }), 'relayed')?.note).toBe('relayed via TASS');
  });

  it('stays within 0..1 however many features pile up', () => {
    const everything = claim({
      content: 'The World Bank reportedly said exports fell 40% to $3bn, the largest drop on record, more than in 2008',
      sourceType: 'anonymous',
      via: 'Reuters',
      quote: 'indirect',
      appearances: 500,
    });
    const nothing = claim({
      content: 'we are proud, we thank you, it is important, we hope it might, it could, it may',
    });
    for (const input of [everything, nothing]) {
      const sut = checkWorthiness(input).score;
      expect(sut).toBeGreaterThanOrEqual(0);
      expect(sut).toBeLessThanOrEqual(1);
    }
    expect(checkWorthiness(everything).score).toBe(1);
    expect(checkWorthiness(nothing).score).toBe(0);
  });

  it('raises the score with reach, monotonically, until it saturates', () => {
    const scores = [0, 1, 2, 3, 4, 8, 16, 32, 1000].map((appearances) => checkWorthiness(claim({ appearances })).score);
    scores.slice(1).forEach((score, index) => expect(score).toBeGreaterThanOrEqual(scores[index]));
    expect(scores[2]).toBeGreaterThan(scores[1]);
    expect(scores[6]).toBeGreaterThan(scores[5]);
    expect(scores[8]).toBe(scores[6]);
    expect(scores[6]).toBeCloseTo(WORTHINESS_FEATURES.base.weight + WORTHINESS_FEATURES.reach.weight, 3);
  });

  it('lists a feature that is absent as 0, never -0', () => {
    expect(feature(claim(), 'opinion')).toMatchObject({ value: 0, contribution: 0, note: 'no marks of opinion' });
    expect(Object.is(feature(claim(), 'speculation')?.contribution, 0)).toBe(true);
  });

  it('rounds to three decimals', () => {
    const sut = checkWorthiness(claim({ appearances: 3 }));
    expect(sut.score).toBe(Math.round(sut.score * 1000) / 1000);
    expect(sut.features.every((candidate) => candidate.value === Math.round(candidate.value * 1000) / 1000)).toBe(true);
  });

  it.each([-1, Number.NaN, Number.POSITIVE_INFINITY])('refuses %s appearances', (appearances) => {
    expect(() => checkWorthiness(claim({ appearances }))).toThrow(RangeError);
  });
});
