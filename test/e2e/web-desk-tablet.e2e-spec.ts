import { readFileSync } from 'fs';
import { join } from 'path';
import type { Locator, Page } from 'playwright-core';
import { articleBody, ingestArticle } from '../support/articles';
import { type DeskBrowser, openBrowser, screenshot, signIn } from '../support/browser';
import { queuedClaims, submitWith } from '../support/review';
import { type Stack, startStack } from '../support/stack';

const ARTICLE = readFileSync(join(__dirname, '..', 'fixtures', 'web', 'desk-article.txt'), 'utf8');
const TABLET = { width: 768, height: 1024 };
/** Claims quote links and hashtags: one unbroken word wider than a tablet must wrap, not widen the page. */
const UNBROKEN = `https://ministry.example.org/${'statementsandpressreleases'.repeat(8)}2026`;

/** Nothing wider than the window (no sideways scrolling), and `locator` drawn inside it. */
async function fitsAndShows(page: Page, locator: Locator): Promise<{ overflow: number; shown: boolean }> {
  const overflow = await page.evaluate(() => {
    const { document, innerWidth } = globalThis as any;
    return document.scrollingElement.scrollWidth - innerWidth;
  });
  await locator.first().scrollIntoViewIfNeeded();
  const box = await locator.first().boundingBox();
  const shown = (await locator.first().isVisible()) && box !== null && box.x >= 0 && box.x + box.width <= TABLET.width;
  return { overflow, shown };
}

/**
 * The desk on a 768 px tablet: every page fits the width, with its navigation and its main action in view; and the
 * keyboard shortcuts the issue names (j/k move in lists, n takes the next claim, a/r approve/return on the board).
 */
