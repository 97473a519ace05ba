import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

const status = (page: Page) => page.locator('[data-search-status]');
const resultLinks = (page: Page) => page.locator('[data-search-results] h2 a');

/** Waits for the search to answer and returns the number of results it announced. */
async function resultCount(page: Page): Promise<number> {
  await expect(status(page)).toHaveText(/resulta(at|ten)/);
  const text = (await status(page).textContent()) ?? '';
  return text.startsWith('Geen') ? 0 : Number(/^(\d+)/.exec(text)?.[1]);
}

async function resultPaths(page: Page): Promise<string[]> {
  return resultLinks(page).evaluateAll((links) =>
    links.map((link) => new URL((link as HTMLAnchorElement).href).pathname),
  );
}

/** The text Pagefind indexes on a page: its data-pagefind-body. */
async function indexedText(page: Page, path: string): Promise<string> {
  await page.goto(path);
  // Pagefind indexes the pages before the soft hyphens go in (src/integrations/hyphenate.ts).
  return (await page.locator('[data-pagefind-body]').innerText()).replaceAll('\u00ad', '');
}

test.describe('search in Dutch', () => {
  test('a plural finds a page that only has the singular, through Dutch stemming', async ({
    page,
  }) => {
    for (const { query, singular, path, filter } of [
      // The issue's own example: an ambassador's page says "werkgever", never "werkgevers".
      {
        query: 'werkgevers',
        singular: 'werkgever',
        path: '/ambassadeurs/anouk-de-wit/',
        filter: '&soort=Ambassadeur',
      },
      {
        query: 'verzekeringen',
        singular: 'verzekering',
        path: '/regelingen/no-riskpolis/',
        filter: '',
      },
    ]) {
      // The page must really lack the query word, or this would not prove stemming: Pagefind
      // matches prefixes, so no word on it may even start with the query.
      const text = (await indexedText(page, path)).toLowerCase();
      expect(text).toMatch(new RegExp(`\\b${singular}\\b`));
      expect(text).not.toContain(query);

      await page.goto(`/zoeken/?q=${query}${filter}`);
      expect(await resultCount(page)).toBeGreaterThan(0);
      expect(await resultPaths(page)).toContain(path);
    }
  });

  test('finds only the pages meant for it: no overviews, home, 404 or search page', async ({
    page,
  }) => {
    await page.goto('/zoeken/?q=werkgevers');
    const count = await resultCount(page);
    // Ten per page: open them all.
    for (let shown = 10; shown < count; shown += 10) {
      await page.getByRole('button', { name: 'Meer resultaten' }).click();
      await expect(resultLinks(page)).toHaveCount(Math.min(shown + 10, count));
    }
    await expect(page.getByRole('button', { name: 'Meer resultaten' })).toBeHidden();
    const paths = await resultPaths(page);
    expect(paths).toHaveLength(count);
    for (const path of paths) {
      expect(path).toMatch(
        /^\/(verhalen|regelingen|ambassadeurs|bijeenkomsten|gemeenten)\/[^/]+\/$/,
      );
    }
  });

  test('filters narrow the results, and each result has the chosen value', async ({ page }) => {
    await page.goto('/zoeken/?q=werk');
    const all = await resultCount(page);

    await page.getByLabel('Soort', { exact: true }).selectOption('Verhaal');
    await expect(status(page)).toContainText('(Verhaal)');
    const stories = await resultCount(page);
    expect(stories).toBeGreaterThan(0);
    expect(stories).toBeLessThan(all);
    for (const path of await resultPaths(page)) expect(path).toMatch(/^\/verhalen\//);
    await expect(page).toHaveURL(/[?&]soort=Verhaal/);

    await page.getByLabel('Gemeente', { exact: true }).selectOption('Baarn');
    await expect(status(page)).toContainText('(Verhaal, Baarn)');
    const inBaarn = await resultCount(page);
    expect(inBaarn).toBeGreaterThan(0);
    expect(inBaarn).toBeLessThan(stories);
    for (const kind of await page
      .locator('[data-search-results] li p:first-child')
      .allTextContents()) {
      expect(kind).toBe('Verhaal · Baarn');
    }
  });

  test('a filter works without words too: all regulations for a target group', async ({ page }) => {
    await page.goto('/zoeken/?soort=Regeling&doelgroep=Wajong');
    expect(await resultCount(page)).toBeGreaterThan(1);
    for (const path of await resultPaths(page)) expect(path).toMatch(/^\/regelingen\//);
    await expect(page.getByLabel('Doelgroep')).toHaveValue('Wajong');
  });

  test('a linked search (?q=) runs on load, and the address follows new searches', async ({
    page,
  }) => {
    await page.goto('/zoeken/?q=jobcoach');
    await expect(page.getByLabel('Waar zoekt u naar?')).toHaveValue('jobcoach');
    expect(await resultCount(page)).toBeGreaterThan(0);
    await expect(status(page)).toContainText('voor ‘jobcoach’');
    expect(await resultPaths(page)).toContain('/regelingen/jobcoach/');
    await expect(resultLinks(page).first()).toBeVisible();

    await page.getByLabel('Waar zoekt u naar?').fill('loonkostensubsidie');
    await page.getByLabel('Waar zoekt u naar?').press('Enter');
    await expect(status(page)).toContainText('voor ‘loonkostensubsidie’');
    await expect(page).toHaveURL(/\/zoeken\/\?q=loonkostensubsidie$/);
    // The search box keeps focus, so people can refine their words.
    await expect(page.getByLabel('Waar zoekt u naar?')).toBeFocused();
  });

  test('hides the no-JavaScript explanation once search works', async ({ page }) => {
    await page.goto('/zoeken/');
    await expect(page.getByText('Zoeken werkt met JavaScript')).toBeHidden();
  });

  test('shows results with a title link and an excerpt with the words marked, and no picture', async ({
    page,
  }) => {
    await page.goto('/zoeken/?q=paraplu');
    await resultCount(page);
    const result = page
      .locator('[data-search-results] li')
      .filter({ has: page.locator('a[href="/verhalen/de-blauwe-paraplu/"]') });
    await expect(result.locator('mark').first()).toHaveText(/paraplu/i);
    // A picture would repeat the title and cost a download per result.
    await expect(page.locator('[data-search-results] img')).toHaveCount(0);
  });

  test('excerpts keep a label and its value apart, as the page shows them', async ({ page }) => {
    // On the event page "Waar" (a term) is followed by the venue (its description).
    await page.goto('/zoeken/?q=ondernemerscentrum');
    expect(await resultCount(page)).toBeGreaterThan(0);
    const excerpts = (
      await page.locator('[data-search-results] li p + h2 + p').allTextContents()
    ).join(' ');
    expect(excerpts).toMatch(/Waar Ondernemerscentrum/);
    expect(excerpts).not.toMatch(/WaarOndernemerscentrum/);
  });

  test('result titles use the full width of a 320 pixel phone', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto('/zoeken/?q=werkgevers');
    await resultCount(page);
    const widths = await page.locator('[data-search-results] li').evaluateAll((items) =>
      items.map((item) => ({
        item: item.clientWidth,
        title: item.querySelector('h2')?.getBoundingClientRect().width ?? 0,
      })),
    );
    for (const { item, title } of widths) expect(title).toBeGreaterThan(item * 0.8);
  });

  test('works with the keyboard alone, from the header to a result', async ({ page }) => {
    await page.goto('/regelingen/no-riskpolis/');
    await tabTo(page, '#site-zoekterm');
    await page.keyboard.type('werkgevers');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/zoeken\/\?q=werkgevers$/);
    const all = await resultCount(page);
    expect(all).toBeGreaterThan(10);

    // "Meer resultaten" moves focus to the first new result.
    await tabTo(page, '[data-search-more] button');
    await page.keyboard.press('Enter');
    await expect(resultLinks(page).nth(10)).toBeFocused();

    // A filter chosen with the keyboard.
    await tabTo(page, '#filter-soort', 'shift');
    await page.keyboard.press('ArrowDown');
    await expect(page.getByLabel('Soort', { exact: true })).toHaveValue('Verhaal');
    await expect(status(page)).toContainText('(Verhaal)');
    expect(await resultCount(page)).toBeLessThan(all);

    await tabTo(page, '[data-search-results] a');
    const target = await page.evaluate(() => document.activeElement?.getAttribute('href'));
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`${target}$`));
  });

  test('announces the number of results politely, and axe finds nothing with results shown', async ({
    page,
  }) => {
    await page.goto('/zoeken/?q=werk&soort=Verhaal');
    await resultCount(page);
    await expect(status(page)).toHaveAttribute('role', 'status');
    const results = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'])
      .analyze();
    expect(results.violations.map((violation) => violation.id)).toEqual([]);
  });
});

