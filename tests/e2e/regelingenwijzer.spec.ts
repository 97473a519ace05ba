/**
 * The regelingenwijzer end to end, in Chromium against the built site with the clock fixed on
 * 27 November 2026: the questions without JavaScript, the server-rendered result, instant updates
 * with JavaScript, the keyboard alone, axe, print, and the calendar file parsed with ical.js.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import ICAL from 'ical.js';
import { sitemapPaths } from '../support/sitemap.ts';

const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

/** A Wajong candidate under 27, coaching maybe, 24 hours, permanent, first day 1 February 2027. */
const typical =
  'situatie=wajong&leeftijd=onder-27&werkplek=nee&begeleiding=ja&uren=24&contract=vast&start=2027-02-01';
const resultPath = `/regelingen/wijzer/uitkomst/?${typical}`;

/** The page's script reveals the print button once it runs. */
async function waitForIsland(page: Page) {
  await expect(page.getByRole('button', { name: 'Print dit plan' })).toBeVisible({
    timeout: 20_000,
  });
}

const region = (page: Page, name: RegExp) => page.getByRole('region', { name });
const question = (page: Page, legend: RegExp) => page.getByRole('group', { name: legend });

async function answerTypical(page: Page) {
  await question(page, /uitkering/)
    .getByLabel('Wajong')
    .check();
  await question(page, /Hoe oud/)
    .getByLabel('Jonger dan 27 jaar')
    .check();
  await question(page, /werkplek/)
    .getByLabel('Nee')
    .check();
  await question(page, /begeleiding/)
    .getByLabel('Ja, misschien')
    .check();
  await page.getByLabel('Uren per week').fill('24');
  await question(page, /contract/)
    .getByLabel('Een vast contract')
    .check();
  await page.getByLabel('Datum').fill('2027-02-01');
}

