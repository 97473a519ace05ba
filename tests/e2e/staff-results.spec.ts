/**
 * The staff view (/beheer/resultaten/) through the real server: it refuses without a valid token
 * and shows nothing, stays out of robots and the sitemap, and counts the credit of a share link
 * (?via=…&kanaal=…) that survived to a stored signup or hire plan, with and without JavaScript.
 */
import { expect, test } from '@playwright/test';
import { exportToken, staffToken } from '../../playwright.config.ts';
import { sitemapPaths } from '../support/sitemap.ts';
import { postSignup, validSignup } from '../support/signup-client.ts';

const eventId = 'ontbijtsessie-personeel-via-het-wsp';
const story = '/verhalen/de-blauwe-paraplu/';

/**
 * The tests here count a page's or a channel's registrations before and after one of their own;
 * a test elsewhere that stores a registration with the same credit, run at the same time on the
 * other worker, would be counted too. Tests that hold this lock never run side by side.
 */
const creditCountsLock = 'credit-counts';
test.describe.configure({ lock: creditCountsLock });

/**
 * The staff CSV as a script reads it: the count of one group (0 when it is not there), of one
 * kind ("Aanmelding", "Aannameplan", ...) or of all kinds together.
 */
async function countOf(
  baseURL: string,
  table: string,
  group: string,
  kind?: string,
): Promise<number> {
  const response = await fetch(`${baseURL}/beheer/resultaten/resultaten.csv`, {
    headers: { authorization: `Bearer ${staffToken}` },
  });
  expect(response.status).toBe(200);
  const lines = (await response.text()).split('\r\n').map((line) => line.split(';'));
  return lines
    .filter(
      ([title, key, ofKind]) =>
        title === table && key === group && (kind === undefined || ofKind === kind),
    )
    .reduce((sum, line) => sum + Number(line[3]), 0);
}

