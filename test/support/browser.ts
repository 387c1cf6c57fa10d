import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { type BrowserContext, chromium, type Page } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
];
export const TEST_OUTPUT = join(__dirname, '..', '..', 'test-output', 'web');

export interface DeskBrowser {
  context: BrowserContext;
  page: Page;
  close(): Promise<void>;
}

/** Debian's Chromium with a fresh profile of its own (one per person, so cookies never mix). */
export async function openBrowser(viewport: { width: number; height: number }): Promise<DeskBrowser> {
  const profile = mkdtempSync(join(tmpdir(), 'factdesk-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: FLAGS,
    viewport,
  });
  const page = context.pages()[0] ?? (await context.newPage());
  return {
    context,
    page,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

export async function signIn(page: Page, baseUrl: string, key: string): Promise<void> {
  await page.goto(baseUrl);
  await page.getByLabel('API key').fill(key);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('button', { name: 'Sign out' }).waitFor();
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(TEST_OUTPUT, { recursive: true });
  const path = join(TEST_OUTPUT, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}

/** axe-core on the page as it is: the serious and critical violations, each as "rule: target". */
export async function seriousViolations(page: Page): Promise<string[]> {
  // Evaluated rather than added as a script tag: the desk's Content-Security-Policy rightly refuses inline scripts.
  await page.evaluate(readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8'));
  return page.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run: () => Promise<any> } }).axe;
    const result = await axe.run();
    return result.violations
      .filter((violation: any) => ['serious', 'critical'].includes(violation.impact))
      .flatMap((violation: any) => violation.nodes.map((node: any) => `${violation.id}: ${node.target.join(' ')}`));
  });
}
