import { readFileSync } from 'fs';
import { join } from 'path';
import { ingestArticle } from '../support/articles';
import { type DeskBrowser, openBrowser, screenshot, seriousViolations, signIn } from '../support/browser';
import { type Stack, startStack } from '../support/stack';

const ARTICLE = readFileSync(join(__dirname, '..', 'fixtures', 'web', 'desk-article.txt'), 'utf8');

/**
 * The desk in Debian's Chromium against the real api, worker, PostgreSQL and Redis: a reviewer (on a 768 px tablet)
 * verifies the outlet-reported claim, an editor approves it from the board while the dashboard, open in another tab,
 * counts it without a reload. axe-core checks every page; screenshots go to test-output/web.
 */
describe('the web desk in a browser', () => {
  let stack: Stack;
  let reviewer: DeskBrowser;
  let editor: DeskBrowser;
  let article: any;
  const claimOf = (source: string) => article.claims.find((claim: any) => claim.source === source);

  beforeAll(async () => {
    stack = await startStack();
    article = await ingestArticle(stack, 'Levant Daily', ARTICLE);
    reviewer = await openBrowser({ width: 768, height: 1024 });
    editor = await openBrowser({ width: 1280, height: 900 });
  });
  afterAll(async () => {
    await reviewer?.close();
    await editor?.close();
    await stack?.stop();
  });

  it('signs a reviewer in with a key and shows the reviewer’s navigation, without the board', async () => {
    const { page } = reviewer;
    await page.goto(stack.baseUrl);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'sign-in');
    await page.getByLabel('API key').fill('fdk_wrong');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('alert').filter({ hasText: 'unknown or revoked API key' }).waitFor();

    await signIn(page, stack.baseUrl, stack.keys.reviewer);
    await page.getByRole('heading', { name: 'Review queue' }).waitFor();
    const nav = await page.getByRole('navigation', { name: 'Desk' }).innerText();
    expect(nav).toContain('Review queue');
    expect(nav).not.toContain('Editor board');
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'review-queue');
  });

  it('shows the relayed claim’s chain of attribution', async () => {
    const { page } = reviewer;
    await page.goto(`${stack.baseUrl}/claims/${claimOf('sources').id}`);
    const chain = page.getByRole('list', { name: 'Chain of attribution' });
    await chain.waitFor();
    expect((await chain.locator('li').allInnerTexts()).join(' → ')).toBe('sources → Northern Wire → Levant Daily');
  });

  it('lets the reviewer take the Bloomberg claim, see its span, add evidence and submit both verdicts', async () => {
    const { page } = reviewer;
    const claim = article.claims.find((candidate: any) => candidate.source === 'Bloomberg' && candidate.start > 60);
    await page.goto(`${stack.baseUrl}/claims/${claim.id}`);
    const span = page.getByTestId('claim-span');
    await span.waitFor();
    expect(await span.innerText()).toBe(ARTICLE.slice(claim.start, claim.end));
    expect(await span.innerText()).toContain('Norvania plans to buy twelve electric ferries');

    await page.getByTestId('action-claim').click();
    await page.getByText('in review', { exact: true }).first().waitFor();
    const evidence = page.getByRole('form', { name: 'Add evidence' });
    await evidence.getByLabel('Link').fill('https://example.com/bloomberg/ferries');
    await evidence.getByLabel('Title').fill('Bloomberg report');
    await evidence.getByLabel('Note').fill('Says twelve ferries');
    await page.getByRole('button', { name: 'Add evidence' }).click();
    await page.getByTestId('evidence-list').getByText('Bloomberg report').waitFor();

    await page.getByLabel('Attribution verdict').selectOption('confirmed');
    await page.getByLabel('Attribution note').fill('The Bloomberg report says so');
    await page.getByLabel('Claim rating').selectOption('unproven');
    await page.getByLabel('Rating note').fill('No order has been placed yet');
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'claim-page');
    await page.getByRole('button', { name: 'Submit verdict for approval' }).click();
    await page.getByText('awaiting approval', { exact: true }).first().waitFor();
    await page.getByRole('heading', { name: 'Proposed verdict' }).waitFor();
    expect(await page.getByTestId('action-approve').count()).toBe(0);
    const { body } = await stack.request('GET', `/v1/claims/${claim.id}`, { as: 'editor' });
    expect(body).toMatchObject({ status: 'awaiting_approval', verdict: { attributionVerdict: 'confirmed' } });
    expect(body.evidence).toHaveLength(1);
  });

  it('lets an editor approve it from the board while the dashboard counts it without a reload', async () => {
    const { page: dashboard, context } = editor;
    await signIn(dashboard, stack.baseUrl, stack.keys.editor);
    await dashboard.goto(`${stack.baseUrl}/dashboard`);
    const approved = dashboard.getByTestId('approved-count');
    await approved.waitFor();
    const before = Number(await approved.innerText());
    await dashboard.getByTestId('as-of').waitFor();
    expect(await seriousViolations(dashboard)).toEqual([]);

    const board = await context.newPage();
    await board.goto(`${stack.baseUrl}/board`);
    const row = board.getByRole('row').filter({ hasText: 'Norvania plans to buy twelve electric ferries' });
    await row.waitFor();
    expect(await seriousViolations(board)).toEqual([]);
    await screenshot(board, 'board');
    await row.getByTestId('board-approve').click();
    await board.getByText('approve: 1 of 1 done').waitFor();
    await board.getByText('Nothing here.').waitFor();

    await dashboard.waitForFunction(
      (count) =>
        Number((globalThis as any).document.querySelector('[data-testid="approved-count"]')?.textContent) === count,
      before + 1,
      { timeout: 30_000 },
    );
    await screenshot(dashboard, 'dashboard');
  });

  it('passes axe on the articles, article, sources and source pages, where editors add and remove aliases', async () => {
    const { page } = editor;
    for (const path of ['/articles', `/articles/${article.id}`, '/sources']) {
      await page.goto(`${stack.baseUrl}${path}`);
      await page.locator('main h1').waitFor();
      await page.getByText('Loading…').waitFor({ state: 'detached' });
      expect({ path, violations: await seriousViolations(page) }).toEqual({ path, violations: [] });
    }
    await page.getByRole('link', { name: 'Bloomberg', exact: true }).click();
    await page.getByRole('heading', { name: 'Bloomberg' }).waitFor();
    await page.getByLabel('New alias').fill('Bloomberg News');
    await page.getByRole('button', { name: 'Add alias' }).click();
    await page.getByRole('button', { name: 'Remove Bloomberg News' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Remove Bloomberg News' }).click();
    await page.getByRole('button', { name: 'Remove Bloomberg News' }).waitFor({ state: 'detached' });
  });
});
