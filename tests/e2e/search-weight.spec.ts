import { readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';

/** What one search may download, compressed, on top of the search page itself. */
const searchBudgetBytes = 150 * 1024;
/** Where the test build puts the search index (see playwright.config.ts). */
const indexDir = path.resolve('dist-test/client/pagefind');

function folderBytes(dir: string): number {
  return readdirSync(dir).reduce((sum, name) => {
    const file = path.join(dir, name);
    const stats = statSync(file);
    return sum + (stats.isDirectory() ? folderBytes(file) : stats.size);
  }, 0);
}

test('one search downloads little, and the numbers are written down', async ({ page, request }) => {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await page.goto('/zoeken/');
  const requested: string[] = [];
  page.on('request', (request) => requested.push(request.url()));
  const box = page.getByLabel('Waar zoekt u naar?');
  await box.fill('werkgevers');
  await box.press('Enter');
  await expect(page.locator('[data-search-status]')).toHaveText(/resultaten/);

  // Counted as our server sends each file to a browser that accepts brotli: the body bytes
  // (Content-Length). The browser's own counters miss what the search worker downloads.
  const sizes = await Promise.all(
    [...new Set(requested)].map(async (url) => {
      const response = await request.get(url, { headers: { 'Accept-Encoding': 'br, gzip' } });
      return { url: new URL(url).pathname, bytes: Number(response.headers()['content-length']) };
    }),
  );
  const pagefind = sizes.filter((size) => size.url.startsWith('/pagefind/'));
  const total = (list: typeof sizes) => list.reduce((sum, size) => sum + size.bytes, 0);
  const report = {
    query: 'werkgevers',
    searchBytes: total(sizes),
    engineBytes: total(pagefind.filter((size) => !/\/(index|fragment)\//.test(size.url))),
    indexBytes: total(pagefind.filter((size) => /\/index\//.test(size.url))),
    fragmentBytes: total(pagefind.filter((size) => /\/fragment\//.test(size.url))),
    otherBytes: total(sizes.filter((size) => !size.url.startsWith('/pagefind/'))),
    requests: sizes.length,
    indexFolderBytes: folderBytes(indexDir),
    files: sizes,
  };
  writeFileSync(test.info().outputPath('search-weight.json'), JSON.stringify(report, null, 2));
  console.info(
    `One search for "${report.query}": ${report.searchBytes} bytes in ${report.requests} requests ` +
      `(engine ${report.engineBytes}, index ${report.indexBytes}, results ${report.fragmentBytes}, ` +
      `other ${report.otherBytes}); the pagefind folder is ${report.indexFolderBytes} bytes.`,
  );
  expect(pagefind.length).toBeGreaterThan(3);
  expect(sizes.every((size) => size.bytes > 0)).toBe(true);
  expect(report.searchBytes).toBeLessThan(searchBudgetBytes);
});

/** What a whole search session may download, compressed: see the test below. */
const sessionBudgetBytes = 120 * 1024;
/**
 * The site's own font files (src/layouts/BaseLayout.astro) are not part of the session's budget:
 * a visitor fetches them once, on whatever page comes first, and the page-weight test holds every
 * page with them to its budget. They are counted and held to their own budget here.
 */
const siteFonts = /^\/_astro\/fonts\/[\w-]+\.woff2$/;
const fontBudgetBytes = 32 * 1024;
/** Pause between keys while typing a word, and between the two words: a visitor on a phone. */
const keyDelayMs = 120;
const wordPauseMs = 1_500;

test('a whole search session stays within its budget, and no index is fetched while typing', async ({
  page,
  request,
}) => {
  test.setTimeout(90_000);
  // Cold: every test starts in a fresh browser context, with nothing in its cache. During the
  // session the cache works as it would for a visitor, so a file is downloaded once.
  const requested = new Set<string>();
  const fetchedWhileTyping: string[] = [];
  let typing = false;
  page.on('request', (sent) => {
    requested.add(sent.url());
    if (typing && /\/pagefind\/(index|fragment|filter)\//.test(sent.url())) {
      fetchedWhileTyping.push(new URL(sent.url()).pathname);
    }
  });

  await page.goto('/zoeken/');
  const box = page.getByLabel('Waar zoekt u naar?');
  await box.click();
  for (const [index, word] of ['jobcoach', 'ziek'].entries()) {
    typing = true;
    await box.pressSequentially(index === 0 ? word : ` ${word}`, { delay: keyDelayMs });
    typing = false;
    // The visitor stops typing and reads: now the search runs.
    await page.waitForTimeout(wordPauseMs);
    await expect(page.locator('[data-search-status]')).toContainText(word);
  }
  await expect(page.locator('[data-search-status]')).toContainText('jobcoach ziek');
  await page.getByLabel('Soort', { exact: true }).selectOption('Regeling');
  await expect(page.locator('[data-search-status]')).toContainText('(Regeling)');
  await page.waitForLoadState('networkidle');

  const sizes = await Promise.all(
    [...requested].map(async (url) => {
      const response = await request.get(url, { headers: { 'Accept-Encoding': 'br, gzip' } });
      return { url: new URL(url).pathname, bytes: Number(response.headers()['content-length']) };
    }),
  );
  const total = (list: typeof sizes) => list.reduce((sum, size) => sum + size.bytes, 0);
  const pagefind = sizes.filter((size) => size.url.startsWith('/pagefind/'));
  const fonts = sizes.filter((size) => siteFonts.test(size.url));
  const report = {
    session: 'cold /zoeken/, "jobcoach ziek" typed, filter Soort = Regeling',
    sessionBytes: total(sizes) - total(fonts),
    fontBytes: total(fonts),
    pageBytes: total(
      sizes.filter((size) => !size.url.startsWith('/pagefind/') && !siteFonts.test(size.url)),
    ),
    engineBytes: total(pagefind.filter((size) => !/\/(index|fragment|filter)\//.test(size.url))),
    indexBytes: total(pagefind.filter((size) => /\/(index|filter)\//.test(size.url))),
    fragmentBytes: total(pagefind.filter((size) => /\/fragment\//.test(size.url))),
    requests: sizes.length,
    files: sizes,
  };
  writeFileSync(test.info().outputPath('search-session.json'), JSON.stringify(report, null, 2));
  console.info(
    `Search session: ${report.sessionBytes} bytes in ${report.requests} requests (page ${report.pageBytes}, ` +
      `engine ${report.engineBytes}, index ${report.indexBytes}, results ${report.fragmentBytes}), ` +
      `and the site's fonts: ${report.fontBytes} bytes.`,
  );
  expect(fetchedWhileTyping).toEqual([]);
  expect(sizes.every((size) => size.bytes > 0)).toBe(true);
  expect(report.sessionBytes).toBeLessThan(sessionBudgetBytes);
  expect(report.fontBytes).toBeLessThan(fontBudgetBytes);
});
