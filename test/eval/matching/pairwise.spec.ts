import { type PlacedClaim, placeMentions, scoreConflicts, scorePairs } from './pairwise';
import { parseStory } from './story-set';

const ARTICLES = `=== Alpha News
The mayor said the bridge would reopen in May. Police said two lanes stay shut.
=== Beta Post
The bridge will reopen in May, the mayor said.
=== Gamma Daily
The bridge reopens in June, the mayor said.`;

const GOLD = JSON.stringify({
  story: 'a bridge',
  claims: [
    {
      id: 'may',
      mentions: [
        { outlet: 'Alpha News', text: 'the bridge would reopen in May' },
        { outlet: 'Beta Post', text: 'The bridge will reopen in May' },
      ],
    },
    { id: 'june', conflictsWith: 'may', mentions: [{ outlet: 'Gamma Daily', text: 'The bridge reopens in June' }] },
    { id: 'lanes', mentions: [{ outlet: 'Alpha News', text: 'two lanes stay shut' }] },
  ],
});

const claim = (id: string, canonicalId: string, start: number, end: number): PlacedClaim => ({
  id,
  canonicalId,
  source: 'mayor',
  sourceId: 's1',
  via: null,
  status: id === canonicalId ? 'queued' : 'merged',
  content: '',
  start,
  end,
  possibleDuplicateOf: null,
  duplicateSimilarity: null,
});

describe('matching evaluation', () => {
  const story = parseStory('01-bridge', ARTICLES, GOLD);

  it('reads the articles and locates every mention in its article', () => {
    expect(story.articles.map((article) => article.outlet)).toEqual(['Alpha News', 'Beta Post', 'Gamma Daily']);
    const [first] = story.mentions;
    const body = story.articles[0].body;
    expect(body.slice(first.start, first.end)).toBe('the bridge would reopen in May');
  });

  it('refuses a mention that is not in its article, or is there twice', () => {
    const missing = GOLD.replace('two lanes stay shut', 'four lanes stay shut');
    expect(() => parseStory('01-bridge', ARTICLES, missing)).toThrow(/is not in the Alpha News article/);
    expect(() =>
      parseStory('01-bridge', ARTICLES.replace('stay shut.', 'stay shut: two lanes stay shut.'), GOLD),
    ).toThrow(/occurs twice/);
  });

  it('scores joined pairs against gold pairs, a missed mention losing its pairs', () => {
    const claims: Record<string, PlacedClaim[]> = {
      'Alpha News': [claim('a1', 'a1', 0, 45), claim('a2', 'a2', 47, 80)],
      'Beta Post': [claim('b1', 'a1', 0, 29)],
      'Gamma Daily': [claim('g1', 'a1', 0, 26)],
    };
    const placed = placeMentions(story.mentions, (_story, outlet) => claims[outlet]);
    const sut = scorePairs(story.mentions, placed);
    // may#1 ~ may#2 is right; june joined to may twice is wrong; lanes stays apart.
    expect(sut).toMatchObject({ goldPairs: 1, predictedPairs: 3, truePairs: 1, recall: 1 });
    expect(sut.precision).toBeCloseTo(1 / 3);
    expect(sut.falseJoins.map((pair) => `${pair.a.claim}~${pair.b.claim}`)).toEqual(['may~june', 'may~june']);

    const unextracted = placeMentions(story.mentions, (_story, outlet) =>
      outlet === 'Beta Post' ? [] : claims[outlet],
    );
    expect(scorePairs(story.mentions, unextracted)).toMatchObject({ truePairs: 0, recall: 0, extracted: 3 });
  });

  it('finds a gold conflict only when the desk linked the two claims', () => {
    const claims: Record<string, PlacedClaim[]> = {
      'Alpha News': [claim('a1', 'a1', 0, 45)],
      'Beta Post': [claim('b1', 'a1', 0, 29)],
      'Gamma Daily': [claim('g1', 'g1', 0, 26)],
    };
    const placed = placeMentions(story.mentions, (_story, outlet) => claims[outlet]);
    expect(scoreConflicts([story], placed, () => []).found).toBe(0);
    expect(scoreConflicts([story], placed, (id) => (id === 'g1' ? ['a1'] : []))).toMatchObject({ gold: 1, found: 1 });
  });
});
