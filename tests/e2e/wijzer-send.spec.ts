/**
 * "Stuur naar het WSP": a hire plan from the regelingenwijzer sent as a contact request. It
 * travels the path of an event signup: stored, routed by municipality, delivered to a real
 * webhook receiver and SMTP server on 127.0.0.1, and in the WSP's export. In Chromium with and
 * without JavaScript.
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
const typical =
  'situatie=wajong&leeftijd=onder-27&werkplek=nee&begeleiding=ja&uren=24&contract=vast&start=2027-02-01';
const resultPath = `/regelingen/wijzer/uitkomst/?${typical}`;

interface StoredRequest {
  id: string;
  kind: string;
  email: string;
  organisation: string;
  remark: string | null;
  plan: string | null;
  event: { id: string };
}

/** The contact requests the WSP Regio Amersfoort export holds. */
async function storedRequests(baseURL: string): Promise<StoredRequest[]> {
  const response = await fetch(`${baseURL}/api/wsp/wsp-regio-amersfoort/aanmeldingen.json`, {
    headers: { authorization: `Bearer ${exportToken}` },
  });
  expect(response.status).toBe(200);
  const body = (await response.json()) as { registrations: StoredRequest[] };
  return body.registrations.filter((registration) => registration.kind === 'contactverzoek');
}

const sendSection = (page: Page) =>
  page.getByRole('region', { name: 'Stuur dit plan naar het WSP' });

async function fillDetails(page: Page, email: string) {
  const section = sendSection(page);
  await section.getByLabel('Uw naam').fill('Sanne Bakker');
  await section.getByLabel('Uw e-mailadres').fill(email);
  await section.getByLabel('Naam van uw organisatie').fill('Tuincentrum De Eik');
  await section.getByLabel('Gemeente van uw bedrijf').selectOption({ label: 'Leusden' });
  await section.getByLabel('Uw vraag aan het WSP (niet verplicht)').fill('Wie vraagt de LKV aan?');
}

test.describe('sending the plan with JavaScript', () => {
  test('errors show inline, a changed answer changes the plan sent, and the WSP gets it', async ({
    page,
    baseURL,
  }) => {
    await page.goto(resultPath);
    await expect(page.getByRole('button', { name: 'Print dit plan' })).toBeVisible();
    const section = sendSection(page);
    await expect(section).toBeVisible();

    // Sent empty: the messages appear at the fields, the page stays, nothing is stored.
    await page.waitForTimeout(1100); // the form's bot timer (FORM_MIN_SECONDS)
    await section.getByRole('button', { name: 'Stuur mijn plan naar het WSP' }).click();
    const summary = page.locator('#signup-errors');
    await expect(summary).toBeFocused();
    await expect(summary).toContainText('Vul uw naam in.');
    await expect(section.getByLabel('Uw e-mailadres')).toHaveAttribute('aria-invalid', 'true');
    expect(page.url()).toContain('/uitkomst/');

    await fillDetails(page, 'sanne@tuincentrum.example');
    // The answers become wrong: there is no plan to send, so the form goes away...
    await page.getByLabel('Uren per week').fill('99');
    await expect(section).toBeHidden();
    // ...and comes back with the corrected plan, the details still filled in.
    await page.getByLabel('Uren per week').fill('32');
    await expect(section).toBeVisible();
    await expect(section.getByLabel('Uw naam')).toHaveValue('Sanne Bakker');
    await expect(section.getByLabel('Uw vraag aan het WSP (niet verplicht)')).toHaveValue(
      'Wie vraagt de LKV aan?',
    );
    await expect(section.locator('input[name="answers"]')).toHaveValue(/uren=32/);

    await section.getByLabel(/Ik geef toestemming/).check();
    await section.getByRole('button', { name: 'Stuur mijn plan naar het WSP' }).click();
    await expect(page).toHaveURL(/\/regelingen\/wijzer\/verstuurd\/\?code=/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Uw plan is ontvangen');
    await expect(page.getByRole('status')).toContainText(
      'Het is voor Werkgeversservicepunt Regio Amersfoort',
    );
    // The confirmation page can be shared: it shows nothing personal.
    await expect(page.locator('main')).not.toContainText('sanne@tuincentrum.example');

    const stored = (await storedRequests(baseURL ?? '')).find(
      (request) => request.email === 'sanne@tuincentrum.example',
    );
    expect(stored).toMatchObject({
      event: { id: 'regelingenwijzer' },
      organisation: 'Tuincentrum De Eik',
      remark: 'Wie vraagt de LKV aan?',
    });
    expect(stored?.plan).toContain('- Uren per week: 32 uur');
    expect(stored?.plan).toContain('uitkomst/?situatie=wajong');
  });

  test("keyboard only: from the result's button to a sent plan", async ({ page }) => {
    await page.goto(resultPath);
    await expect(page.getByRole('button', { name: 'Print dit plan' })).toBeVisible();
    const link = page.getByRole('link', { name: 'Stuur naar het WSP' });
    await link.focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/#stuur-naar-het-wsp$/);
    // Following the link moves the keyboard to the section: the next Tab is its first field.
    await page.keyboard.press('Tab');
    await expect(sendSection(page).getByLabel('Uw naam')).toBeFocused();
    await page.keyboard.type('Kees Jansen');
    await page.keyboard.press('Tab');
    await page.keyboard.type('kees@garage.example');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Garage Jansen');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Amersfoort');
    await page.keyboard.press('Tab'); // phone
    await page.keyboard.press('Tab'); // question
    await page.keyboard.press('Tab'); // consent
    await page.keyboard.press('Space');
    await page.keyboard.press('Tab'); // privacy link
    await page.keyboard.press('Tab'); // the button
    await expect(page.getByRole('button', { name: 'Stuur mijn plan naar het WSP' })).toBeFocused();
    await page.waitForTimeout(1100); // the form's bot timer (FORM_MIN_SECONDS)
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Uw plan is ontvangen');
  });
});