async function expectTypicalResult(page: Page) {
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Uw aannameplan');
  const applies = region(page, /^Deze regelingen passen \(/);
  await expect(applies.getByRole('heading', { name: 'No-riskpolis' })).toBeVisible();
  // LKV arbeidsgehandicapte: € 3,05 × 24 uur × 52 weken, three years.
  await expect(applies).toContainText(/ongeveer €\s3\.806,40 per jaar/);
  await expect(applies).toContainText(
    /Geldt bij een WIA-, WAO- of WAZ-uitkering of Wajong\. U koos: Wajong\./,
  );
  await expect(applies).toContainText(/Wie helpt:/);
  const plan = region(page, /Uw actieplan/);
  // 1 May 2027 is a Saturday: the period runs on to Monday 3 May (Algemene termijnenwet).
  await expect(plan).toContainText(
    'Uiterlijk 3 mei 2027 (binnen 3 maanden na de eerste werkdag; 1 mei 2027 is een zaterdag',
  );
  await expect(plan).toContainText('Vraag de doelgroepverklaring aan bij UWV.');
  // The day before the start, 31 January 2027, is a Sunday: the last working day before it.
  await expect(plan).toContainText('Uiterlijk 29 januari 2027 (31 januari 2027 is een zondag)');
  // A proefplaatsing may come first: the contract then starts on 1 April 2027.
  await expect(plan).toContainText('Dan begint het contract pas op 1 april 2027');
  const notApplicable = region(page, /Deze regelingen passen niet/);
  await expect(notApplicable).toContainText('Loonkostensubsidie: Niet bij Wajong. U koos: Wajong.');
  await expect(
    page.getByText(/gecontroleerd tussen 20 november 2026 en 29 november 2026/).first(),
  ).toBeVisible();
  await expect(page.getByText(/Deze uitkomst is een indicatie/)).toBeVisible();
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the questions lead to a result rendered by the server, with a shareable address', async ({
    page,
  }) => {
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(request.url());
    });
    await page.goto('/regelingen/wijzer/');
    await expect(page.locator('main fieldset')).toHaveCount(7);
    for (const legend of [/uitkering/, /Hoe oud/, /werkplek/, /begeleiding/, /contract/]) {
      await expect(question(page, legend).getByLabel(/^Weet ik niet$/)).toHaveCount(1);
    }
    await expect(page.getByLabel('Weet ik nog niet')).toHaveCount(2);
    await answerTypical(page);
    await page.getByRole('button', { name: 'Bekijk welke regelingen passen' }).click();

    await expect(page).toHaveURL(/\/regelingen\/wijzer\/uitkomst\/\?situatie=wajong&/);
    await expectTypicalResult(page);
    expect(scripts).toEqual([]);
    // The share link holds the answers and nothing else.
    const share = await page.locator('.share a').getAttribute('href');
    expect(share).toBe(`https://werkgevers.regioamersfoort.nl${resultPath}`);
  });

  test('a shared address shows the same result, and the form holds its answers', async ({
    page,
  }) => {
    await page.goto(resultPath);
    await expectTypicalResult(page);
    await expect(page.getByLabel('Wajong')).toBeChecked();
    await expect(page.getByLabel('Uren per week')).toHaveValue('24');
    await expect(page.getByLabel('Datum')).toHaveValue('2027-02-01');
  });

  test('the result leads with what surely applies and what to do this week', async ({ page }) => {
    await page.goto(resultPath);
    const headings = await page.locator('main h2').allTextContents();
    expect(headings.slice(0, 3)).toEqual([
      'Dit doet u deze week',
      'Deze regelingen passen (2)',
      'Vraag het WSP: deze regelingen kunnen passen (6)',
    ]);
    await expect(page.locator('main h1 + p')).toHaveText(
      '2 regelingen passen zeker bij deze aanname. 6 regelingen kunnen ook passen: dat weet het WSP.',
    );
    const week = region(page, /Dit doet u deze week/);
    await expect(week).toContainText('Bel of mail het WSP van uw gemeente.');
    // The next fixed date of a regulation that surely applies: the no-riskpolis on the first day.
    await expect(week).toContainText('Daarna, op 1 februari 2027: Noteer in uw administratie');
  });

  test('the maybes are one "Vraag het WSP" block with the questions and whom to call', async ({
    page,
  }) => {
    await page.goto(resultPath);
    const ask = region(page, /^Vraag het WSP: deze regelingen kunnen passen \(6\)/);
    await expect(ask.getByRole('heading', { level: 3 })).toHaveText([
      'Loondispensatie',
      'Proefplaatsing',
      'Jobcoach',
      'Praktijkleren en praktijkverklaring',
      'Social return (SROI)',
      'Plaatsingspremie',
      'Het WSP van uw gemeente',
    ]);
    const first = ask.getByRole('listitem').first();
    await expect(first).toContainText('Vraag: past Loondispensatie van UWV? Dat hangt hiervan af:');
    await expect(first.getByRole('listitem')).toHaveText(/^UWV stelt vast dat de medewerker/);
    await expect(ask).toContainText(
      'Amersfoort, Baarn, Bunschoten, Leusden, Nijkerk, Soest en Woudenberg: Werkgeversservicepunt Regio Amersfoort',
    );
    await expect(ask).toContainText('Barneveld: Werkgeversservicepunt Foodvalley');
    await expect(ask).toContainText('Eemnes: Werkgeversservicepunt Gooi en Vechtstreek');
  });

  test('the plan says each deadline once, with its steps under it', async ({ page }) => {
    await page.goto(resultPath);
    const dues = await region(page, /Uw actieplan/)
      .locator('.due')
      .allTextContents();
    expect(dues).toEqual([...new Set(dues)]);
    expect(dues.filter((due) => due.includes('29 januari 2027'))).toHaveLength(1);
    // Five steps are due on 29 January 2027, all of regulations that may apply.
    const before = region(page, /Uw actieplan/)
      .locator('.deadline')
      .first();
    await expect(before.locator('.maybe li')).toHaveCount(5);
    await expect(before).toContainText('Alleen als de regeling past (vraag het WSP):');
    // The proefplaatsing note is said once, not under every step.
    await expect(region(page, /Uw actieplan/).getByText(/Begint u eerst met een/)).toHaveCount(1);
  });

  test('the share link is a label, not the address spelled out', async ({ page }) => {
    await page.goto(resultPath);
    const share = page.locator('.share');
    await expect(share.getByRole('link', { name: 'link naar uw aannameplan' })).toHaveAttribute(
      'href',
      `https://werkgevers.regioamersfoort.nl${resultPath}`,
    );
    await expect(share).not.toContainText('situatie=');
    // Copying needs a script: without it the button stays away.
    await expect(share.getByRole('button', { name: 'Kopieer de link' })).toBeHidden();
  });

  test('the cards that apply are as tall as their own text', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(resultPath);
    const gaps = await region(page, /^Deze regelingen passen \(/)
      .locator('.outcome')
      .evaluateAll((cards) =>
        cards.map((card) => {
          const last = card.lastElementChild?.getBoundingClientRect().bottom ?? 0;
          return card.getBoundingClientRect().bottom - last;
        }),
      );
    expect(gaps.length).toBe(2);
    // The card's own padding and border, no empty space below the text.
    for (const gap of gaps) expect(gap).toBeLessThan(30);
  });

  test('"Weet ik niet" leads to "vraag het WSP", never to a guess', async ({ page }) => {
    await page.goto('/regelingen/wijzer/');
    await question(page, /uitkering/)
      .getByLabel('Weet ik niet')
      .check();
    await page.getByRole('button', { name: 'Bekijk welke regelingen passen' }).click();
    await expect(region(page, /^Deze regelingen passen \(0\)/)).toContainText(
      'Met deze antwoorden kunnen we niet zeker zeggen dat een regeling past.',
    );
    const ask = region(page, /^Vraag het WSP: deze regelingen kunnen passen/);
    await expect(ask.getByRole('heading', { name: 'No-riskpolis' })).toBeVisible();
    await expect(ask).toContainText(
      'U weet nog niet welke uitkering of situatie de kandidaat heeft.',
    );
    await expect(region(page, /Uw actieplan/)).toContainText('Vul de eerste werkdag in.');
    await expect(page.getByRole('link', { name: 'Zet de data in uw agenda' })).toHaveCount(0);
  });

  test('wrong answers get status 400, a Dutch message per question and the form again', async ({
    page,
  }) => {
    const response = await page.goto(
      '/regelingen/wijzer/uitkomst/?situatie=wajong&uren=veel&leeftijd=56-plus&start=2031-01-01',
    );
    expect(response?.status()).toBe(400);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Controleer uw antwoorden');
    await expect(page).toHaveTitle(/^Fout in uw antwoorden/);
    const summary = page.getByRole('heading', { name: 'Er klopt iets niet in uw antwoorden' });
    await expect(summary).toBeVisible();
    await expect(
      page.getByRole('link', { name: /Uren per week: vul een getal in van 1 tot en met 60/ }),
    ).toHaveAttribute('href', '#vraag-uren');
    await expect(
      page.getByRole('link', { name: /Eerste werkdag: kies een datum tussen/ }),
    ).toBeVisible();
    // What was typed stays, and the field says it is wrong.
    const hours = page.getByLabel('Uren per week');
    await expect(hours).toHaveValue('veel');
    await expect(hours).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByLabel('56 jaar of ouder')).toBeChecked();
    await expect(page.getByLabel('Wajong')).toBeChecked();

    await hours.fill('24');
    await page.getByLabel('Datum').fill('2027-02-01');
    await page.getByRole('button', { name: 'Bekijk de uitkomst' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Uw aannameplan');
  });

  test('an address without answers leads to the questions', async ({ page }) => {
    await page.goto('/regelingen/wijzer/uitkomst/?utm_source=nieuwsbrief');
    await expect(page).toHaveURL(/\/regelingen\/wijzer\/$/);
  });

  test('printing gives a clean plan of at most two pages', async ({ page }) => {
    await page.goto(resultPath);
    await page.emulateMedia({ media: 'print' });
    for (const hidden of ['body > header', 'body > footer', 'nav[aria-label="Kruimelpad"]']) {
      await expect(page.locator(hidden)).toBeHidden();
    }
    // The questions and the "send to the WSP" form.
    for (const form of await page.locator('main form').all()) await expect(form).toBeHidden();
    await expect(page.locator('#stuur-naar-het-wsp')).toBeHidden();
    await expect(region(page, /Uw actieplan/)).toBeVisible();
    // The campaign, whom to call and a code to scan back to the plan (a printed link cannot be
    // clicked) are on paper.
    const campaignLine = page.locator('p.print-only');
    await expect(campaignLine).toBeVisible();
    // Without the soft hyphens in the long word (src/lib/hyphenate-html.ts).
    expect((await campaignLine.innerText()).replaceAll('\u00ad', '')).toBe(
      'Iedereen doet mee · Regelingenwijzer · gemaakt op 27 november 2026',
    );
    await expect(page.locator('.wsp-contacts')).toContainText(
      'Werkgeversservicepunt Regio Amersfoort',
    );
    await expect(page.getByRole('img', { name: 'QR-code naar dit aannameplan' })).toBeVisible();
    const pdf = (await page.pdf({ format: 'A4' })).toString('latin1');
    const pages = pdf.match(/\/Type\s*\/Page[^s]/g) ?? [];
    expect(pages.length).toBeGreaterThanOrEqual(1);
    expect(pages.length).toBeLessThanOrEqual(2);
  });
});

