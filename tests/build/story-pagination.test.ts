/**
 * Story lists at a size where they need pages: a copy of the project gets 230 generated stories
 * (240 in all, so a municipality has about 27), is built, and is read through the site's own
 * server the way a visitor without JavaScript (or a crawler) walks it.
 */
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeGeneratedStories } from '../support/generated-stories.ts';
import {
  isListingPath,
  listingLinks,
  pageBudgetBytes,
  pageWeigher,
  serveBuild,
  sitemapPathsOf,
} from '../support/listing-pages.ts';
import { buildCopy, copyProject } from '../support/project-copy.ts';
import type { TestSiteServer } from '../support/test-site-server.ts';

const generated = 230;
let dir: string;
let site: TestSiteServer;
let total: number;

async function html(pagePath: string): Promise<string> {
  const response = await fetch(site.base + pagePath);
  expect(response.status, pagePath).toBe(200);
  return response.text();
}

/** Follows rel="next" from `start`; returns the pages visited and the stories on each. */
async function walk(start: string): Promise<{ path: string; stories: string[] }[]> {
  const pages: { path: string; stories: string[] }[] = [];
  let at: string | undefined = start;
  let from: string | undefined;
  while (at) {
    const links = listingLinks(await html(at));
    // Each page leads back to where the walk came from.
    expect(links.prev, at).toBe(from);
    pages.push({ path: at, stories: links.stories });
    from = at;
    at = links.next;
  }
  return pages;
}

beforeAll(async () => {
  dir = copyProject('site-pages-');
  await writeGeneratedStories(path.join(dir, 'content'), generated);
  const { status, output } = await buildCopy(dir, { CAMPAIGN_NOW: '2026-11-27T12:00:00Z' });
  if (status !== 0) throw new Error(`The build failed:\n${output}`);
  total = readdirSync(path.join(dir, 'content/stories')).filter((name) =>
    name.endsWith('.md'),
  ).length;
  site = await serveBuild(path.join(dir, 'dist'));
}, 600_000);

afterAll(async () => {
  await site?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('all stories over numbered pages', () => {
  it('shows 24 a page, and walking rel="next" from /verhalen/ shows every story once', async () => {
    const pages = await walk('/verhalen/');
    expect(pages.map((page) => page.path)).toEqual([
      '/verhalen/',
      ...Array.from({ length: Math.ceil(total / 24) - 1 }, (_, n) => `/verhalen/pagina/${n + 2}/`),
    ]);
    expect(pages.slice(0, -1).every((page) => page.stories.length === 24)).toBe(true);
    const stories = pages.flatMap((page) => page.stories);
    expect(stories).toHaveLength(total);
    expect(new Set(stories).size).toBe(total);
  });

  it('numbers the pages and marks the current one', async () => {
    const second = await html('/verhalen/pagina/2/');
    expect(second).toContain(`Pagina 2 van ${Math.ceil(total / 24)}`);
    expect(second).toMatch(/<a href="\/verhalen\/pagina\/2\/" aria-current="page"/);
    expect(second).toMatch(/<a href="\/verhalen\/"[^>]*><span class="sr-only">Pagina <\/span>1/);
  });

  it('has no page beyond the last', async () => {
    const response = await fetch(`${site.base}/verhalen/pagina/${Math.ceil(total / 24) + 1}/`);
    expect(response.status).toBe(404);
  });
});

describe('filtered lists', () => {
  it('split over pages too, each page at the filter’s address plus pagina/<n>/', async () => {
    const first = await html('/verhalen/gemeente/amersfoort/');
    const count = Number(/(\d+) verhalen\s*gevonden/.exec(first)?.[1]);
    expect(count).toBeGreaterThan(24);
    const pages = await walk('/verhalen/gemeente/amersfoort/');
    expect(pages[1]?.path).toBe('/verhalen/gemeente/amersfoort/pagina/2/');
    expect(new Set(pages.flatMap((page) => page.stories)).size).toBe(count);
  });

  it('combine a sector with a municipality, and every filter link leads to stories', async () => {
    const sectorPage = await html('/verhalen/sector/zorg-en-welzijn/');
    const combinations = [
      ...sectorPage.matchAll(/href="(\/verhalen\/sector\/zorg-en-welzijn\/gemeente\/[^"]+)"/g),
    ].map((match) => match[1] ?? '');
    expect(combinations.length).toBeGreaterThan(1);
    for (const combination of combinations) {
      const page = await html(combination);
      expect(listingLinks(page).stories.length, combination).toBeGreaterThan(0);
      // The way back: each chosen filter can be taken away.
      expect(page).toContain('href="/verhalen/sector/zorg-en-welzijn/"');
    }
  });
});

describe('around the lists', () => {
  it('the sitemap lists every page of every list', async () => {
    const paths = await sitemapPathsOf(site.base);
    expect(paths).toContain('/verhalen/pagina/2/');
    expect(paths).toContain('/verhalen/gemeente/amersfoort/pagina/2/');
    expect(paths).toContain('/verhalen/sector/zorg-en-welzijn/gemeente/soest/');
  });

  it('the search index holds the stories, and no list page', () => {
    const folder = path.join(dir, 'dist/client/pagefind/fragment');
    // A fragment is gzip of "pagefind_dcd" followed by the page's JSON.
    const urls = readdirSync(folder).map(
      (name) =>
        (
          JSON.parse(
            gunzipSync(readFileSync(path.join(folder, name)))
              .subarray(12)
              .toString(),
          ) as {
            url: string;
          }
        ).url,
    );
    expect(urls.filter(isListingPath)).toEqual([]);
    expect(urls.filter((url) => url.startsWith('/verhalen/'))).toHaveLength(total);
  });

  it('no list page weighs more than the page budget', async () => {
    const weigh = pageWeigher(site.base);
    const listings = (await sitemapPathsOf(site.base)).filter(isListingPath);
    expect(listings.length).toBeGreaterThan(100);
    const over: string[] = [];
    for (const listing of listings) {
      const { total: bytes } = await weigh(listing);
      if (bytes > pageBudgetBytes) over.push(`${listing}: ${bytes} bytes`);
    }
    expect(over).toEqual([]);
  });
});
