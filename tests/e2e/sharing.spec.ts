import AxeBuilder from '@axe-core/playwright';
import { expect, test, type APIRequestContext } from '@playwright/test';
import ogs from 'open-graph-scraper';
import sharp from 'sharp';
import { pageType, sitemapPaths } from '../support/sitemap.ts';

/** The og:type each kind of page should have. */
function expectedOgType(path: string): string {
  const type = pageType(path);
  if (type === 'verhalen (detail)' || type === 'regelingen (detail)') return 'article';
  if (type === 'ambassadeurs (detail)') return 'profile';
  return 'website';
}

/** JSON-LD blocks of a page, parsed. */
async function jsonLd(
  request: APIRequestContext,
  path: string,
): Promise<Record<string, unknown>[]> {
  const html = await (await request.get(path)).text();
  return [...html.matchAll(/<script type="application\/ld\+json">([^<]*)<\/script>/g)].flatMap(
    (match) =>
      [JSON.parse(match[1] ?? '') as Record<string, unknown> | Record<string, unknown>[]].flat(),
  );
}

test('every page has complete Open Graph and Twitter tags, as a social network reads them', async ({
  request,
  baseURL,
}) => {
  test.setTimeout(180_000);
  const problems: string[] = [];
  const images = new Set<string>();
  const paths = await sitemapPaths(request);
  for (const path of [...paths, '/bestaat-niet/']) {
    const html = await (await request.get(path)).text();
    // Parsed by open-graph-scraper from the HTML we fetched: it never goes on the network here.
    const { result } = await ogs({ html });
    const canonical = /<link rel="canonical" href="([^"]+)"/.exec(html)?.[1] ?? '';
    const image = result.ogImage?.[0];
    const twitterImage = result.twitterImage?.[0];
    const checks: [string, boolean][] = [
      ['og:title', (result.ogTitle ?? '').length > 3],
      ['og:description', (result.ogDescription ?? '').length > 40],
      ['og:url is the canonical URL', !!canonical && result.ogUrl === canonical],
      ['og:locale nl_NL', result.ogLocale === 'nl_NL'],
      ['og:site_name', !!result.ogSiteName],
      [
        `og:type ${expectedOgType(path)}`,
        path === '/bestaat-niet/' || result.ogType === expectedOgType(path),
      ],
      ['one og:image', result.ogImage?.length === 1],
      ['og:image is a PNG', image?.type === 'image/png'],
      ['og:image 1200×630', String(image?.width) === '1200' && String(image?.height) === '630'],
      ['og:image:alt', (image?.alt ?? '').length > 10],
      ['twitter:card', result.twitterCard === 'summary_large_image'],
      ['twitter:title', result.twitterTitle === result.ogTitle],
      ['twitter:description', result.twitterDescription === result.ogDescription],
      ['twitter:image', !!image && twitterImage?.url === image.url],
      ['twitter:image:alt', twitterImage?.alt === image?.alt],
    ];
    for (const [what, ok] of checks) if (!ok) problems.push(`${path}: ${what}`);
    if (image) images.add(image.url);
    if (path.startsWith('/verhalen/') && pageType(path) === 'verhalen (detail)') {
      if (!/^\d{4}-\d{2}-\d{2}$/.test(result.articlePublishedTime ?? '')) {
        problems.push(`${path}: article:published_time`);
      }
    }
  }
  expect(problems).toEqual([]);

  // Each image, fetched where the production address points to this test server, is a real
  // 1200×630 PNG.
  const site = new URL(baseURL ?? '');
  for (const url of images) {
    const local = new URL(new URL(url).pathname, site);
    const response = await request.get(local.href);
    expect(response.status(), url).toBe(200);
    expect(response.headers()['content-type']).toBe('image/png');
    const meta = await sharp(await response.body()).metadata();
    expect([meta.format, meta.width, meta.height], url).toEqual(['png', 1200, 630]);
  }
  // A card per story, regulation, ambassador, event and municipality, and the campaign's own.
  const own = paths.filter((path) =>
    /^\/(verhalen|regelingen|ambassadeurs|bijeenkomsten|gemeenten)\/[^/]+\/$/.test(path),
  );
  const perEntry = own.filter((path) => pageType(path).endsWith('(detail)'));
  expect(images.size).toBe(perEntry.length + 1);
});

