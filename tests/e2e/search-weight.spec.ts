import { readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import {
  fontBudgetBytes,
  runSearchSession,
  sessionBudgetBytes,
  sessionSummary,
} from '../support/search-session.ts';

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

test('a whole search session stays within its budget, and no index is fetched while typing', async ({
  page,
  baseURL,
}) => {
  test.setTimeout(90_000);
  // The session and how it is counted are shared with `npm run bench:search`, which runs it
  // with 5,000 generated stories (tests/support/search-session.ts).
  const report = await runSearchSession(page, baseURL ?? '');
  writeFileSync(test.info().outputPath('search-session.json'), JSON.stringify(report, null, 2));
  console.info(sessionSummary(report));
  expect(report.fetchedWhileTyping).toEqual([]);
  expect(report.resultsShown).toBeGreaterThan(0);
  expect(report.indexBytes).toBeGreaterThan(0);
  expect(report.fragmentBytes).toBeGreaterThan(0);
  expect(report.sessionBytes).toBeLessThan(sessionBudgetBytes);
  expect(report.fontBytes).toBeLessThan(fontBudgetBytes);
});