test.describe('sending the plan without JavaScript', () => {
  // axe runs as a script, so "without JavaScript" means: the site's own scripts blocked.
  test.beforeEach(async ({ page }) => {
    await page.route('**/_astro/*.js', (route) => route.abort());
  });

  test('the server shows the messages with the input kept, then sends', async ({
    page,
    baseURL,
  }) => {
    await page.goto(resultPath);
    const section = sendSection(page);
    await fillDetails(page, 'zonder-script@tuincentrum.example');
    await page.waitForTimeout(1100); // the form's bot timer (FORM_MIN_SECONDS)
    await section.getByRole('button', { name: 'Stuur mijn plan naar het WSP' }).click();

    await expect(page).toHaveURL(/\/regelingen\/wijzer\/versturen\/$/);
    await expect(page.getByRole('alert')).toContainText(
      'Geef toestemming om uw gegevens en het plan naar het WSP te sturen.',
    );
    await expect(page.getByLabel('Uw naam')).toHaveValue('Sanne Bakker');
    // Exactly as typed, also the free text (no padding from the page's markup).
    await expect(page.getByLabel('Uw vraag aan het WSP (niet verplicht)')).toHaveValue(
      'Wie vraagt de LKV aan?',
    );
    await expect(page.getByRole('link', { name: 'uw aannameplan' })).toHaveAttribute(
      'href',
      /uitkomst\/\?situatie=wajong/,
    );
    const axe = await new AxeBuilder({ page }).withTags(wcagTags).analyze();
    expect(axe.violations.map((violation) => violation.id)).toEqual([]);

    await page.getByLabel(/Ik geef toestemming/).check();
    await page.getByRole('button', { name: 'Stuur mijn plan naar het WSP' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Uw plan is ontvangen');
    const axeSent = await new AxeBuilder({ page }).withTags(wcagTags).analyze();
    expect(axeSent.violations.map((violation) => violation.id)).toEqual([]);

    const stored = await storedRequests(baseURL ?? '');
    expect(stored.filter((r) => r.email === 'zonder-script@tuincentrum.example')).toHaveLength(1);
  });

  test('wrong answers show no send form; an address without answers goes to the questions', async ({
    page,
  }) => {
    await page.goto('/regelingen/wijzer/uitkomst/?uren=99');
    await expect(sendSection(page)).toHaveCount(0);
    await page.goto('/regelingen/wijzer/versturen/?uren=99');
    await expect(page).toHaveURL(/\/regelingen\/wijzer\/$/);
    await page.goto('/regelingen/wijzer/versturen/');
    await expect(page).toHaveURL(/\/regelingen\/wijzer\/$/);
  });
});

/** The hidden fields of the send form on a result page, as a browser without JavaScript gets them. */
async function sendFormFields(baseURL: string): Promise<Record<string, string>> {
  const html = await (await fetch(`${baseURL}${resultPath}`)).text();
  const field = (name: string) =>
    new RegExp(`name="${name}" value="([^"]*)"`).exec(html)?.[1]?.replaceAll('&amp;', '&') ?? '';
  return { token: field('token'), stamp: field('stamp'), answers: field('answers'), website: '' };
}

async function postPlan(baseURL: string, fields: Record<string, string>) {
  return fetch(`${baseURL}/regelingen/wijzer/versturen/`, {
    method: 'POST',
    redirect: 'manual',
    headers: { origin: baseURL, 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(fields).toString(),
  });
}

test('one address sends at most three plans a day; the fourth is answered like the others', async ({
  baseURL,
}) => {
  const forms = await Promise.all([1, 2, 3, 4].map(() => sendFormFields(baseURL!)));
  await new Promise((resolve) => setTimeout(resolve, 1100)); // the form's bot timer
  const details = {
    name: 'Herhaling',
    email: 'vaak@bedrijf.example',
    organisation: 'Vaak BV',
    municipality: 'soest',
    consent: 'ja',
  };
  const statuses: number[] = [];
  const locations: (string | null)[] = [];
  for (const [index, form] of forms.entries()) {
    // Four different plans: the same plan again would be recognised as sent already.
    const answers = form['answers']?.replace(/uren=\d+/, `uren=${8 * (index + 1)}`) ?? '';
    const response = await postPlan(baseURL!, { ...form, ...details, answers });
    statuses.push(response.status);
    locations.push(response.headers.get('location'));
  }
  // No hint on screen that this address reached its limit: its owner is told by e-mail.
  expect(statuses).toEqual([303, 303, 303, 303]);
  expect(new Set(locations).size).toBe(1);
  const stored = await storedRequests(baseURL!);
  expect(stored.filter((request) => request.email === 'vaak@bedrijf.example')).toHaveLength(3);
});

test('the same plan sent again from the same address is the one sent before, stored once', async ({
  baseURL,
}) => {
  const forms = await Promise.all([1, 2].map(() => sendFormFields(baseURL!)));
  await new Promise((resolve) => setTimeout(resolve, 1100)); // the form's bot timer
  const details = {
    name: 'Twee Keer',
    email: 'nogmaals@bedrijf.example',
    organisation: 'Nogmaals BV',
    municipality: 'baarn',
    consent: 'ja',
  };
  const first = await postPlan(baseURL!, { ...forms[0], ...details });
  // Back after sending, and sent again with a new form: the address in other letters.
  const again = await postPlan(baseURL!, {
    ...forms[1],
    ...details,
    email: 'Nogmaals@Bedrijf.example',
  });
  expect([first.status, again.status]).toEqual([303, 303]);
  expect(again.headers.get('location')).toBe(first.headers.get('location'));
  const stored = await storedRequests(baseURL!);
  expect(stored.filter((request) => request.organisation === 'Nogmaals BV')).toHaveLength(1);
});

test('a sent plan reaches the WSP by signed webhook and e-mail, and the employer gets a copy', async () => {
  test.setTimeout(60_000);
  const secret = `whsec_${Buffer.from('contact-request-test-secret').toString('base64')}`;
  const receiver = await startReceiver(secret);
  const smtp = await startSmtpSink();
  const server = await startServer({
    DATA_DIR: mkdtempSync(path.join(tmpdir(), 'contact-')),
    SMTP_URL: smtp.url,
    MAIL_FROM: 'Iedereen doet mee <noreply@example.nl>',
    DELIVERY_WSP_GOOI_EN_VECHTSTREEK_WEBHOOK_URL: receiver.url,
    DELIVERY_WSP_GOOI_EN_VECHTSTREEK_WEBHOOK_SECRET: secret,
    DELIVERY_WSP_GOOI_EN_VECHTSTREEK_EMAIL: 'werkgevers@wsp-gooi.example',
  });
  try {
    const response = await postPlan(server.url, {
      ...(await sendFormFields(server.url)),
      name: 'Lotte Visser',
      email: 'lotte@bouwbedrijf.example',
      organisation: 'Bouwbedrijf Visser',
      municipality: 'eemnes',
      remark: '',
      consent: 'ja',
    });
    expect(response.status).toBe(303);

    await expect.poll(() => receiver.messages.size, { timeout: 10_000 }).toBe(1);
    const [message] = [...receiver.messages.values()];
    expect(message).toMatchObject({
      type: 'contact_request.created',
      data: {
        servicePoint: 'wsp-gooi-en-vechtstreek',
        source: 'regelingenwijzer',
        contact: { organisation: 'Bouwbedrijf Visser', municipality: 'Eemnes' },
        planUrl: expect.stringContaining(`/regelingen/wijzer/uitkomst/?${typical}`),
      },
    });
    expect(String(message?.data['plan'])).toContain('Deze regelingen passen');
    expect(receiver.forged).toBe(0);

    await expect.poll(() => smtp.messages.length, { timeout: 10_000 }).toBe(2);
    const toWsp = smtp.messages.find((m) => m.to.includes('werkgevers@wsp-gooi.example'));
    const toEmployer = smtp.messages.find((m) => m.to.includes('lotte@bouwbedrijf.example'));
    expect(toWsp?.raw).toContain('Contactverzoek');
    expect(toEmployer?.raw).toContain('Uw aannameplan is verstuurd naar het WSP');
    expect(server.output()).not.toContain('lotte@bouwbedrijf.example');
  } finally {
    await server.stop();
    await receiver.close();
    await smtp.close();
  }
});
