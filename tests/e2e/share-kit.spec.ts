import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page, type Response } from '@playwright/test';
import QRCode from 'qrcode';
import { sitemapPaths } from '../support/sitemap.ts';

const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
const ambassador = 'anouk-de-wit';
const kit = `/ambassadeurs/${ambassador}/deelkit/`;
const posters = [`${kit}poster-a4/`, `${kit}poster-a5/`];

/** The kit's links, with the channel each one is listed under. */
async function kitLinks(page: Page) {
  return page.locator('a[data-kanaal]').evaluateAll((links) =>
    links.map((link) => ({
      channel: link.getAttribute('data-kanaal') ?? '',
      href: (link as HTMLAnchorElement).href,
      target: link.closest('[data-kit-target]')?.getAttribute('data-kit-target') ?? '',
    })),
  );
}

test('every link of the kit credits the ambassador and names its channel', async ({ page }) => {
  await page.goto(kit);
  const links = await kitLinks(page);
  // Own page, the one story, and the next three events after the test clock (27 November 2026).
  expect([...new Set(links.map((link) => link.target))]).toEqual([
    `/ambassadeurs/${ambassador}/`,
    '/verhalen/lunchroom-met-wajong-talent/',
    '/bijeenkomsten/ontbijtsessie-personeel-via-het-wsp/',
    '/bijeenkomsten/online-no-riskpolis-en-loonkostensubsidie/',
    '/bijeenkomsten/werkgeversavond-functiecreatie-foodvalley/',
  ]);
  expect(links).toHaveLength(5 * 4);
  for (const link of links) {
    const url = new URL(link.href);
    expect(url.pathname).toBe(link.target);
    expect(Object.fromEntries(url.searchParams)).toEqual({ via: ambassador, kanaal: link.channel });
    expect(['linkedin', 'whatsapp', 'email', 'poster']).toContain(link.channel);
  }
});

test('the ready-to-post texts carry their own channel’s link, and so do the buttons', async ({
  page,
}) => {
  await page.goto(kit);
  const own = (channel: string) =>
    `https://werkgevers.regioamersfoort.nl/ambassadeurs/${ambassador}/?via=${ambassador}&kanaal=${channel}`;
  for (const channel of ['linkedin', 'whatsapp', 'email']) {
    const text = await page.locator(`[data-kit-text="${channel}"]`).inputValue();
    expect(text).toContain(own(channel));
    expect(text).not.toContain('{link}');
  }
  const whatsapp = new URL(
    (await page.locator('[data-kit-post="whatsapp"]').getAttribute('href'))!,
  );
  expect(whatsapp.host).toBe('wa.me');
  expect(whatsapp.searchParams.get('text')).toContain(own('whatsapp'));
  const linkedin = new URL(
    (await page.locator('[data-kit-post="linkedin"]').getAttribute('href'))!,
  );
  expect(linkedin.searchParams.get('url')).toBe(own('linkedin'));
  const email = (await page.locator('[data-kit-post="email"]').getAttribute('href'))!;
  expect(decodeURIComponent(email)).toContain(own('email'));
});

/** Width and height from a PNG's IHDR chunk, after checking the signature. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  expect(bytes.subarray(12, 16).toString('ascii')).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

test('the kit’s images have exactly the channels’ sizes, as served', async ({ page, request }) => {
  await page.goto(kit);
  const sources = await page
    .locator('#afbeeldingen ~ ul img, section[aria-labelledby="afbeeldingen"] img')
    .evaluateAll((images) => images.map((image) => image.getAttribute('src') ?? ''));
  expect(sources).toEqual([`${kit}1200x630.png`, `${kit}1080x1080.png`, `${kit}1080x1920.png`]);
  for (const source of sources) {
    const response = await request.get(source);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toBe('image/png');
    const [, width, height] = /(\d+)x(\d+)\.png$/.exec(source)!;
    expect(pngSize(await response.body())).toEqual({
      width: Number(width),
      height: Number(height),
    });
  }
});

test('the kit and its posters are kept out of the sitemap, search engines and site search', async ({
  page,
  request,
}) => {
  const paths = await sitemapPaths(request);
  expect(paths).toContain(`/ambassadeurs/${ambassador}/`);
  expect(paths.filter((path) => path.includes('/deelkit/'))).toEqual([]);
  for (const path of [kit, ...posters]) {
    await page.goto(path);
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
    await expect(page.locator('[data-pagefind-body]')).toHaveCount(0);
  }
  // Words from the kit's own text find other pages (Pagefind matches stems), never a kit.
  for (const query of ['deelkit', 'Kopieer de tekst', 'anouk']) {
    await page.goto(`/zoeken/?q=${encodeURIComponent(query)}`);
    await expect(page.locator('[data-search-status]')).toHaveText(/resulta(at|ten)/);
    const found = await page
      .locator('[data-search-results] h2 a')
      .evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).pathname));
    expect(
      found.filter((path) => path.includes('/deelkit/')),
      query,
    ).toEqual([]);
    if (query === 'anouk') expect(found).toContain(`/ambassadeurs/${ambassador}/`);
  }
});

/**
 * Opens the kit's link to the breakfast event for `channel` on this test server: the kit's links
 * are absolute, on the site's public address, so the test keeps their path and query.
 */