test.describe('with JavaScript', () => {
  test('a changed answer updates the result at once, without loading a page', async ({ page }) => {
    await page.goto(resultPath);
    await waitForIsland(page);
    await page.evaluate(() => ((window as unknown as { stayed: boolean }).stayed = true));

    await page.getByLabel('Uren per week').fill('40');
    const applies = region(page, /^Deze regelingen passen \(/);
    await expect(applies).toContainText(/ongeveer €\s6\.000 per jaar \(het maximum\)/);
    await expect(page).toHaveURL(/uren=40/);
    await expect(page.getByRole('status')).toHaveText(/Uitkomst bijgewerkt: 2 passen/);

    await page.getByLabel('Uren per week').fill('veel');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Controleer uw antwoorden');
    await page.getByLabel('Uren per week').fill('7,9');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Uw aannameplan');
    await expect(region(page, /Deze regelingen passen niet/)).toContainText(
      'Alleen bij minstens 8 uur per week. U vulde 7,9 uur in.',
    );

    await page.getByLabel('In het doelgroepregister').check();
    await expect(region(page, /^Deze regelingen passen \(3\)/)).toContainText('Banenafspraak');
    await expect(page).toHaveURL(/situatie=wajong&situatie=doelgroepregister/);

    expect(await page.evaluate(() => (window as unknown as { stayed?: boolean }).stayed)).toBe(
      true,
    );
    // The updated address is shareable: the server renders the same result from it.
    const address = page.url();
    const server = await page.context().newPage();
    await server.goto(address);
    await expect(region(server, /^Deze regelingen passen \(3\)/)).toContainText('Banenafspraak');
    await expect(server.getByLabel('Uren per week')).toHaveValue('7.9');
  });

  test('"Kopieer de link" copies the address of the plan', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto(resultPath);
    await waitForIsland(page);
    await page.getByRole('button', { name: 'Kopieer de link' }).click();
    await expect(page.getByRole('status')).toHaveText(/De link naar uw plan is gekopieerd/);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      `https://werkgevers.regioamersfoort.nl${resultPath}`,
    );
  });

  test('the result page ships three small scripts, loaded from this site', async ({ page }) => {
    const scripts: { url: string; bytes: number }[] = [];
    page.on('response', async (response) => {
      if (response.request().resourceType() !== 'script') return;
      const sizes = await response.request().sizes();
      scripts.push({ url: response.url(), bytes: sizes.responseBodySize });
    });
    await page.goto(resultPath);
    await waitForIsland(page);
    const total = scripts.reduce((sum, script) => sum + script.bytes, 0);
    console.info(
      `Result page JavaScript: ${(total / 1024).toFixed(1)} KB in ${scripts.length} files`,
    );
    expect(scripts.every((script) => new URL(script.url).pathname.startsWith('/_astro/'))).toBe(
      true,
    );
    // No framework in the browser: the server renders every result, one script only fetches it;
    // another sends the "Stuur naar het WSP" form in the background, and the third gives that form
    // the visit's credit (the share script, kept in sessionStorage, never a cookie).
    expect(scripts).toHaveLength(3);
    expect(total).toBeLessThan(3 * 1024);
  });
});