describe('the web desk on a 768 px tablet, and by keyboard', () => {
  let stack: Stack;
  let reviewer: DeskBrowser;
  let editor: DeskBrowser;
  let article: any;
  let submitted: string[];
  let unbroken: string;

  beforeAll(async () => {
    stack = await startStack();
    article = await ingestArticle(stack, 'Levant Daily', ARTICLE);
    await ingestArticle(stack, 'Harbour Post', articleBody(7));
    submitted = await queuedClaims(stack, 3, 'board');
    for (const id of submitted) await submitWith(stack, id);
    [unbroken] = await queuedClaims(stack, 1, UNBROKEN);
    reviewer = await openBrowser(TABLET);
    editor = await openBrowser(TABLET);
    await signIn(reviewer.page, stack.baseUrl, stack.keys.reviewer);
    await signIn(editor.page, stack.baseUrl, stack.keys.editor);
  });
  afterAll(async () => {
    await reviewer?.close();
    await editor?.close();
    await stack?.stop();
  });

  it('fits every page into 768 px, the navigation and the main action in view', async () => {
    const claim = article.claims.find((candidate: any) => candidate.source === 'Bloomberg');
    const sourceId = claim.sourceId as string;
    const pages: [DeskBrowser, string, (page: Page) => Locator][] = [
      [reviewer, '/review', (page) => page.getByRole('button', { name: /Next claim/ })],
      [reviewer, `/claims/${claim.id}`, (page) => page.getByTestId('action-claim')],
      [reviewer, `/claims/${unbroken}`, (page) => page.getByTestId('action-claim')],
      [editor, '/board', (page) => page.getByTestId('board-approve')],
      [editor, '/articles', (page) => page.getByLabel('Search')],
      [editor, `/articles/${article.id}`, (page) => page.getByRole('link', { name: /twelve electric ferries/ })],
      [editor, '/sources', (page) => page.getByLabel('Search names and aliases')],
      [editor, `/sources/${sourceId}`, (page) => page.getByRole('button', { name: 'Add alias' })],
      [editor, '/dashboard', (page) => page.getByTestId('approved-count')],
    ];
    for (const [index, [who, path, mainAction]] of pages.entries()) {
      const { page } = who;
      await page.goto(`${stack.baseUrl}${path}`);
      await page.locator('main h1').waitFor();
      await page.getByText('Loading…').waitFor({ state: 'detached' });
      await mainAction(page).first().waitFor();
      const links = page.getByRole('navigation', { name: 'Desk' }).getByRole('link');
      const nav = [];
      for (const link of await links.all()) nav.push((await fitsAndShows(page, link)).shown);
      expect({ path, nav }).toEqual({ path, nav: nav.map(() => true) });
      expect({ path, ...(await fitsAndShows(page, page.getByRole('button', { name: 'Sign out' }))) }).toEqual({
        path,
        overflow: expect.any(Number),
        shown: true,
      });
      const fit = await fitsAndShows(page, mainAction(page));
      expect({ path, overflow: Math.max(fit.overflow, 0), shown: fit.shown }).toEqual({
        path,
        overflow: 0,
        shown: true,
      });
      await screenshot(page, `tablet${path.replace(/\//g, '-').replace(/-[0-9a-f-]{36}$/, `-${index}`)}`);
    }
  });

  it('moves through the board with j/k, approves with a and returns with r (with the note)', async () => {
    const { page } = editor;
    await page.goto(`${stack.baseUrl}/board`);
    const rows = page.locator('table.board tbody tr');
    await rows.nth(2).waitFor();
    const current = () => page.locator('table.board tbody tr.current').innerText();
    const first = await rows.nth(0).innerText();
    const second = await rows.nth(1).innerText();
    expect(await current()).toBe(first);
    await page.keyboard.press('j');
    expect(await current()).toBe(second);
    expect(await page.evaluate(() => (globalThis as any).document.activeElement.className)).toBe('current');
    await page.keyboard.press('k');
    expect(await current()).toBe(first);
    await page.keyboard.press('j');

    await page.keyboard.press('a');
    await page.getByText('approve: 1 of 1 done').waitFor();
    // The board drops the approved row after the message shows: wait for it to go, not for a row that was there.
    await rows.nth(2).waitFor({ state: 'detached' });
    expect(await rows.count()).toBe(2);
    expect(await rows.allInnerTexts()).not.toContain(second);

    await page.keyboard.press('r');
    await page.getByText('Write a note first').waitFor();
    await page.getByLabel('Note or reason (return, discard)').fill('Add the exporters’ own figures');
    await page.locator('main h1').click();
    const returned = await current();
    await page.keyboard.press('r');
    await page.getByText('return: 1 of 1 done').waitFor();
    await page.waitForFunction(
      () => (globalThis as any).document.querySelectorAll('table.board tbody tr').length === 1,
    );
    expect(await rows.allInnerTexts()).not.toContain(returned);
    const statuses = await Promise.all(
      submitted.map(async (id) => (await stack.request('GET', `/v1/claims/${id}`, { as: 'editor' })).body.status),
    );
    expect(statuses.sort()).toEqual(['approved', 'awaiting_approval', 'returned']);
  });

  it('moves through the articles with j/k and opens one with Enter', async () => {
    const { page } = editor;
    await page.goto(`${stack.baseUrl}/articles`);
    const rows = page.locator('ul.rows li');
    await rows.nth(1).waitFor();
    const second = await rows.nth(1).getByRole('link').innerText();
    await page.keyboard.press('j');
    await page.keyboard.press('Enter');
    await page.locator('main h1').filter({ hasText: second }).waitFor();
  });

  it('takes the next claim with n from the review queue', async () => {
    const { page } = reviewer;
    await page.goto(`${stack.baseUrl}/review`);
    await page.getByRole('heading', { name: 'Review queue' }).waitFor();
    await page.getByText('Loading…').waitFor({ state: 'detached' });
    await page.keyboard.press('n');
    await page.waitForURL(/\/claims\/[0-9a-f-]{36}$/);
    await page.getByText('in review', { exact: true }).first().waitFor();
    const id = page.url().split('/').at(-1);
    const { body } = await stack.request('GET', `/v1/claims/${id}`, { as: 'reviewer' });
    expect(body).toMatchObject({ status: 'in_review', assigneeId: stack.keyIds.reviewer });
  });
});