test.describe('structured data', () => {
  test('events have name, start and end with offset, status, mode, location, organiser and are free', async ({
    request,
  }) => {
    const events = (await sitemapPaths(request)).filter((path) =>
      /^\/bijeenkomsten\/[^/]+\/$/.test(path),
    );
    expect(events.length).toBeGreaterThan(0);
    for (const path of events) {
      const [event] = (await jsonLd(request, path)).filter((data) => data['@type'] === 'Event');
      expect(event, path).toMatchObject({
        '@context': 'https://schema.org',
        name: expect.any(String),
        startDate: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:00\+0[12]:00$/),
        endDate: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:00\+0[12]:00$/),
        eventStatus: expect.stringMatching(/^https:\/\/schema\.org\/Event(Scheduled|Cancelled)$/),
        eventAttendanceMode: expect.stringMatching(
          /^https:\/\/schema\.org\/(Offline|Online|Mixed)EventAttendanceMode$/,
        ),
        location: expect.anything(),
        organizer: { '@type': 'Organization', name: expect.any(String) },
        isAccessibleForFree: true,
        offers: { '@type': 'Offer', price: 0, priceCurrency: 'EUR' },
      });
    }
  });

  test('an online event has a virtual location, one at a venue a place with an address', async ({
    request,
  }) => {
    const [online] = await jsonLd(
      request,
      '/bijeenkomsten/online-no-riskpolis-en-loonkostensubsidie/',
    );
    expect(online?.['location']).toMatchObject({ '@type': 'VirtualLocation' });
    expect(JSON.stringify(online)).not.toContain('example.org');
    const [venue] = await jsonLd(request, '/bijeenkomsten/werkgeversontbijt-eemnes/');
    expect(venue?.['location']).toMatchObject({
      '@type': 'Place',
      address: { '@type': 'PostalAddress', addressLocality: 'Eemnes', addressCountry: 'NL' },
    });
  });

  test('stories are Articles with headline, image, dates and publisher', async ({ request }) => {
    const stories = (await sitemapPaths(request)).filter(
      (path) => pageType(path) === 'verhalen (detail)',
    );
    for (const path of stories) {
      const [article] = await jsonLd(request, path);
      expect(article, path).toMatchObject({
        '@type': 'Article',
        headline: expect.any(String),
        image: [expect.stringMatching(/\/deel\/verhalen\/[^/]+\.png$/)],
        datePublished: expect.stringMatching(/^\d{4}-\d\d-\d\d$/),
        dateModified: expect.stringMatching(/^\d{4}-\d\d-\d\d$/),
        publisher: { '@type': 'Organization', name: expect.any(String) },
      });
    }
  });

  test('ambassadors are Persons, with a picture only when consent is on file', async ({
    request,
  }) => {
    const [withConsent] = await jsonLd(request, '/ambassadeurs/anouk-de-wit/');
    expect(withConsent).toMatchObject({
      '@type': 'Person',
      name: 'Anouk de Wit',
      jobTitle: expect.any(String),
      worksFor: { '@type': 'Organization', name: expect.any(String) },
      image: expect.stringMatching(/^https:\/\//),
    });
    // Ingrid Smit has no signed consent: no picture anywhere, not even for search engines.
    const [withoutConsent] = await jsonLd(request, '/ambassadeurs/ingrid-smit/');
    expect(withoutConsent).toMatchObject({ '@type': 'Person', name: 'Ingrid Smit' });
    expect(withoutConsent).not.toHaveProperty('image');
  });

  test('the home page describes the campaign as an Organization', async ({ request }) => {
    const data = await jsonLd(request, '/');
    expect(data.find((item) => item['@type'] === 'Organization')).toMatchObject({
      name: 'Iedereen doet mee',
      parentOrganization: { name: 'Regio Amersfoort' },
    });
  });
});