test.describe('with the keyboard only', () => {
  async function tabTo(page: Page, selector: string) {
    for (let presses = 0; presses < 80; presses++) {
      await page.keyboard.press('Tab');
      if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
    }
    throw new Error(`Tab never reached ${selector}`);
  }

  test('every question can be answered and sent, and the result changed', async ({ page }) => {
    await page.goto('/regelingen/wijzer/');
    await tabTo(page, '#vraag-situatie-wajong');
    await page.keyboard.press('Space');
    await tabTo(page, '#vraag-leeftijd-onder-27');
    await page.keyboard.press('Space');
    await tabTo(page, '#vraag-werkplek-ja');
    await page.keyboard.press('ArrowDown');
    await tabTo(page, '#vraag-begeleiding-ja');
    await page.keyboard.press('Space');
    await tabTo(page, '#vraag-uren');
    await page.keyboard.type('24');
    await tabTo(page, '#vraag-contract-korter-dan-3');
    for (let step = 0; step < 4; step++) await page.keyboard.press('ArrowDown');
    await tabTo(page, '#vraag-start');
    // Chromium's date field here follows its en-US interface: month, day, year.
    await page.keyboard.type('02012027');
    await expect(page.locator('#vraag-start')).toHaveValue('2027-02-01');
    await expect(page.getByLabel('Nee', { exact: true }).first()).toBeChecked();
    await expect(page.getByLabel('Een vast contract')).toBeChecked();
    await tabTo(page, 'button[type="submit"]');
    await page.keyboard.press('Enter');

    await expect(page).toHaveURL(new RegExp(`uitkomst/\\?${typical.replace(/\?/g, '\\?')}$`));
    await expectTypicalResult(page);

    // With JavaScript the same keys change the result in place; Enter moves to the new result.
    await waitForIsland(page);
    await tabTo(page, '#vraag-uren');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('40');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
    await expect(region(page, /^Deze regelingen passen \(/)).toContainText(/€\s6\.000 per jaar/);
  });
});

test.describe('accessibility', () => {
  const cases: [string, string, boolean][] = [
    ['the questions', '/regelingen/wijzer/', true],
    ['the result without JavaScript', resultPath, false],
    ['the result with JavaScript', resultPath, true],
    ['wrong answers', '/regelingen/wijzer/uitkomst/?uren=veel&situatie=geen&situatie=wia', true],
    ['only "Weet ik niet"', '/regelingen/wijzer/uitkomst/?situatie=onbekend', true],
  ];
  for (const [name, path, javaScript] of cases) {
    test(`axe finds no WCAG A or AA violation: ${name}`, async ({ page }) => {
      // axe runs as a script, so "without JavaScript" means: the site's own scripts blocked.
      if (!javaScript) await page.route('**/_astro/*.js', (route) => route.abort());
      await page.goto(path);
      if (javaScript && path.includes('uitkomst') && !path.includes('uren=veel')) {
        await waitForIsland(page);
      }
      const results = await new AxeBuilder({ page }).withTags(wcagTags).analyze();
      expect(results.violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual(
        [],
      );
    });
  }

  test('the result does not scroll sideways on a 320 pixel wide phone', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto(resultPath);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      320,
    );
  });
});

