import { writeFileSync } from 'node:fs';
import { expect, test, type Page, type Response } from '@playwright/test';
import { pageType, sitemapPaths } from '../support/sitemap.ts';

/** Budget per page: HTML, CSS, JavaScript and fonts as transferred (compressed), images excluded. */
const budgetBytes = 60 * 1024;
/** Page types that must ship no JavaScript at all. */
const noScriptTypes = [/^verhalen/, /^regelingen/, /^ambassadeurs/, /^gemeenten/, /^home$/];

interface Weight {
  total: number;
  script: number;
  requests: string[];
}

/** Loads a page with the browser cache disabled, so every page is weighed as a first visit. */
async function weigh(page: Page, path: string): Promise<Weight> {
  const counted: Promise<{ type: string; bytes: number; url: string }>[] = [];
  const listener = (response: Response) => {
    counted.push(
      response
        .request()
        .sizes()
        .then((sizes) => ({
          type: response.request().resourceType(),
          bytes: sizes.responseBodySize + sizes.responseHeadersSize,
          url: response.url(),
        })),
    );
  };
  page.on('response', listener);
  await page.goto(path, { waitUntil: 'load' });
  page.off('response', listener);
  const responses = await Promise.all(counted);
  const weighed = responses.filter((r) =>
    ['document', 'stylesheet', 'script', 'font'].includes(r.type),
  );
  return {
    total: weighed.reduce((sum, r) => sum + r.bytes, 0),
    script: weighed.filter((r) => r.type === 'script').reduce((sum, r) => sum + r.bytes, 0),
    requests: responses.map((r) => r.url),
  };
}

test('every page stays within the weight budget, and content pages ship no JavaScript', async ({
  page,
  request,
  baseURL,
}) => {
  const origin = new URL(baseURL ?? '').origin;
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  test.setTimeout(180_000);
  const heaviest = new Map<string, { path: string; total: number; script: number }>();
  const problems: string[] = [];
  for (const path of await sitemapPaths(request)) {
    const weight = await weigh(page, path);
    const type = pageType(path);
    if (weight.total > budgetBytes) problems.push(`${path}: ${weight.total} bytes`);
    if (noScriptTypes.some((pattern) => pattern.test(type)) && weight.script > 0) {
      problems.push(`${path}: ${weight.script} bytes of JavaScript`);
    }
    const foreign = weight.requests.filter((url) => new URL(url).origin !== origin);
    if (foreign.length > 0) problems.push(`${path}: third-party requests ${foreign.join(', ')}`);
    if ((heaviest.get(type)?.total ?? 0) < weight.total) {
      heaviest.set(type, { path, total: weight.total, script: weight.script });
    }
  }
  const report = [...heaviest].map(([type, w]) => ({
    type,
    ...w,
    kb: +(w.total / 1024).toFixed(1),
  }));
  writeFileSync(test.info().outputPath('page-weight.json'), JSON.stringify(report, null, 2));
  console.info(
    report.map((r) => `${r.type.padEnd(26)} ${String(r.kb).padStart(6)} KB  ${r.path}`).join('\n'),
  );
  expect(problems).toEqual([]);
});

test('public pages set no cookies', async ({ page, context }) => {
  for (const path of ['/', '/verhalen/', '/bijeenkomsten/', '/contact/']) {
    const response = await page.goto(path);
    expect(response?.headers()['set-cookie']).toBeUndefined();
  }
  expect(await context.cookies()).toEqual([]);
});
