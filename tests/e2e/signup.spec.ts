import ICAL from 'ical.js';
import { expect, test } from '@playwright/test';
import { exportToken } from '../../playwright.config.ts';
import { fetchTicket, postSignup, signUp, validSignup } from '../support/signup-client.ts';

/** What the WSP Regio Amersfoort export says is stored. */
async function stored(baseURL: string) {
  const response = await fetch(`${baseURL}/api/wsp/wsp-regio-amersfoort/aanmeldingen.json`, {
    headers: { authorization: `Bearer ${exportToken}` },
  });
  expect(response.status).toBe(200);
  return (
    (await response.json()) as {
      registrations: {
        id: string;
        email: string;
        event: { id: string };
        status: string;
        via: string | null;
      }[];
    }
  ).registrations;
}

test.describe('signing up with JavaScript', () => {
  test('errors appear next to the fields without losing input, then the signup succeeds', async ({
    page,
    baseURL,
  }) => {
    await page.goto('/bijeenkomsten/ontbijtsessie-personeel-via-het-wsp/?via=marco-verbeek');
    const form = page.locator('[data-signup-form]');
    await expect(form).toBeVisible();
    await expect(page.getByText(/Er zijn nog \d+ plaatsen/)).toBeVisible();
    await page.getByLabel('Uw naam').fill('Joost Smit');
    await page.getByLabel('Uw e-mailadres').fill('joost@');
    await page.waitForTimeout(1100);
    await page.getByRole('button', { name: 'Meld mij aan' }).click();

    const summary = page.locator('#signup-errors');
    await expect(summary).toBeFocused();
    await expect(summary).toContainText('Dit e-mailadres klopt niet');
    await expect(page.getByLabel('Uw e-mailadres')).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByLabel('Uw naam')).toHaveValue('Joost Smit');
    await expect(page.getByLabel('Uw e-mailadres')).toHaveValue('joost@');
    expect(page.url()).toContain('/bijeenkomsten/ontbijtsessie-personeel-via-het-wsp/');

    const email = `joost-${Date.now()}@smit-installatie.nl`;
    await page.getByLabel('Uw e-mailadres').fill(email);
    await page.getByLabel('Naam van uw organisatie').fill('Smit Installatie');
    await page.getByLabel('Gemeente van uw bedrijf').selectOption('leusden');
    await page.getByLabel('Met hoeveel personen komt u?').selectOption('2');
    await page.getByRole('checkbox').check();
    await page.getByRole('button', { name: 'Meld mij aan' }).click();

    await expect(page).toHaveURL(/\/aangemeld\/\?code=/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('U bent aangemeld');
    expect(page.url()).not.toContain(encodeURIComponent(email));
    const registration = (await stored(baseURL!)).find((r) => r.email === email);
    expect(registration).toMatchObject({ status: 'bevestigd', via: 'marco-verbeek' });
  });

  test(
    "an ambassador's credit survives the visit: from their page through the agenda to a signup",
    {
      // Its registration credits the ambassador's page, which tests/e2e/staff-results.spec.ts counts.
      lock: 'credit-counts',
    },
    async ({ page, baseURL }) => {
      await page.goto('/ambassadeurs/anouk-de-wit/?via=anouk-de-wit');
      await page.getByRole('link', { name: 'Kom naar een bijeenkomst' }).click();
      await expect(page).toHaveURL(/\/bijeenkomsten\/$/);
      await page
        .getByRole('link', { name: 'Ontbijtsessie: personeel vinden via het WSP' })
        .first()
        .click();
      await expect(page).toHaveURL(/\/bijeenkomsten\/ontbijtsessie-personeel-via-het-wsp\/$/);
      const email = `via-${Date.now()}@example.nl`;
      await page.getByLabel('Uw naam').fill('Vera Via');
      await page.getByLabel('Uw e-mailadres').fill(email);
      await page.getByLabel('Naam van uw organisatie').fill('Via BV');
      await page.getByLabel('Gemeente van uw bedrijf').selectOption('soest');
      await page.getByRole('checkbox').check();
      await page.waitForTimeout(1100);
      await page.getByRole('button', { name: 'Meld mij aan' }).click();
      await expect(page).toHaveURL(/\/aangemeld\/\?code=/);
      // Nothing kept beyond the visit: no cookie, only this tab's session storage.
      expect(await page.context().cookies()).toEqual([]);
      const registration = (await stored(baseURL!)).find((r) => r.email === email);
      expect(registration).toMatchObject({ via: 'anouk-de-wit' });
    },
  );

  test('the confirmation offers a calendar file that parses as Europe/Amsterdam', async ({
    page,
    baseURL,
  }) => {
    const result = await signUp(baseURL!, 'ontbijtsessie-personeel-via-het-wsp', {}, 1100);
    await page.goto(result.location!);
    const download = page.getByRole('link', { name: /Zet in uw agenda/ });
    const response = await page.request.get((await download.getAttribute('href'))!);
    expect(response.headers()['content-type']).toContain('text/calendar');
    const calendar = ICAL.Component.fromString(await response.text());
    ICAL.TimezoneService.register(calendar.getFirstSubcomponent('vtimezone')!);
    const event = new ICAL.Event(calendar.getFirstSubcomponent('vevent')!);
    expect(event.summary).toBe('Ontbijtsessie: personeel vinden via het WSP');
    expect(event.startDate.toString()).toBe('2026-12-10T08:00:00');
    expect(event.startDate.zone?.tzid).toBe('Europe/Amsterdam');
    expect(event.startDate.toJSDate().toISOString()).toBe('2026-12-10T07:00:00.000Z');
  });
});

