/**
 * `npm run bench:listings`: builds a copy of the project with 5,000 generated stories (set
 * BENCH_STORIES for another number) and weighs every story list page (/verhalen/, each filter,
 * each sector in a municipality, and all their pages) through the site's own server, as a first
 * visit: HTML, stylesheets and scripts as transferred with brotli, headers included, images
 * excluded, as tests/e2e/page-weight.spec.ts counts. The heaviest pages are weighed again in
 * Chromium to check the count. Fails (exit 1) when any list page is over the 60 KB budget.
 * The copy is built without the per-entry share images (they are no part of a list page).
 * Writes its section of docs/benchmarks.md. Takes many minutes: it is not part of `npm test`
 * (tests/build/story-pagination.test.ts checks the same with 240 stories there).
 */
import { rmSync } from 'node:fs';
import { cpus } from 'node:os';
import path from 'node:path';
import { chromium, type Response } from '@playwright/test';
import { writeGeneratedStories } from '../support/generated-stories.ts';
import { writeSection } from './bench-support.ts';
import {
  isListingPath,
  pageBudgetBytes,
  pageWeigher,
  serveBuild,
  sitemapPathsOf,
} from '../support/listing-pages.ts';
import { buildCopy, copyProject } from '../support/project-copy.ts';

const stories = Number(process.env['BENCH_STORIES'] ?? 5000);
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/** A page's weight in Chromium with the cache off: what page-weight.spec.ts measures. */
async function weighInBrowser(base: string, paths: string[]): Promise<Map<string, number>> {
  const browser = await chromium.launch({
    executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu'],
  });
  const weights = new Map<string, number>();
  try {
    const page = await browser.newPage();
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    for (const pagePath of paths) {
      const counted: Promise<number>[] = [];
      const listener = (response: Response) => {
        const type = response.request().resourceType();
        if (['document', 'stylesheet', 'script', 'font'].includes(type)) {
          counted.push(
            response
              .request()
              .sizes()
              .then((sizes) => sizes.responseBodySize + sizes.responseHeadersSize),
          );
        }
      };
      page.on('response', listener);
      await page.goto(base + pagePath, { waitUntil: 'load' });
      page.off('response', listener);
      weights.set(
        pagePath,
        (await Promise.all(counted)).reduce((sum, bytes) => sum + bytes, 0),
      );
    }
  } finally {
    await browser.close();
  }
  return weights;
}

const dir = copyProject('site-listings-');
// The share image of every story (src/pages/deel/) is most of a large build's time and is no
// part of the list pages: the copy goes without, so this takes minutes, not an hour. The cost of
// those images is measured elsewhere (the build benchmark).
rmSync(path.join(dir, 'src/pages/deel/[collection]'), { recursive: true });
try {
  console.info(`Writing ${stories} generated stories into ${dir} ...`);
  await writeGeneratedStories(path.join(dir, 'content'), stories);
  console.info('Building (this takes minutes) ...');
  const started = performance.now();
  const { status, output } = await buildCopy(dir, { CAMPAIGN_NOW: '2026-11-27T12:00:00Z' });
  const buildSeconds = (performance.now() - started) / 1000;
  if (status !== 0) throw new Error(`The build failed:\n${output.slice(-4000)}`);

  const site = await serveBuild(path.join(dir, 'dist'));
  try {
    const weigh = pageWeigher(site.base);
    const listings = (await sitemapPathsOf(site.base)).filter(isListingPath);
    const weights: { path: string; total: number }[] = [];
    for (const listing of listings) weights.push({ path: listing, ...(await weigh(listing)) });
    weights.sort((a, b) => b.total - a.total);
    const heaviest = weights.slice(0, 5);
    const browser = await weighInBrowser(
      site.base,
      heaviest.map((weight) => weight.path),
    );
    const over = weights.filter((weight) => weight.total > pageBudgetBytes);
    const browserOver = [...browser].filter(([, bytes]) => bytes > pageBudgetBytes);
    const median = weights[Math.floor(weights.length / 2)]?.total ?? 0;

    const section = [
      '## Story listings (`npm run bench:listings`)',
      '',
      `${stories} generated stories plus the shipped ones, built on ${cpus().length} cores in ` +
        `${buildSeconds.toFixed(0)} s (the whole site but the per-entry share images). Every ` +
        `story list page weighed as a first ` +
        `visit (HTML, CSS, JS with brotli, headers; no images), budget ${kb(pageBudgetBytes)}:`,
      '',
      '| Measure | Value |',
      '| --- | --- |',
      `| List pages (all, filters, sector in municipality, and their pages) | ${weights.length} |`,
      `| Heaviest | ${kb(weights[0]?.total ?? 0)} (${weights[0]?.path}) |`,
      `| Median | ${kb(median)} |`,
      `| Over budget | ${over.length} |`,
      '',
      'The five heaviest, weighed again in Chromium (cache off):',
      '',
      ...[...browser].map(([pagePath, bytes]) => `- ${pagePath}: ${kb(bytes)}`),
      '',
    ].join('\n');

    writeSection('## Story listings (`npm run bench:listings`)', section);
    console.info(section);
    if (over.length > 0 || browserOver.length > 0) {
      console.error(
        `Over the budget: ${[...over.map((w) => `${w.path} ${w.total}`), ...browserOver.map(([p, b]) => `${p} ${b} (Chromium)`)].join(', ')}`,
      );
      process.exitCode = 1;
    }
  } finally {
    await site.close();
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
