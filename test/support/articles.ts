import { readFileSync } from 'fs';
import { join } from 'path';
import type { Stack } from './stack';
import { waitFor } from './wait-for';

export const SEED_ARTICLE = readFileSync(join(__dirname, '..', '..', '..', 'shared', 'seed-article.txt'), 'utf8');

const PEOPLE = ['Maria Keller', 'Tomás Ortega', 'Aylin Demir', 'Jonas Berg', 'Priya Nair', 'Kwame Mensah'];
const TITLES = ['Finance Minister', 'Health Minister', 'Mayor', 'Chief Executive'];
const TOPICS = ['the budget deficit', 'hospital waiting times', 'the new tram line', 'quarterly exports'];

/** A small generated article with a few attributed claims; `n` makes each one distinct. */
export function articleBody(n: number): string {
  const person = PEOPLE[n % PEOPLE.length];
  const title = TITLES[n % TITLES.length];
  const topic = TOPICS[n % TOPICS.length];
  return [
    `${title} ${person} said on Monday that ${topic} would improve by ${(n % 90) + 5} percent next year.`,
    `“We have done the work on plan ${n} and the numbers show it,” ${person.split(' ')[1]} told reporters in the capital.`,
    `According to officials familiar with the plan, the change will cost ${n + 2} million euros.`,
    `The city council met on Tuesday to discuss item ${n}.`,
  ].join('\n');
}

export async function waitForArticle(stack: Stack, id: string, timeoutMs = 30_000) {
  return waitFor(
    async () => {
      const { status, body } = await stack.request('GET', `/v1/articles/${id}`, { as: 'reviewer' });
      return status === 200 &&
        body.status === 'extracted' &&
        body.claims.every((c: { status: string }) => c.status === 'queued')
        ? body
        : null;
    },
    `article ${id} extracted and queued`,
    timeoutMs,
  );
}

/**
 * Posts an article and waits until the worker has placed every claim: queued, or merged into an existing one. A
 * repeat (200) is placed already; a failed extraction throws.
 */
export async function ingestArticle(stack: Stack, outlet: string, body: string, timeoutMs = 30_000) {
  const posted = await stack.request('POST', '/v1/articles', { as: 'intake', body: { outlet, body } });
  if (posted.status !== 202 && posted.status !== 200) {
    throw new Error(`POST /v1/articles for ${outlet}: ${posted.status} ${JSON.stringify(posted.body)}`);
  }
  return waitFor(
    async () => {
      const { body: article } = await stack.request('GET', `/v1/articles/${posted.body.id}`, { as: 'reviewer' });
      if (article.status === 'failed') throw new Error(`article ${posted.body.id} failed: ${article.error}`);
      const placed =
        article.status === 'extracted' &&
        article.claims.every((claim: { status: string }) => ['queued', 'merged'].includes(claim.status));
      return placed ? article : null;
    },
    `${outlet} article placed`,
    timeoutMs,
    50,
  );
}

/** The one claim of an article whose text holds `fragment`; none or several is a failure of the test's premise. */
export function onlyClaimContaining<T extends { content: string }>(claims: T[], fragment: string): T {
  const found = claims.filter((claim) => claim.content.includes(fragment));
  if (found.length !== 1) throw new Error(`expected one claim containing "${fragment}", found ${found.length}`);
  return found[0];
}