test.describe('share actions', () => {
  test('a story offers plain share links with its address, and copying it works', async ({
    page,
    context,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto('/verhalen/de-blauwe-paraplu/');
    const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
    const share = page.getByRole('region', { name: 'Deel dit verhaal' });
    for (const network of ['LinkedIn', 'WhatsApp', 'Facebook', 'X', 'E-mail']) {
      const href =
        (await share.getByRole('link', { name: `Deel via ${network}` }).getAttribute('href')) ?? '';
      expect(decodeURIComponent(href)).toContain(canonical);
      expect(href).not.toMatch(/utm_|via=/);
    }
    await share.getByRole('button', { name: 'Kopieer de link' }).click();
    await expect(share.getByRole('status')).toHaveText(/De link is gekopieerd/);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(canonical);
  });

  test('on an ambassador’s page every shared link carries ?via=, and so does Web Share', async ({
    page,
  }) => {
    // Chromium on Linux has no Web Share; stand in for it to see what the page would share.
    await page.addInitScript(() => {
      Object.defineProperty(navigator, 'share', {
        value: async (data: ShareData) => {
          (window as unknown as { shared: ShareData }).shared = data;
        },
      });
    });
    await page.goto('/ambassadeurs/anouk-de-wit/');
    const expected =
      'https://werkgevers.regioamersfoort.nl/ambassadeurs/anouk-de-wit/?via=anouk-de-wit';
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute(
      'href',
      'https://werkgevers.regioamersfoort.nl/ambassadeurs/anouk-de-wit/',
    );
    const share = page.getByRole('region', { name: /Deel het verhaal van Anouk/ });
    const hrefs = await share
      .getByRole('link')
      .evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).href));
    expect(hrefs).toHaveLength(5);
    for (const href of hrefs) expect(decodeURIComponent(href)).toContain(expected);
    await expect(share.getByLabel('Of kopieer deze link:')).toHaveValue(expected);

    await share.getByRole('button', { name: 'Meer manieren om te delen' }).click();
    const shared = await page.evaluate(() => (window as unknown as { shared: ShareData }).shared);
    expect(shared.url).toBe(expected);

    const results = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'])
      .analyze();
    expect(results.violations.map((violation) => violation.id)).toEqual([]);
  });

  test('an event has share links too, and no third-party script or request', async ({
    page,
    baseURL,
  }) => {
    const requested: string[] = [];
    page.on('request', (request) => requested.push(request.url()));
    await page.goto('/bijeenkomsten/ontbijtsessie-personeel-via-het-wsp/');
    const share = page.getByRole('region', { name: 'Deel deze bijeenkomst' });
    await expect(share.getByRole('link')).toHaveCount(5);
    await expect(share.getByRole('button', { name: 'Kopieer de link' })).toBeVisible();
    const origin = new URL(baseURL ?? '').origin;
    expect(requested.filter((url) => new URL(url).origin !== origin)).toEqual([]);
  });
});

test.describe('share actions without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the links work and the buttons that need a script are not shown', async ({ page }) => {
    await page.goto('/verhalen/de-blauwe-paraplu/');
    const share = page.getByRole('region', { name: 'Deel dit verhaal' });
    await expect(share.getByRole('link')).toHaveCount(5);
    await expect(share.getByRole('button')).toHaveCount(0);
    await expect(share.getByLabel('Of kopieer deze link:')).toBeVisible();
  });
});

test.describe('QR codes', () => {
  test('an event page has a QR code to itself, also as an SVG file', async ({ page, request }) => {
    await page.goto('/bijeenkomsten/ontbijtsessie-personeel-via-het-wsp/');
    const code = page.getByRole('img', { name: 'QR-code naar deze bijeenkomst' });
    await expect(code).toBeVisible();
    const download = page.getByRole('link', { name: /Download de QR-code/ });
    const response = await request.get((await download.getAttribute('href')) ?? '');
    expect(response.headers()['content-type']).toBe('image/svg+xml');
    expect(await response.text()).toMatch(/^<svg [^>]*viewBox="0 0 \d+ \d+"/);
  });

  test('an ambassador’s QR code credits them, and prints large without the site around it', async ({
    page,
    request,
  }) => {
    await page.goto('/ambassadeurs/anouk-de-wit/');
    const svg = await (await request.get('/deel/qr/ambassadeurs/anouk-de-wit.svg')).text();
    const onPage = await page.locator('.qr-code svg').evaluate((element) => element.outerHTML);
    // The file and the page draw the same code (the one for the address with ?via=).
    const modules = (markup: string) =>
      /<path[^>]*stroke="[^"]+"[^>]*d="([^"]+)"/.exec(markup)?.[1];
    expect(modules(onPage)).toBeTruthy();
    expect(modules(onPage)).toBe(modules(svg));

    await page.emulateMedia({ media: 'print' });
    const box = await page.locator('.qr-code svg').boundingBox();
    // 9 cm at 96 px per inch is 340 px.
    expect(box?.width).toBeGreaterThan(330);
    await expect(page.getByRole('navigation', { name: 'Hoofdmenu' })).toBeHidden();
    await expect(page.getByRole('region', { name: /Deel het verhaal/ })).toBeHidden();
  });
});