async function followKitLink(page: Page, channel: string) {
  await page.goto(kit);
  const href = await page
    .locator(
      `[data-kit-target="/bijeenkomsten/ontbijtsessie-personeel-via-het-wsp/"] a[data-kanaal="${channel}"]`,
    )
    .getAttribute('href');
  const url = new URL(href ?? '');
  expect(url.origin).toBe('https://werkgevers.regioamersfoort.nl');
  await page.goto(url.pathname + url.search, { referer: page.url() });
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('a kit link to an event leads to a signup form whose hidden via field credits the ambassador', async ({
    page,
  }) => {
    await followKitLink(page, 'whatsapp');
    await expect(page).toHaveURL(
      `/bijeenkomsten/ontbijtsessie-personeel-via-het-wsp/?via=${ambassador}&kanaal=whatsapp`,
    );
    await page.getByRole('link', { name: 'Naar het aanmeldformulier' }).click();
    await expect(page).toHaveURL(/\/aanmelden\/$/);
    await expect(page.locator('input[name="via"]')).toHaveValue(ambassador);
  });
});

test('with JavaScript, a kit link keeps the credit for the rest of the visit', async ({ page }) => {
  await followKitLink(page, 'linkedin');
  await expect(page).toHaveURL(/kanaal=linkedin$/);
  // The credit script keeps the visit's first credit in this tab; the form's hidden fields are
  // filled from it on send.
  await expect
    .poll(() =>
      page.evaluate(() => JSON.parse(sessionStorage.getItem('credit') ?? 'null') as unknown),
    )
    .toMatchObject({ via: ambassador, kanaal: 'linkedin' });
});

test('the kit and its posters pass axe', async ({ page }) => {
  for (const path of [kit, posters[0]!]) {
    await page.goto(path);
    const results = await new AxeBuilder({ page }).withTags(wcagTags).analyze();
    expect(results.violations.map((violation) => `${path}: ${violation.id}`)).toEqual([]);
  }
});

test('the poster’s QR code opens the ambassador’s page with kanaal=poster', async ({ page }) => {
  await page.goto(posters[0]!);
  const target = `https://werkgevers.regioamersfoort.nl/ambassadeurs/${ambassador}/?via=${ambassador}&kanaal=poster`;
  const poster = page.locator('.poster');
  await expect(poster).toHaveAttribute('data-qr-target', target);
  // The code drawn is the code of that address: the same modules as qrcode draws for it.
  const expected = await QRCode.toString(target, {
    type: 'svg',
    errorCorrectionLevel: 'M',
    margin: 2,
  });
  const modules = (svg: string) => /<path[^>]*stroke[^>]*d="([^"]+)"/.exec(svg)?.[1];
  expect(modules(await poster.locator('svg').evaluate((svg) => svg.outerHTML))).toBe(
    modules(expected),
  );
});

test('printed, each poster fills exactly one sheet of its paper, without the site around it', async ({
  context,
}) => {
  for (const [path, paper] of [
    [posters[0]!, { width: 210, height: 297 }],
    [posters[1]!, { width: 148, height: 210 }],
  ] as const) {
    // A fresh page per poster: the paper size of a named page is read when printing starts.
    const page = await context.newPage();
    await page.goto(path);
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('body > header')).toBeHidden();
    await expect(page.locator('body > footer')).toBeHidden();
    await expect(page.getByRole('heading', { level: 1 })).toBeHidden();
    await expect(page.locator('.poster')).toBeVisible();
    const pdf = (await page.pdf({ preferCSSPageSize: true })).toString('latin1');
    expect(pdf.match(/\/Type\s*\/Page\b/g) ?? [], path).toHaveLength(1);
    // The page box in points (1 mm = 72 / 25.4 pt).
    const box = /\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/.exec(pdf);
    expect(Math.round((Number(box?.[1]) * 25.4) / 72), path).toBe(paper.width);
    expect(Math.round((Number(box?.[2]) * 25.4) / 72), path).toBe(paper.height);
    await page.close();
  }
});

test('the kit page and the poster stay within the 60 KB page budget, without a script', async ({
  page,
}) => {
  for (const path of [kit, posters[0]!]) {
    const sizes: Promise<{ type: string; bytes: number }>[] = [];
    const listener = (response: Response) => {
      const type = response.request().resourceType();
      // Images are outside the budget, as in the page-weight test.
      if (type === 'image') return;
      sizes.push(
        response
          .request()
          .sizes()
          .then(({ responseBodySize }) => ({ type, bytes: responseBodySize })),
      );
    };
    page.on('response', listener);
    await page.goto(path);
    await page.waitForLoadState('networkidle');
    page.off('response', listener);
    const settled = await Promise.all(sizes);
    const total = settled.reduce((sum, { bytes }) => sum + bytes, 0);
    expect(total, path).toBeGreaterThan(1000);
    expect(total, path).toBeLessThanOrEqual(60 * 1024);
    expect(
      settled.filter(({ type }) => type === 'script'),
      path,
    ).toEqual([]);
  }
});
