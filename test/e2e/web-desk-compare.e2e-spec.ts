import { ingestArticle, onlyClaimContaining as only, SEED_ARTICLE } from '../support/articles';
import { type DeskBrowser, openBrowser, screenshot, seriousViolations, signIn } from '../support/browser';
import { type Stack, startStack } from '../support/stack';

interface ArticleClaim {
  id: string;
  source: string;
  content: string;
  possibleDuplicateOf: string | null;
}

/** Shares the Bloomberg report's main words, but not enough of them to be joined without a reviewer's say. */
const NEAR_DUPLICATE =
  'Arms for Damascus\nDOHA (Gulf Ledger) — Bloomberg reported that Türkiye plans to sell Syria armoured vehicles and drones, to be paid for by Qatar.';
const TWO_HUNDRED =
  'Saudi order for Turkish armour\nBEIRUT (Levant Daily) — Saudi Arabia has agreed to buy 200 armoured vehicles from Karatay Defence, the Turkish Defence Industry Agency said on Wednesday.';
const THREE_HUNDRED =
  'Karatay wins Saudi order\nISTANBUL (Bosphorus Wire) — Saudi Arabia has agreed to buy 300 armoured vehicles from Karatay Defence, the Turkish Defence Industry Agency said, the largest export deal in its history.';

/**
 * The claim page puts a suggested duplicate, and a claim that gives other figures, beside the claim (text, chain of
 * attribution, figures, status) with the actions that settle the pair; a reviewer rejects one and settles the other.
 */