test.describe('the staff view refuses without access', () => {
  for (const path of ['/beheer/resultaten/', '/beheer/resultaten/resultaten.csv']) {
    test(`${path} answers 401 without a token and with a wrong one, and shows nothing`, async ({
      baseURL,
    }) => {
      for (const headers of [
        {},
        { authorization: 'Bearer fout-token' },
        { authorization: `Bearer ${staffToken}x` },
        { authorization: staffToken },
        { accept: 'text/html' },
      ] as Record<string, string>[]) {
        const response = await fetch(`${baseURL}${path}`, { headers, redirect: 'manual' });
        expect(response.status, JSON.stringify(headers)).toBe(401);
        expect(response.headers.get('www-authenticate')).toBe('Bearer realm="beheer"');
        expect(response.headers.get('set-cookie')).toBeNull();
        expect(await response.text()).not.toMatch(/Aantal|Per week|<table/);
      }
    });
  }

  test('with the token the page shows counts, never cached or indexed', async ({ baseURL }) => {
    const response = await fetch(`${baseURL}/beheer/resultaten/`, {
      headers: { authorization: `Bearer ${staffToken}` },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(response.headers.get('x-robots-tag')).toBe('noindex, nofollow');
    const html = await response.text();
    expect(html).toContain('Resultaten van de campagne');
    expect(html).toContain('<meta name="robots" content="noindex');
    expect(html).not.toContain('@example.nl');
  });

  test('stays out of robots.txt and the sitemap', async ({ request }) => {
    expect(await (await request.get('/robots.txt')).text()).toContain('Disallow: /beheer/');
    expect((await sitemapPaths(request)).filter((path) => path.startsWith('/beheer/'))).toEqual([]);
  });
});

test.describe('the credit of a share link reaches the staff view', () => {
  test('with JavaScript: a story shared on WhatsApp, then the signup on the event page', async ({
    page,
    baseURL,
  }) => {
    const before = await countOf(baseURL!, 'Per pagina die de bezoeker bracht', story);
    const channelBefore = await countOf(baseURL!, 'Per kanaal', 'WhatsApp');
    await page.goto(`${story}?via=anouk-de-wit&kanaal=whatsapp`);
    // Another page of the visit, without the parameters: the tab remembers them.
    await page.goto(`/bijeenkomsten/${eventId}/`);
    await page.getByLabel('Uw naam').fill('Els Bakker');
    await page.getByLabel('Uw e-mailadres').fill(`els-${crypto.randomUUID()}@example.nl`);
    await page.getByLabel('Naam van uw organisatie').fill('Bakker Techniek');
    await page.getByLabel('Gemeente van uw bedrijf').selectOption('soest');
    await page.getByRole('checkbox').check();
    await page.waitForTimeout(1100);
    await page.getByRole('button', { name: 'Meld mij aan' }).click();
    await expect(page).toHaveURL(/\/aangemeld\/\?code=/);
    expect(await countOf(baseURL!, 'Per pagina die de bezoeker bracht', story)).toBe(before + 1);
    expect(await countOf(baseURL!, 'Per kanaal', 'WhatsApp')).toBe(channelBefore + 1);
    // The tab kept it in sessionStorage only: no cookie at all.
    expect(await page.context().cookies()).toEqual([]);
  });

  test('without JavaScript: the ambassador page links to the signup form with the credit', async ({
    baseURL,
  }) => {
    const landing = '/ambassadeurs/anouk-de-wit/';
    const before = await countOf(baseURL!, 'Per kanaal', 'Poster (QR-code)');
    const pageBefore = await countOf(baseURL!, 'Per pagina die de bezoeker bracht', landing);
    const html = await (
      await fetch(`${baseURL}/bijeenkomsten/${eventId}/aanmelden/?via=anouk-de-wit&kanaal=poster`, {
        headers: { referer: `${baseURL}${landing}` },
      })
    ).text();
    const hidden = (name: string) =>
      new RegExp(`name="${name}" value="([^"]*)"`).exec(html)?.[1] ?? '';
    expect([hidden('via'), hidden('kanaal'), hidden('pagina')]).toEqual([
      'anouk-de-wit',
      'poster',
      landing,
    ]);
    await new Promise((resolve) => setTimeout(resolve, 1100));
    const posted = await postSignup(baseURL!, eventId, {
      ...validSignup,
      email: `poster-${crypto.randomUUID()}@example.nl`,
      token: hidden('token'),
      stamp: hidden('stamp'),
      via: hidden('via'),
      kanaal: hidden('kanaal'),
      pagina: hidden('pagina'),
    });
    expect(posted.status).toBe(303);
    expect(await countOf(baseURL!, 'Per kanaal', 'Poster (QR-code)')).toBe(before + 1);
    expect(await countOf(baseURL!, 'Per pagina die de bezoeker bracht', landing)).toBe(
      pageBefore + 1,
    );
  });
});

test.describe('the credit of a share link reaches the staff view with a hire plan', () => {
  // Both tests count hire plans under LinkedIn before and after: one at a time, or each sees both.
  test.describe.configure({ mode: 'serial' });

  const answers =
    'situatie=wajong&leeftijd=onder-27&werkplek=nee&begeleiding=ja&uren=24&contract=vast&start=2027-02-01';
  const resultPath = `/regelingen/wijzer/uitkomst/?${answers}`;

  /** The export the WSP pulls: the stored request of this address, as the WSP sees it. */
  async function exported(baseURL: string, email: string): Promise<string> {
    const response = await fetch(`${baseURL}/api/wsp/wsp-regio-amersfoort/aanmeldingen.json`, {
      headers: { authorization: `Bearer ${exportToken}` },
    });
    expect(response.status).toBe(200);
    const body = (await response.json()) as { registrations: { email: string }[] };
    const mine = body.registrations.filter((registration) => registration.email === email);
    expect(mine).toHaveLength(1);
    return JSON.stringify(mine);
  }

  test('with JavaScript: a story shared on LinkedIn, then a plan from the wijzer', async ({
    page,
    baseURL,
  }) => {
    const channelBefore = await countOf(baseURL!, 'Per kanaal', 'LinkedIn', 'Aannameplan');
    const pageBefore = await countOf(baseURL!, 'Per pagina die de bezoeker bracht', story);
    const email = `plan-${crypto.randomUUID()}@example.nl`;
    await page.goto(`${story}?via=anouk-de-wit&kanaal=linkedin`);
    // Later in the visit, without the parameters: the tab remembers them.
    await page.goto('/regelingen/wijzer/');
    await page.goto(resultPath);
    const section = page.getByRole('region', { name: 'Stuur dit plan naar het WSP' });
    await section.getByLabel('Uw naam').fill('Sanne Bakker');
    await section.getByLabel('Uw e-mailadres').fill(email);
    await section.getByLabel('Naam van uw organisatie').fill('Tuincentrum De Eik');
    await section.getByLabel('Gemeente van uw bedrijf').selectOption({ label: 'Leusden' });
    await section.getByLabel(/Ik geef toestemming/).check();
    await page.waitForTimeout(1100); // the form's bot timer (FORM_MIN_SECONDS)
    await section.getByRole('button', { name: 'Stuur mijn plan naar het WSP' }).click();
    await expect(page).toHaveURL(/\/regelingen\/wijzer\/verstuurd\/\?code=/);

    expect(await countOf(baseURL!, 'Per kanaal', 'LinkedIn', 'Aannameplan')).toBe(
      channelBefore + 1,
    );
    expect(await countOf(baseURL!, 'Per pagina die de bezoeker bracht', story)).toBe(
      pageBefore + 1,
    );
    // Counted only: what the WSP gets of this plan names neither the channel nor the page.
    expect(await exported(baseURL!, email)).not.toMatch(/linkedin|blauwe-paraplu/i);
    expect(await page.context().cookies()).toEqual([]);
  });

  test('without JavaScript: the wijzer shared on LinkedIn, its result sends the plan with it', async ({
    baseURL,
  }) => {
    const questions = '/regelingen/wijzer/';
    const channelBefore = await countOf(baseURL!, 'Per kanaal', 'LinkedIn', 'Aannameplan');
    const pageBefore = await countOf(
      baseURL!,
      'Per pagina die de bezoeker bracht',
      questions,
      'Aannameplan',
    );
    // The questions' form opens the result; the browser names the shared address as referrer.
    const html = await (
      await fetch(`${baseURL}${resultPath}`, {
        headers: { referer: `${baseURL}${questions}?kanaal=linkedin` },
      })
    ).text();
    const hidden = (name: string) =>
      (new RegExp(`name="${name}" value="([^"]*)"`).exec(html)?.[1] ?? '').replaceAll('&amp;', '&');
    expect([hidden('via'), hidden('kanaal'), hidden('pagina')]).toEqual([
      '',
      'linkedin',
      questions,
    ]);
    await new Promise((resolve) => setTimeout(resolve, 1100));
    const email = `plan-${crypto.randomUUID()}@example.nl`;
    const posted = await fetch(`${baseURL}/regelingen/wijzer/versturen/`, {
      method: 'POST',
      redirect: 'manual',
      headers: { origin: baseURL!, 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        ...Object.fromEntries(
          ['token', 'stamp', 'answers', 'via', 'kanaal', 'pagina'].map((name) => [
            name,
            hidden(name),
          ]),
        ),
        website: '',
        name: 'Kees Jansen',
        email,
        organisation: 'Garage Jansen',
        municipality: 'leusden',
        consent: 'ja',
      }).toString(),
    });
    expect(posted.status).toBe(303);
    expect(posted.headers.get('location')).toMatch(/\/regelingen\/wijzer\/verstuurd\/\?code=/);
    expect(await countOf(baseURL!, 'Per kanaal', 'LinkedIn', 'Aannameplan')).toBe(
      channelBefore + 1,
    );
    expect(
      await countOf(baseURL!, 'Per pagina die de bezoeker bracht', questions, 'Aannameplan'),
    ).toBe(pageBefore + 1);
    expect(await exported(baseURL!, email)).not.toMatch(/linkedin/i);
  });
});