test.describe('the calendar file', () => {
  test('holds the plan dates as whole days and parses with ical.js', async ({ page, request }) => {
    await page.goto(resultPath);
    const href = await page
      .getByRole('link', { name: 'Zet de data in uw agenda' })
      .getAttribute('href');
    expect(href).toBe(`/regelingen/wijzer/plan.ics?${typical}`);

    const response = await request.get(href ?? '');
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toBe('text/calendar; charset=utf-8');
    expect(response.headers()['content-disposition']).toContain('aannameplan.ics');
    const calendar = ICAL.Component.fromString(await response.text());
    const events = calendar.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent));
    const on = (date: string) =>
      events.filter((event) => event.startDate.toString() === date).map((event) => event.summary);
    expect(events.every((event) => event.startDate.isDate)).toBe(true);
    expect(on('2027-02-01')).toContain('Eerste werkdag van uw nieuwe medewerker');
    expect(on('2027-05-03')).toEqual([
      'Loonkostenvoordeel (LKV): Vraag de doelgroepverklaring aan bij UWV.',
    ]);
    expect(on('2027-01-31')).toEqual([]);
    expect(on('2027-01-29')).toContain(
      'Proefplaatsing: Vraag samen met de kandidaat toestemming aan UWV.',
    );
    expect(on('2028-02-01').length).toBeGreaterThan(0);
  });

  test('refuses wrong answers and an unknown start in Dutch', async ({ request }) => {
    const wrong = await request.get('/regelingen/wijzer/plan.ics?uren=veel&start=2027-02-01');
    expect(wrong.status()).toBe(400);
    expect(await wrong.text()).toContain('Uren per week: vul een getal in');
    const noStart = await request.get('/regelingen/wijzer/plan.ics?situatie=wajong&start=onbekend');
    expect(noStart.status()).toBe(400);
    expect(await noStart.text()).toContain('vul eerst de eerste werkdag in');
  });
});

test('the regulations overview and the home page lead to the wijzer', async ({ page }) => {
  for (const path of ['/regelingen/', '/']) {
    await page.goto(path);
    await page.getByRole('link', { name: 'Start de regelingenwijzer' }).click();
    await expect(page).toHaveURL(/\/regelingen\/wijzer\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Welke regelingen passen bij uw nieuwe medewerker?',
    );
  }
});

test('the sitemap lists the questions but no page that needs answers or a code', async ({
  request,
}) => {
  const paths = await sitemapPaths(request);
  expect(paths).toContain('/regelingen/wijzer/');
  expect(
    paths.filter(
      (path) => path.startsWith('/regelingen/wijzer/') && path !== '/regelingen/wijzer/',
    ),
  ).toEqual([]);
});
