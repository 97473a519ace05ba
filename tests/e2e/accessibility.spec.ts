import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { sitemapPaths } from '../support/sitemap.ts';

const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

// axe takes about two seconds a page: the pages are split over a few tests that run in parallel.
const parts = 4;
for (let part = 0; part < parts; part++) {
  test(`axe finds no WCAG A or AA violation on any page (part ${part + 1} of ${parts})`, async ({
    page,
    request,
  }) => {
    test.setTimeout(300_000);
    const paths = [...(await sitemapPaths(request)), '/bestaat-niet/'].filter(
      (_path, index) => index % parts === part,
    );
    await checkPages(page, paths);
  });
}

async function checkPages(page: Page, paths: string[]) {
  const violations: string[] = [];
  for (const path of paths) {
    await page.goto(path);
    const results = await new AxeBuilder({ page }).withTags(wcagTags).analyze();
    for (const violation of results.violations) {
      const targets = violation.nodes.map((node) => node.target.join(' ')).slice(0, 3);
      violations.push(`${path}: ${violation.id} (${violation.impact}) at ${targets.join(', ')}`);
    }
  }
  expect(violations).toEqual([]);
  expect(paths.length).toBeGreaterThan(0);
}

test('no page scrolls sideways on a 320 pixel wide phone', async ({ page, request }) => {
  test.setTimeout(180_000);
  await page.setViewportSize({ width: 320, height: 640 });
  const overflowing: string[] = [];
  for (const path of await sitemapPaths(request)) {
    await page.goto(path);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    if (width > 320) overflowing.push(`${path}: ${width}px`);
  }
  expect(overflowing).toEqual([]);
});

test('the first Tab reaches the skip link, which moves focus to the main content', async ({
  page,
}) => {
  await page.goto('/regelingen/no-riskpolis/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Ga direct naar de inhoud' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
});

test('keyboard focus is clearly visible on links', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  const focused = page.locator(':focus');
  const style = await focused.evaluate((element) => {
    const computed = getComputedStyle(element);
    return { background: computed.backgroundColor, shadow: computed.boxShadow };
  });
  // The focus style paints a yellow (#ffbf47) background with a dark bar underneath.
  expect(style.background).toBe('rgb(255, 191, 71)');
  expect(style.shadow).not.toBe('none');
});

test('the main navigation marks the current section', async ({ page }) => {
  await page.goto('/verhalen/de-blauwe-paraplu/');
  const nav = page.getByRole('navigation', { name: 'Hoofdmenu' });
  await expect(nav.getByRole('link', { name: 'Verhalen' })).toHaveAttribute('aria-current', 'page');
  const crumbs = page.getByRole('navigation', { name: 'Kruimelpad' });
  await expect(crumbs.getByRole('link', { name: 'Verhalen' })).toHaveAttribute(
    'href',
    '/verhalen/',
  );
});
