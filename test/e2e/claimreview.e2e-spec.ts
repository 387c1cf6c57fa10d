import { readFileSync } from 'fs';
import jsonld from 'jsonld';
import { join } from 'path';
import { freePort, runApp, stopProcess, type AppProcess } from '../support/processes';
import { approveWith, fire } from '../support/review';
import { http } from '../support/http';
import { type Stack, startStack } from '../support/stack';
import { waitFor } from '../support/wait-for';
import { ingestArticle } from '../support/articles';

const SCHEMA = 'http://schema.org/';
const CONTEXT = JSON.parse(readFileSync(join(__dirname, '..', 'fixtures', 'schema-org', 'context.jsonld'), 'utf8'));
const ARTICLE = readFileSync(join(__dirname, '..', '..', 'docs', 'examples', 'defence-article.txt'), 'utf8');
const DELFI_SENTENCE =
  'According to officials cited by Delfi, the contract is worth about 180 million euros and includes training for 120 Norvanian soldiers abroad.';

/** Serves the bundled context for schema.org's addresses and refuses anything else: the test never goes online. */
const documentLoader = async (url: string) => {
  if (!/^https?:\/\/schema\.org\/?$/.test(url)) throw new Error(`no network in this test: ${url}`);
  return { contextUrl: undefined, documentUrl: url, document: CONTEXT };
};

const verdict = (attributionVerdict: string, claimRating: string) => ({
  attributionVerdict,
  attributionNote: 'Checked against the original report.',
  claimRating,
  ratingNote: 'Checked against the public record.',
});

type Expanded = Record<string, any>;
const values = (node: Expanded, property: string): any[] => node[SCHEMA + property] ?? [];
const first = (node: Expanded, property: string): any => values(node, property)[0];
const text = (node: Expanded, property: string): unknown => first(node, property)?.['@value'];

async function expand(document: any): Promise<Expanded> {
  const loader: any = documentLoader;
  const [node]: Expanded[] = await jsonld.expand(document, { documentLoader: loader });
  return node;
}

