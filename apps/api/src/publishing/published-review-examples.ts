import { type SuccessDoc } from '../openapi/api-route.decorator';
import { CLAIM, IDS } from '../openapi/examples';

const SEED_APPEARANCE = {
  '@type': 'NewsArticle',
  url: 'https://northernwire.example/2026/12/06/defence',
  headline: 'Türkiye to arm Syria, Bloomberg says',
  datePublished: '2026-12-06T08:00:00.000Z',
  inLanguage: 'en',
  publisher: { '@type': 'Organization', name: 'Northern Wire' },
};

/** The ClaimReview of the seed article's Bloomberg claim, approved as unproven, as the desk publishes it. */
export const CLAIM_REVIEW = {
  '@context': 'https://schema.org',
  '@type': 'ClaimReview',
  '@id': `https://desk.example/fact-checks/${IDS.claim}`,
  url: `https://desk.example/fact-checks/${IDS.claim}`,
  claimReviewed: CLAIM.content,
  itemReviewed: {
    '@type': 'Claim',
    author: { '@type': 'Organization', name: 'Bloomberg' },
    datePublished: '2026-12-06T08:00:00.000Z',
    appearance: [SEED_APPEARANCE],
    firstAppearance: SEED_APPEARANCE,
  },
  reviewRating: { '@type': 'Rating', alternateName: 'Mostly true', ratingValue: 4, bestRating: 5, worstRating: 1 },
  author: { '@type': 'Organization', name: 'Northern Desk', url: 'https://desk.example' },
  datePublished: '2026-12-06T19:58:10.412Z',
  inLanguage: 'en',
};

/** Both shapes are schema.org's, typed in code with schema-dts; the documents are open-ended JSON-LD. */
const CLAIM_REVIEW_SCHEMA = {
  type: 'object',
  description: 'A schema.org ClaimReview in JSON-LD (`@context`, `@type: ClaimReview`)',
  additionalProperties: true,
};

const CLAIM_REVIEW_PAGE_SCHEMA = {
  type: 'object',
  properties: {
    items: { type: 'array', items: CLAIM_REVIEW_SCHEMA },
    nextCursor: { type: 'string', nullable: true, description: 'Pass back as `cursor` with the same `since`' },
  },
};

/** The 200 answers of the keyed and the public routes, which differ only in their caching headers. */
export const DOCUMENT_ANSWER: SuccessDoc = {
  status: 200,
  schema: CLAIM_REVIEW_SCHEMA,
  description: 'The ClaimReview',
  example: CLAIM_REVIEW,
};
export const FEED_ANSWER: SuccessDoc = {
  status: 200,
  schema: CLAIM_REVIEW_PAGE_SCHEMA,
  description: 'One page of reviews',
  example: { items: [CLAIM_REVIEW], nextCursor: null },
};

/** Both ClaimReview routes answer in JSON-LD's own media type. */
export const JSON_LD = 'application/ld+json; charset=utf-8';

export const UNPUBLISHED =
  'No such claim, or it has no published verdict: not approved yet, or reopened since (`details.status` says which).';