test.describe('signing up without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the event page leads to the form; errors keep the input; success redirects', async ({
    page,
  }) => {
    await page.goto(
      '/bijeenkomsten/werkgeversavond-functiecreatie-foodvalley/?via=fatima-el-idrissi',
    );
    await page.getByRole('link', { name: 'Naar het aanmeldformulier' }).click();
    await expect(page).toHaveURL(/\/aanmelden\/$/);
    await expect(page.locator('input[name="via"]')).toHaveValue('fatima-el-idrissi');

    await page.getByLabel('Uw naam').fill('Fenna Jansen');
    await page.getByLabel('Uw e-mailadres').fill('fenna@kip');
    await page.getByLabel('Gemeente van uw bedrijf').selectOption('barneveld');
    await page.waitForTimeout(1100);
    const answer = page.waitForResponse((r) => r.request().method() === 'POST');
    await page.getByRole('button', { name: 'Meld mij aan' }).click();
    expect((await answer).status()).toBe(422);

    // After the full reload the title says so and the focus is on the list of problems.
    await expect(page).toHaveTitle(/^Fout: Aanmelden: /);
    await expect(page.locator('#signup-errors')).toBeFocused();
    await expect(
      page.getByRole('heading', { level: 2, name: 'Controleer uw aanmelding' }),
    ).toBeVisible();
    await expect(page.getByRole('alert')).toContainText('Dit e-mailadres klopt niet');
    await expect(page.getByRole('alert')).toContainText('Vul de naam van uw organisatie in.');
    await expect(page.getByLabel('Uw naam')).toHaveValue('Fenna Jansen');
    await expect(page.getByLabel('Gemeente van uw bedrijf')).toHaveValue('barneveld');
    await expect(page.locator('input[name="via"]')).toHaveValue('fatima-el-idrissi');

    await page.getByLabel('Uw e-mailadres').fill(`fenna-${Date.now()}@kippenboer.nl`);
    await page.getByLabel('Naam van uw organisatie').fill('Kippenboerderij Jansen');
    await page.getByRole('checkbox').check();
    await page.getByRole('button', { name: 'Meld mij aan' }).click();
    await expect(page).toHaveURL(/\/aangemeld\/\?code=/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('U bent aangemeld');
    await expect(page.getByText('Werkgeversservicepunt Foodvalley')).toBeVisible();
    // Post/redirect/get: reloading the confirmation does not post again.
    const reload = await page.reload();
    expect(reload?.request().method()).toBe('GET');
  });

  test('a closed event shows why, and no form', async ({ page, baseURL }) => {
    await page.goto('/bijeenkomsten/aftrap-campagne-iedereen-doet-mee/');
    await expect(
      page.getByText('Deze bijeenkomst is al geweest. Aanmelden kan niet meer.'),
    ).toBeVisible();
    await expect(page.locator('[data-signup-form]')).toHaveCount(0);
    await page.goto('/bijeenkomsten/aftrap-campagne-iedereen-doet-mee/aanmelden/');
    await expect(page.locator('[data-signup-form]')).toHaveCount(0);
    const post = await postSignup(baseURL!, 'aftrap-campagne-iedereen-doet-mee', {
      ...validSignup,
    });
    expect(post.status).toBe(200);
    expect(post.body).toContain('Deze bijeenkomst is al geweest');
  });
});

