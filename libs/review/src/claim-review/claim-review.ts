import type { Claim, ClaimReview, CreativeWork, Organization, Person, WithContext } from 'schema-dts';
import { type Verdict } from '../payloads';
import { reviewRating } from './review-rating';

/** The desk as the author of what it publishes (config: DESK_NAME, DESK_URL, DESK_LANGUAGE, the url template). */
export interface PublishingDesk {
  name: string;
  url: string;
  language: string;
  /** The fact check's own page, `{id}` standing for the claim id. */
  reviewUrlTemplate: string;
}

export interface NamedSource {
  name: string;
  /** The registry's source type: person, organization, media, anonymous, document, social. */
  type: string;
}

/** One article that carried the claim. */
export interface PublishedAppearance {
  outlet: string | null;
  url: string | null;
  headline: string | null;
  language: string | null;
  publishedAt: Date | null;
  /** When the desk took the article in: the order of appearances without a published time. */
  seenAt: Date;
}

/** What the desk knows of an approved claim, read under one snapshot. */
export interface PublishedClaim {
  id: string;
  content: string;
  source: NamedSource;
  /** The outlet or platform that relayed the source's words, if any. */
  via: string | null;
  verdict: Pick<Verdict, 'attributionVerdict' | 'claimRating'>;
  /** The first approval: when the review was published. */
  firstApprovedAt: Date;
  /** The latest approval (after a reopen, the review is published again). */
  approvedAt: Date;
  createdAt: Date;
  /** The url given with a claim entered by hand, which has no article. */
  articleUrl: string | null;
  appearances: PublishedAppearance[];
}

/** People speak; organisations, outlets and documents publish. Unnamed sources ("officials") are people too. */
const PERSON_TYPES = new Set(['person', 'anonymous', 'social']);

function party(source: NamedSource): Person | Organization {
  return PERSON_TYPES.has(source.type)
    ? { '@type': 'Person', name: source.name }
    : { '@type': 'Organization', name: source.name };
}

const organization = (name: string): Organization => ({ '@type': 'Organization', name });

const appearedAt = (appearance: PublishedAppearance): number => (appearance.publishedAt ?? appearance.seenAt).getTime();

function article(appearance: PublishedAppearance): CreativeWork {
  return {
    '@type': 'NewsArticle',
    ...(appearance.url ? { url: appearance.url } : {}),
    ...(appearance.headline ? { headline: appearance.headline } : {}),
    ...(appearance.publishedAt ? { datePublished: appearance.publishedAt.toISOString() } : {}),
    ...(appearance.language ? { inLanguage: appearance.language } : {}),
    ...(appearance.outlet ? { publisher: organization(appearance.outlet) } : {}),
  };
}

function itemReviewed(claim: PublishedClaim): Claim {
  const ordered = [...claim.appearances].sort((a, b) => appearedAt(a) - appearedAt(b));
  // Every article carrying the claim, earliest first; a claim entered by hand appears at its url, if it has one.
  const works: CreativeWork[] = ordered.length
    ? ordered.map(article)
    : claim.articleUrl
      ? [{ '@type': 'CreativeWork', url: claim.articleUrl }]
      : [];
  return {
    '@type': 'Claim',
    author: party(claim.source),
    // The relay (an outlet or a platform) made the source's words public: Delfi for "officials", X for a minister's
    // post. The source stays the author, so a misattribution lands on whoever was said to have said it.
    ...(claim.via ? { publisher: organization(claim.via) } : {}),
    datePublished: new Date(ordered.length ? appearedAt(ordered[0]) : claim.createdAt.getTime()).toISOString(),
    ...(works.length ? { appearance: works, firstAppearance: works[0] } : {}),
  };
}

export const claimReviewUrl = (desk: PublishingDesk, claimId: string): string =>
  desk.reviewUrlTemplate.replaceAll('{id}', encodeURIComponent(claimId));

/** The schema.org ClaimReview of an approved claim, as search engines and fact-check aggregators read it. */
export function toClaimReview(claim: PublishedClaim, desk: PublishingDesk): WithContext<ClaimReview> {
  const url = claimReviewUrl(desk, claim.id);
  return {
    '@context': 'https://schema.org',
    '@type': 'ClaimReview',
    '@id': url,
    url,
    claimReviewed: claim.content,
    itemReviewed: itemReviewed(claim),
    reviewRating: reviewRating(claim.verdict),
    author: { '@type': 'Organization', name: desk.name, url: desk.url },
    datePublished: claim.firstApprovedAt.toISOString(),
    ...(claim.approvedAt > claim.firstApprovedAt ? { dateModified: claim.approvedAt.toISOString() } : {}),
    inLanguage: desk.language,
  };
}
