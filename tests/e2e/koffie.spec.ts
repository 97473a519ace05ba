/**
 * "Koffie met een ambassadeur": an employer asks for a conversation with an ambassador who is
 * open to it. The request goes to the WSP of the ambassador's municipality as a koffieverzoek: stored,
 * delivered to a real webhook receiver (signature verified with the Standard Webhooks library)
 * and SMTP server on 127.0.0.1, and in the WSP's export. In Chromium with and without
 * JavaScript, by keyboard only, and checked with axe.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { exportToken } from '../../playwright.config.ts';
import { startServer } from '../support/server-process.ts';
import { startSmtpSink } from '../support/smtp-sink.ts';
import { startReceiver } from '../support/webhook-receiver.ts';

const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
// Anouk de Wit has her lunchroom in Baarn: WSP Regio Amersfoort arranges her conversations.
const anouk = '/ambassadeurs/anouk-de-wit/';

interface StoredRequest {
  id: string;
  kind: string;
  email: string;
  organisation: string;
  remark: string | null;
  status: string | null;
  event: { id: string; title: string };
}

async function exported(baseURL: string, query = '', servicePoint = 'wsp-regio-amersfoort') {
  const response = await fetch(`${baseURL}/api/wsp/${servicePoint}/aanmeldingen.json${query}`, {
    headers: { authorization: `Bearer ${exportToken}` },
  });
  expect(response.status).toBe(200);
  return ((await response.json()) as { registrations: StoredRequest[] }).registrations;
}

const coffeeSection = (page: Page) => page.getByRole('region', { name: 'Koffie met Anouk' });

async function fillDetails(page: Page, email: string) {
  await page.getByLabel('Uw naam').fill('Sanne Bakker');
  await page.getByLabel('Uw e-mailadres').fill(email);
  await page.getByLabel('Naam van uw organisatie').fill('Tuincentrum De Eik');
  await page.getByLabel('Gemeente van uw bedrijf').selectOption({ label: 'Leusden' });
  await page.getByLabel('Uw vraag aan Anouk').fill('Hoe vond uw team het in het begin?');
}

test('the gallery shows who is open to a coffee, and only their pages have the form', async ({
  page,
}) => {
  await page.goto('/ambassadeurs/');
  const open = page.locator('li', { has: page.locator('[data-open-for-coffee]') });
  await expect(open).toHaveCount(4);
  await expect(open.getByRole('heading')).toHaveText([
    'Anouk de Wit',
    'Fatima El Idrissi',
    'Marco Verbeek',
    'Ruben Hoekstra',
  ]);
  await page.goto('/ambassadeurs/ingrid-smit/');
  await expect(page.locator('#koffie')).toHaveCount(0);
  const closed = await fetch(new URL('/ambassadeurs/ingrid-smit/koffie/', page.url()));
  expect(closed.status).toBe(404);
});

test.describe('asking for a coffee with JavaScript', () => {
  test('errors show inline, then the request reaches the WSP of the ambassador', async ({
    page,
    baseURL,
  }) => {
    await page.goto(anouk);
    const section = coffeeSection(page);
    await expect(section.getByLabel('Uw naam')).toBeVisible();
    await page.waitForTimeout(1100); // the form's bot timer (FORM_MIN_SECONDS)
    await section.getByRole('button', { name: 'Vraag een gesprek aan' }).click();
    const summary = page.locator('#signup-errors');
    await expect(summary).toBeFocused();
    await expect(summary).toContainText('Schrijf uw vraag aan de ambassadeur.');
    expect(page.url()).toContain(anouk);

    await fillDetails(page, 'sanne@tuincentrum.example');
    await section.getByLabel(/Ik geef toestemming/).check();
    await section.getByRole('button', { name: 'Vraag een gesprek aan' }).click();
    await expect(page).toHaveURL(/\/ambassadeurs\/anouk-de-wit\/koffie-gevraagd\/\?code=/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Uw vraag is ontvangen');
    await expect(page.getByRole('status')).toContainText(
      'Uw vraag is voor Werkgeversservicepunt Regio Amersfoort',
    );
    await expect(page.locator('main')).not.toContainText('sanne@tuincentrum.example');
    const axe = await new AxeBuilder({ page }).withTags(wcagTags).analyze();
    expect(axe.violations.map((violation) => violation.id)).toEqual([]);

    const stored = (await exported(baseURL!, '?soort=koffieverzoek')).filter(
      (request) => request.email === 'sanne@tuincentrum.example',
    );
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({
      kind: 'koffieverzoek',
      event: { id: 'koffie:anouk-de-wit', title: 'Koffie met Anouk de Wit' },
      organisation: 'Tuincentrum De Eik',
      remark: 'Hoe vond uw team het in het begin?',
      status: null,
    });
  });

  test('keyboard only: from the first field to a sent request', async ({ page }) => {
    await page.goto(anouk);
    const name = coffeeSection(page).getByLabel('Uw naam');
    await expect(name).toBeVisible();
    await name.focus();
    await page.keyboard.type('Kees Jansen');
    await page.keyboard.press('Tab');
    await page.keyboard.type('kees@garage.example');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Garage Jansen');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Amersfoort');
    await page.keyboard.press('Tab'); // phone
    await page.keyboard.press('Tab'); // question
    await page.keyboard.type('Mag ik eens langskomen?');
    await page.keyboard.press('Tab'); // consent
    await page.keyboard.press('Space');
    await page.keyboard.press('Tab'); // privacy link
    await page.keyboard.press('Tab'); // the button
    await expect(page.getByRole('button', { name: 'Vraag een gesprek aan' })).toBeFocused();
    await page.waitForTimeout(1100); // the form's bot timer (FORM_MIN_SECONDS)
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Uw vraag is ontvangen');
  });

  test('the ambassador page with its form passes axe', async ({ page }) => {
    await page.goto(anouk);
    await expect(coffeeSection(page).getByLabel('Uw naam')).toBeVisible();
    const axe = await new AxeBuilder({ page }).withTags(wcagTags).analyze();
    expect(axe.violations.map((violation) => violation.id)).toEqual([]);
  });
});

test.describe('asking for a coffee without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the link leads to the form; the server keeps the input and shows the messages', async ({
    page,
    baseURL,
  }) => {
    await page.goto(anouk);
    await coffeeSection(page)
      .getByRole('link', { name: 'Naar het formulier voor een gesprek' })
      .click();
    await expect(page).toHaveURL(/\/ambassadeurs\/anouk-de-wit\/koffie\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Koffie met Anouk de Wit');
    await fillDetails(page, 'zonder-script@tuincentrum.example');
    await page.waitForTimeout(1100); // the form's bot timer (FORM_MIN_SECONDS)
    await page.getByRole('button', { name: 'Vraag een gesprek aan' }).click();

    await expect(page).toHaveTitle(/^Fout: Koffie met Anouk de Wit/);
    await expect(page.locator('#signup-errors')).toBeFocused();
    await expect(page.getByRole('alert')).toContainText(
      'Geef toestemming om uw gegevens en uw vraag naar het WSP te sturen.',
    );
    await expect(page.getByLabel('Uw naam')).toHaveValue('Sanne Bakker');
    // Exactly as typed, also the free text (no padding from the page's markup).
    await expect(page.getByLabel('Uw vraag aan Anouk')).toHaveValue(
      'Hoe vond uw team het in het begin?',
    );

    await page.getByLabel(/Ik geef toestemming/).check();
    await page.getByRole('button', { name: 'Vraag een gesprek aan' }).click();
    await expect(page).toHaveURL(/\/koffie-gevraagd\/\?code=/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Uw vraag is ontvangen');
    const stored = await exported(baseURL!, '?soort=koffieverzoek');
    expect(stored.filter((r) => r.email === 'zonder-script@tuincentrum.example')).toHaveLength(1);
  });
});

test.describe("the form page without the site's scripts", () => {
  // axe runs as a script, so here "without JavaScript" means: the site's own scripts blocked.
  test.beforeEach(async ({ page }) => {
    await page.route('**/_astro/*.js', (route) => route.abort());
  });

  test('passes axe with its messages shown', async ({ page }) => {
    await page.goto(`${anouk}koffie/`);
    await page.waitForTimeout(1100); // the form's bot timer (FORM_MIN_SECONDS)
    await page.getByRole('button', { name: 'Vraag een gesprek aan' }).click();
    await expect(page.getByRole('alert')).toContainText('Vul uw naam in.');
    const axe = await new AxeBuilder({ page }).withTags(wcagTags).analyze();
    expect(axe.violations.map((violation) => violation.id)).toEqual([]);
  });
});

/** The hidden fields of the form on the form page, as a browser without JavaScript gets them. */
async function formFields(baseURL: string, slug = 'anouk-de-wit') {
  const html = await (await fetch(`${baseURL}/ambassadeurs/${slug}/koffie/`)).text();
  const field = (name: string) =>
    new RegExp(`name="${name}" value="([^"]*)"`).exec(html)?.[1] ?? '';
  return { token: field('token'), stamp: field('stamp'), website: '' };
}