describe('the web desk compares two claims side by side', () => {
  let stack: Stack;
  let reviewer: DeskBrowser;
  let near: ArticleClaim;
  let canonical: ArticleClaim;
  let lower: ArticleClaim;
  let higher: ArticleClaim;
  beforeAll(async () => {
    stack = await startStack();
    const seed = await ingestArticle(stack, 'MNTV', SEED_ARTICLE);
    canonical = seed.claims.find((claim: ArticleClaim) => claim.source === 'Bloomberg');
    near = only((await ingestArticle(stack, 'Gulf Ledger', NEAR_DUPLICATE)).claims, 'paid for by Qatar');
    lower = only((await ingestArticle(stack, 'Levant Daily', TWO_HUNDRED)).claims, '200 armoured');
    higher = only((await ingestArticle(stack, 'Bosphorus Wire', THREE_HUNDRED)).claims, '300 armoured');
    reviewer = await openBrowser({ width: 1280, height: 900 });
    await signIn(reviewer.page, stack.baseUrl, stack.keys.reviewer);
  });
  afterAll(async () => {
    await reviewer?.close();
    await stack?.stop();
  });

  it('shows an intake key both pairs without the buttons that settle them', async () => {
    const intake = await openBrowser({ width: 1280, height: 900 });
    try {
      await signIn(intake.page, stack.baseUrl, stack.keys.intake);
      await intake.page.goto(`${stack.baseUrl}/claims/${near.id}`);
      const suggestion = intake.page.getByTestId('duplicate-suggestion');
      await suggestion.getByRole('article', { name: 'The other claim' }).waitFor();
      await suggestion.getByText('A reviewer confirms or rejects this suggestion.').waitFor();
      expect(await suggestion.getByRole('button').count()).toBe(0);
      await intake.page.goto(`${stack.baseUrl}/claims/${lower.id}`);
      const conflicts = intake.page.getByTestId('figure-conflicts');
      await conflicts.getByRole('article', { name: 'The other claim' }).waitFor();
      await conflicts.getByText('Open: a reviewer settles it.').waitFor();
      expect(await conflicts.getByRole('button').count()).toBe(0);
    } finally {
      await intake.close();
    }
  });

  it('shows the suggested duplicate beside the claim, and a reviewer rejects it', async () => {
    expect(near.possibleDuplicateOf).toBe(canonical.id);
    const { page } = reviewer;
    await page.goto(`${stack.baseUrl}/claims/${near.id}`);
    const suggestion = page.getByTestId('duplicate-suggestion');
    const mine = suggestion.getByRole('article', { name: 'This claim' });
    const theirs = suggestion.getByRole('article', { name: 'The other claim' });
    await theirs.waitFor();
    expect(await mine.locator('blockquote').innerText()).toBe(near.content);
    expect(await theirs.locator('blockquote').innerText()).toBe(canonical.content);
    expect((await mine.getByRole('list', { name: 'Chain of attribution' }).innerText()).split('\n')).toEqual([
      'Bloomberg',
      'Gulf Ledger',
    ]);
    expect(await theirs.getByRole('list', { name: 'Chain of attribution' }).innerText()).toContain('MNTV');
    expect(await theirs.getByText('queued', { exact: true }).count()).toBe(1);
    // Side by side, not one under the other.
    const [left, right] = [await mine.boundingBox(), await theirs.boundingBox()];
    expect(right!.x).toBeGreaterThan(left!.x + left!.width - 1);
    expect(Math.abs(right!.y - left!.y)).toBeLessThan(5);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'claim-duplicate');

    await suggestion.getByLabel('Note (optional)').fill('Another deal: a sale, paid for by Qatar');
    await suggestion.getByRole('button', { name: 'Reject: a different claim' }).click();
    await suggestion.waitFor({ state: 'detached' });
    await page.getByRole('listitem').filter({ hasText: 'reject duplicate' }).waitFor();
    const { body } = await stack.request('GET', `/v1/claims/${near.id}`, { as: 'reviewer' });
    expect(body).toMatchObject({ status: 'queued', possibleDuplicateOf: null });
    expect(body.history.at(-1)).toMatchObject({
      event: 'reject_duplicate',
      payload: expect.objectContaining({ note: 'Another deal: a sale, paid for by Qatar' }),
    });
  });

  it('shows a figure conflict with both figures, and a reviewer settles it as a contradiction', async () => {
    const { page } = reviewer;
    await page.goto(`${stack.baseUrl}/claims/${higher.id}`);
    const conflicts = page.getByTestId('figure-conflicts');
    const theirs = conflicts.getByRole('article', { name: 'The other claim' });
    await theirs.waitFor();
    await conflicts.getByRole('heading', { name: '300 against 200' }).waitFor();
    expect(await conflicts.getByRole('article', { name: 'This claim' }).getByTestId('figures').innerText()).toBe('300');
    expect(await theirs.getByTestId('figures').innerText()).toBe('200');
    expect(await theirs.locator('blockquote').innerText()).toBe(lower.content);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'claim-conflict');

    await conflicts.getByLabel('Outcome').selectOption('contradiction');
    await conflicts.getByLabel('Note (optional)').fill('The agency statement says 200.');
    await conflicts.getByRole('button', { name: 'Settle conflict' }).click();
    await conflicts.getByRole('status').filter({ hasText: 'Settled: contradiction' }).waitFor();
    expect(await conflicts.getByRole('button', { name: 'Settle conflict' }).count()).toBe(0);
    // Still side by side, and no wider than the window, on a 768 px tablet.
    await page.setViewportSize({ width: 768, height: 1024 });
    const sides = await conflicts
      .getByRole('article')
      .evaluateAll((nodes) => nodes.map((node) => Math.round(node.getBoundingClientRect().top)));
    expect(new Set(sides).size).toBe(1);
    expect(await page.evaluate(() => (globalThis as any).document.scrollingElement.scrollWidth)).toBeLessThanOrEqual(
      768,
    );
    const { body } = await stack.request('GET', `/v1/claims/${lower.id}`, { as: 'reviewer' });
    expect(body.conflicts).toEqual([
      expect.objectContaining({ claimId: higher.id, status: 'settled', outcome: 'contradiction' }),
    ]);
  });
});