test.describe('the rules', () => {
  test('beyond the capacity people go on the waitlist, and are told so', async ({
    page,
    baseURL,
  }) => {
    const eventId = 'koffie-met-een-ambassadeur-soest';
    for (let i = 0; i < 3; i++) {
      const result = await signUp(baseURL!, eventId, { attendees: '5' }, 1100);
      expect(result.status).toBe(303);
    }
    await page.goto(`/bijeenkomsten/${eventId}/`);
    await expect(page.getByText(/Deze bijeenkomst is vol/)).toBeVisible();
    await page.getByLabel('Uw naam').fill('Wim Wachter');
    await page.getByLabel('Uw e-mailadres').fill(`wim-${Date.now()}@example.nl`);
    await page.getByLabel('Naam van uw organisatie').fill('Wachter BV');
    await page.getByLabel('Gemeente van uw bedrijf').selectOption('soest');
    await page.getByRole('checkbox').check();
    await page.waitForTimeout(1100);
    await page.getByRole('button', { name: 'Meld mij aan' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('U staat op de wachtlijst');
  });

  test('a double submit of the same form makes one registration', async ({ baseURL }) => {
    const eventId = 'online-no-riskpolis-en-loonkostensubsidie';
    const ticket = await fetchTicket(baseURL!, eventId);
    await new Promise((resolve) => setTimeout(resolve, 1100));
    const fields = { ...validSignup, email: `dubbel-${Date.now()}@example.nl`, ...ticket };
    const [first, second] = await Promise.all([
      postSignup(baseURL!, eventId, fields),
      postSignup(baseURL!, eventId, fields),
    ]);
    expect(first.status).toBe(303);
    expect(second.status).toBe(303);
    expect(second.location).toBe(first.location);
    const copies = (await stored(baseURL!)).filter((r) => r.email === fields.email);
    expect(copies).toHaveLength(1);
  });

  test('the same e-mail address twice is stored once, and the screen does not tell', async ({
    baseURL,
  }) => {
    const eventId = 'online-no-riskpolis-en-loonkostensubsidie';
    const email = `tweemaal-${Date.now()}@example.nl`;
    const first = await signUp(baseURL!, eventId, { email }, 1100);
    const again = await signUp(baseURL!, eventId, { email: email.toUpperCase() }, 1100);
    expect([first.status, again.status]).toEqual([303, 303]);
    expect(again.location).toBe(first.location);
    const copies = (await stored(baseURL!)).filter((r) => r.email.toLowerCase() === email);
    expect(copies).toHaveLength(1);
  });

  test('a form sent back faster than a person can fill it in is not stored', async ({
    baseURL,
  }) => {
    const result = await signUp(baseURL!, 'ontbijtsessie-personeel-via-het-wsp', {}, 0);
    expect(result.status).toBe(422);
    expect(result.body).toContain('wel heel snel verstuurd');
  });

  test("a post to the action's own address (?_action=signup) is the same signup", async ({
    baseURL,
  }) => {
    const eventId = 'ontbijtsessie-personeel-via-het-wsp';
    const ticket = await fetchTicket(baseURL!, eventId);
    await new Promise((resolve) => setTimeout(resolve, 1100));
    const email = `actie-${Date.now()}@example.nl`;
    const response = await fetch(`${baseURL}/bijeenkomsten/${eventId}/aanmelden/?_action=signup`, {
      method: 'POST',
      redirect: 'manual',
      headers: { origin: baseURL!, 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ ...validSignup, email, event: eventId, ...ticket }).toString(),
    });
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toMatch(/\/aangemeld\/\?code=/);
    // Astro keeps no action result in a cookie or session: the site sets no cookie at all.
    expect(response.headers.get('set-cookie')).toBeNull();
    const copies = (await stored(baseURL!)).filter((r) => r.email === email);
    expect(copies).toHaveLength(1);
  });

  test('a post from another site is refused by the origin check', async ({ baseURL }) => {
    const response = await fetch(
      `${baseURL}/bijeenkomsten/ontbijtsessie-personeel-via-het-wsp/aanmelden/`,
      {
        method: 'POST',
        headers: {
          origin: 'https://evil.example',
          'content-type': 'application/x-www-form-urlencoded',
        },
        body: 'name=x',
      },
    );
    expect(response.status).toBe(403);
    expect(await response.text()).toContain('niet verstuurd vanaf deze website');
  });
});

test.describe('accessibility of the signup pages', () => {
  const wcag = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

  test('axe finds nothing on the form, the form with errors, and the confirmation', async ({
    page,
    baseURL,
  }) => {
    test.setTimeout(120_000);
    const { default: AxeBuilder } = await import('@axe-core/playwright');
    const check = async () => {
      const results = await new AxeBuilder({ page }).withTags(wcag).analyze();
      expect(
        results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`),
      ).toEqual([]);
    };
    await page.goto('/bijeenkomsten/werkgeversontbijt-eemnes/');
    await expect(page.locator('[data-signup-form]')).toBeVisible();
    await check();
    await page.waitForTimeout(1100);
    await page.getByRole('button', { name: 'Meld mij aan' }).click();
    await expect(page.locator('#signup-errors')).toBeFocused();
    await check();
    const result = await signUp(
      baseURL!,
      'werkgeversontbijt-eemnes',
      { municipality: 'eemnes' },
      1100,
    );
    await page.goto(result.location!);
    await check();
  });
});

test('behind a TLS proxy the origin check accepts the site and still refuses others', async ({
  baseURL,
}) => {
  const { request } = await import('node:http');
  const site = 'werkgevers.regioamersfoort.nl';
  const post = (origin: string) =>
    new Promise<number>((resolve, reject) => {
      const url = new URL('/bijeenkomsten/ontbijtsessie-personeel-via-het-wsp/aanmelden/', baseURL);
      const req = request(
        url,
        {
          method: 'POST',
          headers: {
            host: site,
            'x-forwarded-proto': 'https',
            'x-forwarded-host': site,
            origin,
            'content-type': 'application/x-www-form-urlencoded',
          },
        },
        (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        },
      );
      req.on('error', reject);
      req.end('name=x');
    });
  expect(await post(`https://${site}`)).toBe(422);
  expect(await post('https://evil.example')).toBe(403);
});