async function postCoffee(baseURL: string, fields: Record<string, string>, slug = 'anouk-de-wit') {
  return fetch(`${baseURL}/ambassadeurs/${slug}/koffie/`, {
    method: 'POST',
    redirect: 'manual',
    headers: { origin: baseURL, 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(fields).toString(),
  });
}

test('the same question sent again from the same address is stored once', async ({ baseURL }) => {
  const forms = await Promise.all([1, 2].map(() => formFields(baseURL!)));
  await new Promise((resolve) => setTimeout(resolve, 1100)); // the form's bot timer
  const details = {
    name: 'Twee Keer',
    email: 'koffie-nogmaals@bedrijf.example',
    organisation: 'Koffie Nogmaals BV',
    municipality: 'baarn',
    remark: 'Hoe begon u?',
    consent: 'ja',
  };
  const first = await postCoffee(baseURL!, { ...forms[0]!, ...details });
  const again = await postCoffee(baseURL!, {
    ...forms[1]!,
    ...details,
    email: 'Koffie-Nogmaals@Bedrijf.example',
  });
  expect([first.status, again.status]).toEqual([303, 303]);
  expect(again.headers.get('location')).toBe(first.headers.get('location'));
  const stored = await exported(baseURL!);
  expect(stored.filter((r) => r.organisation === 'Koffie Nogmaals BV')).toHaveLength(1);
});

test('a koffieverzoek reaches the WSP of the ambassador by signed webhook, e-mail and export', async () => {
  test.setTimeout(60_000);
  const secret = `whsec_${Buffer.from('coffee-request-test-secret').toString('base64')}`;
  const token = 'e2e-export-token-for-wsp-foodvalley';
  const receiver = await startReceiver(secret);
  const smtp = await startSmtpSink();
  // Fatima El Idrissi works in Barneveld: WSP Foodvalley arranges her conversations.
  const server = await startServer({
    DATA_DIR: mkdtempSync(path.join(tmpdir(), 'koffie-')),
    SMTP_URL: smtp.url,
    MAIL_FROM: 'Iedereen doet mee <noreply@example.nl>',
    DELIVERY_WSP_FOODVALLEY_WEBHOOK_URL: receiver.url,
    DELIVERY_WSP_FOODVALLEY_WEBHOOK_SECRET: secret,
    DELIVERY_WSP_FOODVALLEY_EMAIL: 'werkgevers@wsp-foodvalley.example',
    DELIVERY_WSP_FOODVALLEY_EXPORT_TOKEN: token,
  });
  try {
    const response = await postCoffee(
      server.url,
      {
        ...(await formFields(server.url, 'fatima-el-idrissi')),
        name: 'Lotte Visser',
        email: 'lotte@bouwbedrijf.example',
        organisation: 'Bouwbedrijf Visser',
        // The employer is in Soest; the ambassador's region decides the WSP.
        municipality: 'soest',
        phone: '06 12345678',
        remark: 'Hoe heeft u taken anders verdeeld?',
        consent: 'ja',
      },
      'fatima-el-idrissi',
    );
    expect(response.status).toBe(303);
    const confirmation = (
      await (await fetch(new URL(response.headers.get('location') ?? '', server.url))).text()
    ).replaceAll('\u00ad', '');
    expect(confirmation).toContain('Uw vraag is voor Werkgeversservicepunt Foodvalley');

    await expect.poll(() => receiver.messages.size, { timeout: 10_000 }).toBe(1);
    expect(receiver.forged).toBe(0);
    const [message] = [...receiver.messages.values()];
    expect(message).toMatchObject({
      type: 'coffee_request.created',
      data: {
        kind: 'koffieverzoek',
        servicePoint: 'wsp-foodvalley',
        source: 'koffie:fatima-el-idrissi',
        contact: { organisation: 'Bouwbedrijf Visser', municipality: 'Soest' },
        answers: {
          schema: 'koffieverzoek/1',
          ambassador: { slug: 'fatima-el-idrissi', name: 'Fatima El Idrissi' },
          question: 'Hoe heeft u taken anders verdeeld?',
        },
      },
    });
    // Of the ambassador, the WSP gets who it is and nothing more: it has her details itself.
    expect(Object.keys(message?.data['ambassador'] as object).sort()).toEqual([
      'name',
      'slug',
      'url',
    ]);

    await expect.poll(() => smtp.messages.length, { timeout: 10_000 }).toBe(2);
    const decoded = (address: string) =>
      smtp.messages
        .filter((m) => m.to.includes(address))
        .map((m) => m.raw.replace(/=\r?\n/g, ''))
        .join('\n');
    expect(decoded('werkgevers@wsp-foodvalley.example')).toContain('Lotte Visser');
    const toEmployer = decoded('lotte@bouwbedrijf.example');
    expect(toEmployer).toContain('Uw vraag is naar Werkgeversservicepunt Foodvalley gestuurd');
    // The employer's mail names the WSP as the way in: no other address in its text.
    const body = toEmployer.slice(toEmployer.search(/\r?\n\r?\n/));
    const addresses = new Set(body.match(/[\w.+-]+@[\w-]+(\.[\w-]+)+/g) ?? []);
    expect([...addresses]).toEqual(['campagne@regioamersfoort.nl']);
    expect(server.output()).not.toContain('lotte@bouwbedrijf.example');

    const listed = await fetch(`${server.url}/api/wsp/wsp-foodvalley/aanmeldingen.csv`, {
      headers: { authorization: `Bearer ${token}` },
    });
    const csv = await listed.text();
    expect(csv).toContain('Koffieverzoek');
    expect(csv).toContain('Koffie met Fatima El Idrissi');
  } finally {
    await server.stop();
    await receiver.close();
    await smtp.close();
  }
});