describe('ClaimReview: published verdicts as schema.org JSON-LD', () => {
  let stack: Stack;
  let article: any;
  let relayed: any;
  let reuters: any;

  beforeAll(async () => {
    stack = await startStack({
      env: {
        PUBLIC_CLAIMREVIEW: 'true',
        DESK_NAME: 'Northern Desk',
        DESK_URL: 'https://desk.example',
        DESK_LANGUAGE: 'en-GB',
        CLAIMREVIEW_URL_TEMPLATE: 'https://desk.example/fact-checks/{id}.html',
      },
    });
    const posted = await stack.request('POST', '/v1/articles', {
      as: 'intake',
      body: {
        outlet: 'Northern Wire',
        url: 'https://northernwire.example/coastal-batteries',
        headline: 'Norvania orders coastal missile batteries',
        publishedAt: '2026-12-01T07:30:00Z',
        language: 'en',
        body: ARTICLE,
      },
    });
    expect(posted.status).toBe(202);
    article = await waitFor(async () => {
      const res = await stack.request('GET', `/v1/articles/${posted.body.id}`, { as: 'reviewer' });
      return res.body.status === 'extracted' && res.body.claims.every((c: any) => c.status === 'queued')
        ? res.body
        : null;
    }, 'the article’s claims queued');
    relayed = article.claims.find((claim: any) => claim.via === 'Delfi');
    reuters = article.claims.find((claim: any) => claim.source === 'Reuters');
    // A second outlet carries the officials' words: an appearance of the same claim.
    await ingestArticle(stack, 'Baltic Courier', `${DELFI_SENTENCE}\nThe ministry declined to comment.`);
    await waitFor(async () => {
      const res = await stack.request('GET', `/v1/claims/${relayed.id}`, { as: 'reviewer' });
      return res.body.appearances.length === 2;
    }, 'the second appearance');
  });
  afterAll(async () => {
    await stack?.stop();
  });

  it('is a 404 until the claim is approved', async () => {
    const res = await stack.request('GET', `/v1/claims/${relayed.id}/claimreview`, { as: 'intake' });
    expect(res.status).toBe(404);
    expect(res.body).toMatchObject({ statusCode: 404, details: { status: 'queued' } });
    expect((await stack.request('GET', '/v1/claimreview', { as: 'intake' })).body).toEqual({
      items: [],
      nextCursor: null,
    });
  });

  it('publishes an approved claim with every field search engines require and recommend', async () => {
    await approveWith(stack, relayed.id, verdict('misattributed', 'unproven'));
    const res = await stack.request('GET', `/v1/claims/${relayed.id}/claimreview`, { as: 'intake' });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/ld\+json/);
    expect(res.body).toMatchObject({ '@context': 'https://schema.org', '@type': 'ClaimReview' });

    const review = await expand(res.body);
    expect(review['@type']).toEqual([`${SCHEMA}ClaimReview`]);
    // Required: claimReviewed, reviewRating (with alternateName), url.
    expect(text(review, 'claimReviewed')).toBe(relayed.content);
    expect(first(review, 'url')).toEqual({ '@id': `https://desk.example/fact-checks/${relayed.id}.html` });
    const rating = first(review, 'reviewRating');
    expect(rating['@type']).toEqual([`${SCHEMA}Rating`]);
    // The attribution was false: the rating says so, in words and at the bottom of the scale.
    expect(text(rating, 'alternateName')).toBe('Misattributed');
    expect([text(rating, 'ratingValue'), text(rating, 'bestRating'), text(rating, 'worstRating')]).toEqual([1, 5, 1]);
    // Recommended: the desk as author, datePublished, inLanguage; the Claim with author, date and appearances.
    const author = first(review, 'author');
    expect(author['@type']).toEqual([`${SCHEMA}Organization`]);
    expect(text(author, 'name')).toBe('Northern Desk');
    expect(first(author, 'url')).toEqual({ '@id': 'https://desk.example' });
    expect(Date.parse(text(review, 'datePublished') as string)).toBeGreaterThan(Date.parse('2026-01-01'));
    expect(text(review, 'inLanguage')).toBe('en-GB');

    const claim = first(review, 'itemReviewed');
    expect(claim['@type']).toEqual([`${SCHEMA}Claim`]);
    // The original source is the author; the relay that made it public is named as the claim's publisher.
    expect(text(first(claim, 'author'), 'name')).toBe('officials');
    expect(first(claim, 'publisher')['@type']).toEqual([`${SCHEMA}Organization`]);
    expect(text(first(claim, 'publisher'), 'name')).toBe('Delfi');
    expect(text(claim, 'datePublished')).toBe('2026-12-01T07:30:00.000Z');
    const appearances = values(claim, 'appearance');
    expect(appearances.map((work) => text(first(work, 'publisher'), 'name'))).toEqual([
      'Northern Wire',
      'Baltic Courier',
    ]);
    expect(first(appearances[0], 'url')).toEqual({ '@id': 'https://northernwire.example/coastal-batteries' });
    expect(text(appearances[0], 'headline')).toBe('Norvania orders coastal missile batteries');
    const firstAppearance = first(claim, 'firstAppearance');
    expect(first(firstAppearance, 'url')).toEqual({ '@id': 'https://northernwire.example/coastal-batteries' });
    expect(text(firstAppearance, 'datePublished')).toBe('2026-12-01T07:30:00.000Z');
  });

  it('pages every published review in approval order, from a time on', async () => {
    await approveWith(stack, reuters.id, verdict('confirmed', 'mostly_true'));
    const one = await stack.request('GET', '/v1/claimreview?limit=1', { as: 'intake' });
    expect(one.status).toBe(200);
    expect(one.body.items.map((item: any) => item.url)).toEqual([
      `https://desk.example/fact-checks/${relayed.id}.html`,
    ]);
    const two = await stack.request('GET', `/v1/claimreview?limit=1&cursor=${one.body.nextCursor}`, { as: 'intake' });
    expect(two.body.items.map((item: any) => item.reviewRating)).toEqual([
      { '@type': 'Rating', alternateName: 'Mostly true', ratingValue: 4, bestRating: 5, worstRating: 1 },
    ]);
    expect((await expand(two.body.items[0]))['@type']).toEqual([`${SCHEMA}ClaimReview`]);
    expect(two.body.nextCursor).toBeNull();

    const since = two.body.items[0].datePublished;
    const recent = await stack.request('GET', `/v1/claimreview?since=${since}`, { as: 'reviewer' });
    expect(recent.body.items.map((item: any) => item.claimReviewed)).toEqual([reuters.content]);

    expect((await stack.request('GET', '/v1/claimreview?since=yesterday', { as: 'intake' })).status).toBe(400);
    const foreign = await stack.request('GET', `/v1/claimreview?since=${since}&cursor=${one.body.nextCursor}`, {
      as: 'intake',
    });
    expect(foreign.status).toBe(400);
    expect((await stack.request('GET', '/v1/claimreview', { as: null })).status).toBe(401);
  });

  it('serves the same documents without a key at /public/claimreview, with ETag and Cache-Control', async () => {
    const keyed = await stack.request('GET', `/v1/claims/${reuters.id}/claimreview`, { as: 'intake' });
    const res = await stack.request('GET', `/public/claimreview/${reuters.id}`, { as: null });
    expect(res.status).toBe(200);
    expect(res.body).toEqual(keyed.body);
    expect(res.headers.get('content-type')).toMatch(/^application\/ld\+json/);
    expect(res.headers.get('cache-control')).toBe('public, max-age=300');
    const etag = res.headers.get('etag');
    expect(etag).toMatch(/^"[\w-]{27}"$/);
    const again = await stack.request('GET', `/public/claimreview/${reuters.id}`, {
      as: null,
      headers: { 'if-none-match': etag! },
    });
    expect(again.status).toBe(304);
    expect(again.body).toBeNull();

    const feed = await stack.request('GET', '/public/claimreview', { as: null });
    expect(feed.status).toBe(200);
    expect(feed.body.items).toHaveLength(2);
    expect(feed.headers.get('cache-control')).toBe('public, max-age=60');
    expect(feed.headers.get('etag')).toMatch(/^"[\w-]{27}"$/);
  });

  it('is a 404 again once an editor reopens the claim, and leaves the feed', async () => {
    const current = await stack.request('GET', `/v1/claims/${reuters.id}`, { as: 'editor' });
    const reopened = await fire(stack, 'editor', reuters.id, 'reopen', current.body.version, {
      note: 'A second country denies it.',
    });
    expect(reopened.status).toBe(200);
    for (const path of [`/v1/claims/${reuters.id}/claimreview`, `/public/claimreview/${reuters.id}`]) {
      const res = await stack.request('GET', path, { as: 'intake' });
      expect({ path, status: res.status, details: res.body.details }).toEqual({
        path,
        status: 404,
        details: { id: reuters.id, status: 'reopened' },
      });
    }
    const feed = await stack.request('GET', '/v1/claimreview', { as: 'intake' });
    expect(feed.body.items.map((item: any) => item.claimReviewed)).toEqual([relayed.content]);
  });

  it('answers the public routes only when PUBLIC_CLAIMREVIEW=true', async () => {
    const port = await freePort();
    let api: AppProcess | undefined;
    try {
      api = runApp('api', { ...stack.env, PORT: String(port), PUBLIC_CLAIMREVIEW: 'false' });
      const baseUrl = `http://127.0.0.1:${port}`;
      await waitFor(async () => (await fetch(`${baseUrl}/health`).catch(() => null))?.status === 200, 'the api');
      for (const path of [`/public/claimreview/${relayed.id}`, '/public/claimreview']) {
        expect({ path, status: (await http(baseUrl, 'GET', path)).status }).toEqual({ path, status: 404 });
      }
      const keyed = await http(baseUrl, 'GET', `/v1/claims/${relayed.id}/claimreview`, { key: stack.keys.intake });
      expect(keyed.status).toBe(200);
    } finally {
      await stopProcess(api);
    }
  });
});
