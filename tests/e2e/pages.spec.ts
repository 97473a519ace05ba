import { expect, test } from '@playwright/test';
import { sitemapPaths } from '../support/sitemap.ts';

test('the sitemap lists every kind of page', async ({ request }) => {
  const paths = await sitemapPaths(request);
  for (const expected of [
    '/',
    '/verhalen/',
    '/verhalen/de-blauwe-paraplu/',
    '/verhalen/sector/sociaal-ondernemen/',
    '/regelingen/',
    '/regelingen/no-riskpolis/',
    '/ambassadeurs/',
    '/bijeenkomsten/',
    '/gemeenten/barneveld/',
    '/over/',
    '/contact/',
    '/privacy/',
    '/toegankelijkheid/',
  ]) {
    expect(paths).toContain(expected);
  }
  expect(
    paths.filter((path) => path.startsWith('/gemeenten/') && path !== '/gemeenten/'),
  ).toHaveLength(9);
  expect(paths).not.toContain('/404/');
});

test('every page in the sitemap answers with one h1 and complete head tags', async ({
  page,
  request,
  baseURL,
}) => {
  test.setTimeout(180_000);
  const paths = await sitemapPaths(request);
  const problems: string[] = [];
  for (const path of paths) {
    const response = await page.goto(path);
    if (response?.status() !== 200) {
      problems.push(`${path}: status ${response?.status()}`);
      continue;
    }
    const facts = await page.evaluate(() => {
      const meta = (selector: string) =>
        document.querySelector<HTMLMetaElement>(selector)?.content.trim() ?? '';
      return {
        lang: document.documentElement.lang,
        h1: document.querySelectorAll('h1').length,
        title: document.title.trim(),
        description: meta('meta[name="description"]'),
        canonical: document.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href ?? '',
        og: ['og:title', 'og:description', 'og:url', 'og:image', 'og:type', 'og:locale'].map(
          (property) => [property, meta(`meta[property="${property}"]`)] as const,
        ),
      };
    });
    if (facts.lang !== 'nl') problems.push(`${path}: lang="${facts.lang}"`);
    if (facts.h1 !== 1) problems.push(`${path}: ${facts.h1} h1 elements`);
    if (facts.title.length < 10) problems.push(`${path}: title "${facts.title}"`);
    if (facts.description.length < 50) problems.push(`${path}: description too short`);
    if (new URL(facts.canonical).pathname !== path)
      problems.push(`${path}: canonical ${facts.canonical}`);
    for (const [property, value] of facts.og) {
      if (!value) problems.push(`${path}: no ${property}`);
    }
  }
  expect(problems, `checked ${paths.length} pages against ${baseURL}`).toEqual([]);
  expect(paths.length).toBeGreaterThan(40);
});

test('an unknown address shows a helpful 404 page', async ({ page }) => {
  const response = await page.goto('/bestaat-niet/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Deze pagina bestaat niet');
  await expect(page.getByRole('link', { name: 'Verhalen van werkgevers' })).toBeVisible();
});

test('the stories feed is valid RSS with every story', async ({ request }) => {
  const response = await request.get('/verhalen/rss.xml');
  expect(response.status()).toBe(200);
  const xml = await response.text();
  expect(xml).toContain('<rss');
  expect(xml).toContain('<language>nl-nl</language>');
  const storyPaths = (await sitemapPaths(request)).filter((path) =>
    /^\/verhalen\/[^/]+\/$/.test(path),
  );
  expect([...xml.matchAll(/<item>/g)]).toHaveLength(storyPaths.length);
});

test('a directory address without a slash is sent to the one with a slash', async ({ request }) => {
  const response = await request.get('/verhalen', { maxRedirects: 0 });
  expect(response.status()).toBe(301);
  expect(response.headers()['location']).toBe('/verhalen/');
});

test('robots.txt keeps the CMS out and names the sitemap by its full address', async ({
  request,
}) => {
  const robots = await (await request.get('/robots.txt')).text();
  expect(robots).toContain('Disallow: /admin/');
  const sitemap = /^Sitemap: (.+)$/m.exec(robots)?.[1] ?? '';
  expect(new URL(sitemap).pathname).toBe('/sitemap-index.xml');
  expect((await request.get(new URL(sitemap).pathname)).status()).toBe(200);
});

test('every page’s HTML has unique ids and nothing after </html>', async ({ request }) => {
  test.setTimeout(120_000);
  const problems: string[] = [];
  for (const path of await sitemapPaths(request)) {
    // The HTML as served, before a browser repairs it.
    const html = await (await request.get(path)).text();
    const ids = [...html.matchAll(/\sid="([^"]+)"/g)].map((match) => match[1]);
    const repeated = ids.filter((id, index) => ids.indexOf(id) !== index);
    if (repeated.length > 0) problems.push(`${path}: id used twice: ${repeated.join(', ')}`);
    if (html.trimEnd().slice(-7) !== '</html>') problems.push(`${path}: content after </html>`);
  }
  expect(problems).toEqual([]);
});
