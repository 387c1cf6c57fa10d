import { type PublishedClaim, type PublishingDesk, toClaimReview } from './claim-review';
import { reviewRating } from './review-rating';

const DESK: PublishingDesk = {
  name: 'Northern Desk',
  url: 'https://desk.example',
  language: 'en',
  reviewUrlTemplate: 'https://desk.example/fact-checks/{id}',
};

const at = (iso: string) => new Date(iso);

const claimFactory = (overrides: Partial<PublishedClaim> = {}): PublishedClaim => ({
  id: 'c1',
  content: 'Norvania will double its coastal patrols next year',
  source: { name: 'Aleksander Vahter', type: 'person' },
  via: null,
  verdict: { attributionVerdict: 'confirmed', claimRating: 'false' },
  firstApprovedAt: at('2026-12-02T10:00:00Z'),
  approvedAt: at('2026-12-02T10:00:00Z'),
  createdAt: at('2026-12-01T08:00:00Z'),
  articleUrl: null,
  appearances: [],
  ...overrides,
});

const appearance = (outlet: string, publishedAt: string | null, seenAt: string) => ({
  outlet,
  url: `https://${outlet.toLowerCase().replace(/\s/g, '')}.example/story`,
  headline: `${outlet} story`,
  language: 'en',
  publishedAt: publishedAt ? at(publishedAt) : null,
  seenAt: at(seenAt),
});

describe('toClaimReview', () => {
  it('maps an approved claim to a ClaimReview by the desk, at the url of its template', () => {
    const sut = toClaimReview(claimFactory(), DESK);
    expect(sut).toEqual({
      '@context': 'https://schema.org',
      '@type': 'ClaimReview',
      '@id': 'https://desk.example/fact-checks/c1',
      url: 'https://desk.example/fact-checks/c1',
      claimReviewed: 'Norvania will double its coastal patrols next year',
      itemReviewed: {
        '@type': 'Claim',
        author: { '@type': 'Person', name: 'Aleksander Vahter' },
        datePublished: '2026-12-01T08:00:00.000Z',
      },
      reviewRating: { '@type': 'Rating', alternateName: 'False', ratingValue: 1, bestRating: 5, worstRating: 1 },
      author: { '@type': 'Organization', name: 'Northern Desk', url: 'https://desk.example' },
      datePublished: '2026-12-02T10:00:00.000Z',
      inLanguage: 'en',
    });
  });

  it('lists every appearance earliest first, each outlet its publisher, and dates the claim by the first', () => {
    const sut = toClaimReview(
      claimFactory({
        appearances: [
          appearance('Levant Daily', '2026-11-30T12:00:00Z', '2026-12-01T00:00:00Z'),
          appearance('Northern Wire', null, '2026-11-29T09:00:00Z'),
        ],
      }),
      DESK,
    );
    const claim = sut.itemReviewed as Record<string, any>;
    expect(claim.appearance.map((work: any) => work.publisher.name)).toEqual(['Northern Wire', 'Levant Daily']);
    expect(claim.firstAppearance).toEqual({
      '@type': 'NewsArticle',
      url: 'https://northernwire.example/story',
      headline: 'Northern Wire story',
      inLanguage: 'en',
      publisher: { '@type': 'Organization', name: 'Northern Wire' },
    });
    expect(claim.appearance[1].datePublished).toBe('2026-11-30T12:00:00.000Z');
    expect(claim.datePublished).toBe('2026-11-29T09:00:00.000Z');
  });

  it('keeps the original source as the author of a relayed claim and names the relay as its publisher', () => {
    const sut = toClaimReview(claimFactory({ source: { name: 'officials', type: 'anonymous' }, via: 'Delfi' }), DESK);
    expect(sut.itemReviewed).toMatchObject({
      author: { '@type': 'Person', name: 'officials' },
      publisher: { '@type': 'Organization', name: 'Delfi' },
    });
  });

  it.each([
    ['media', 'Organization'],
    ['organization', 'Organization'],
    ['document', 'Organization'],
    ['person', 'Person'],
    ['social', 'Person'],
  ])('makes a %s source a %s', (type, schemaType) => {
    const sut = toClaimReview(claimFactory({ source: { name: 'Reuters', type } }), DESK);
    expect((sut.itemReviewed as any).author['@type']).toBe(schemaType);
  });

  it('points a claim entered by hand at its url when it has no article', () => {
    const sut = toClaimReview(claimFactory({ articleUrl: 'https://x.example/post/1' }), DESK);
    expect((sut.itemReviewed as any).firstAppearance).toEqual({
      '@type': 'CreativeWork',
      url: 'https://x.example/post/1',
    });
  });

  it('dates a review approved again after a reopen by its first approval, and the change as dateModified', () => {
    const sut = toClaimReview(claimFactory({ approvedAt: at('2026-12-05T10:00:00Z') }), DESK) as any;
    expect(sut.datePublished).toBe('2026-12-02T10:00:00.000Z');
    expect(sut.dateModified).toBe('2026-12-05T10:00:00.000Z');
  });

  it('escapes the id into the url', () => {
    expect(toClaimReview(claimFactory({ id: 'a/b' }), DESK).url).toBe('https://desk.example/fact-checks/a%2Fb');
  });
});

describe('reviewRating', () => {
  it.each([
    ['confirmed', 'true', 'True', 5],
    ['confirmed', 'mostly_true', 'Mostly true', 4],
    ['unverifiable', 'mixed', 'Mixed', 3],
    ['confirmed', 'misleading', 'Misleading', 2],
    ['confirmed', 'false', 'False', 1],
    ['misattributed', 'true', 'Misattributed', 1],
    ['distorted', 'true', 'Distorted quote', 2],
  ] as const)('reads %s / %s as "%s", %d of 1 to 5', (attributionVerdict, claimRating, words, value) => {
    expect(reviewRating({ attributionVerdict, claimRating })).toEqual({
      '@type': 'Rating',
      alternateName: words,
      ratingValue: value,
      bestRating: 5,
      worstRating: 1,
    });
  });

  it('gives an unproven claim words only: it has no place on the scale', () => {
    expect(reviewRating({ attributionVerdict: 'confirmed', claimRating: 'unproven' })).toEqual({
      '@type': 'Rating',
      alternateName: 'Unproven',
    });
  });

  it('says a misattributed claim is misattributed even when it is unproven', () => {
    expect(reviewRating({ attributionVerdict: 'misattributed', claimRating: 'unproven' })).toMatchObject({
      alternateName: 'Misattributed',
      ratingValue: 1,
    });
  });
});