test.describe('the header search', () => {
  test('adds no JavaScript to a content page until it is used', async ({ page }) => {
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script' || request.url().includes('/pagefind/')) {
        scripts.push(request.url());
      }
    });
    await page.goto('/regelingen/no-riskpolis/');
    const box = page.getByRole('search', { name: 'Site doorzoeken' }).getByRole('searchbox');
    await box.focus();
    await box.fill('jobcoach');
    await page.waitForTimeout(500);
    expect(scripts).toEqual([]);

    await box.press('Enter');
    await expect(page).toHaveURL(/\/zoeken\/\?q=jobcoach$/);
    expect(await resultCount(page)).toBeGreaterThan(0);
    expect(scripts.some((url) => url.endsWith('/pagefind/pagefind.js'))).toBe(true);
  });

  test('is on every kind of page, as a labelled GET form to /zoeken/', async ({ page }) => {
    for (const path of ['/', '/verhalen/', '/contact/', '/bestaat-niet/']) {
      await page.goto(path);
      const form = page.getByRole('search', { name: 'Site doorzoeken' });
      await expect(form).toHaveAttribute('action', '/zoeken/');
      await expect(form).toHaveAttribute('method', 'get');
      await expect(form.getByRole('searchbox', { name: 'Zoek op de site' })).toHaveAttribute(
        'name',
        'q',
      );
    }
  });
});

test.describe('the search page without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('explains itself and offers the overviews instead of an empty box', async ({ page }) => {
    await page.goto('/zoeken/?q=werkgevers');
    await expect(page.getByText('Zoeken werkt met JavaScript')).toBeVisible();
    await expect(page.getByRole('status')).toBeEmpty();
    const browse = page.getByRole('region', { name: 'Liever bladeren?' });
    for (const name of [
      'Verhalen van werkgevers',
      'Regelingen',
      'Bijeenkomsten',
      'Ambassadeurs',
      'Gemeenten',
    ]) {
      await expect(browse.getByRole('link', { name, exact: true })).toBeVisible();
    }
    // Filters that cannot work are not shown.
    await expect(page.getByLabel('Soort', { exact: true })).toBeHidden();
  });
});

/** Presses Tab (or Shift+Tab) until the element matching `selector` has focus. */
async function tabTo(page: Page, selector: string, direction: 'forward' | 'shift' = 'forward') {
  for (let presses = 0; presses < 60; presses++) {
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
    await page.keyboard.press(direction === 'shift' ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`Tab never reached ${selector}`);
}
