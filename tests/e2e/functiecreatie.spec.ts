/**
 * Functiecreatie: the explainer, the quick-scan (a GET form that works without JavaScript) and
 * its printable result, and "Vraag een analyse aan", an analysis request that travels the path of
 * every registration: stored once, routed by municipality, delivered to a real webhook receiver
 * (signature verified with the Standard Webhooks library) and SMTP server on 127.0.0.1, and in
 * the WSP's export.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page, type Response } from '@playwright/test';
import { exportToken } from '../../playwright.config.ts';
import { startServer } from '../support/server-process.ts';
import { startSmtpSink } from '../support/smtp-sink.ts';
import { startReceiver } from '../support/webhook-receiver.ts';

const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
// A soup factory: packing every day, labels every week, boxes now and then; short of staff.
// In the canonical order (the task list's), as the result's address and the payload write it.
const scan =
  'sector=industrie&vaak-dozen-vouwen=maandelijks&uren-dozen-vouwen=2&vaak-inpakken=dagelijks&uren-inpakken=10&vaak-etiketten=wekelijks&uren-etiketten=3&tekort=ja&inwerken=nee';
const resultPath = `/functiecreatie/uitkomst/?${scan}`;

async function axeViolations(page: Page) {
  const axe = await new AxeBuilder({ page }).withTags(wcagTags).analyze();
  return axe.violations.map((violation) => violation.id);
}

interface StoredRequest {
  id: string;
  kind: string;
  email: string;
  organisation: string;
  plan: string | null;
  answers: { schema: string; sector: { id: string } } | null;
  event: { id: string; title: string };
}

/** The analysis requests a service point's export holds. */
async function storedRequests(baseURL: string, servicePoint = 'wsp-regio-amersfoort') {
  const response = await fetch(`${baseURL}/api/wsp/${servicePoint}/aanmeldingen.json`, {
    headers: { authorization: `Bearer ${exportToken}` },
  });
  expect(response.status).toBe(200);
  const body = (await response.json()) as { registrations: StoredRequest[] };
  return body.registrations.filter((registration) => registration.kind === 'analyseverzoek');
}

// Each browser test walks several pages with axe on most: on a shared, busy machine that takes
// longer than the default minute.
test.describe.configure({ timeout: 180_000 });

const analysisSection = (page: Page) => page.getByRole('region', { name: 'Vraag een analyse aan' });

async function fillDetails(page: Page, email: string) {
  const section = analysisSection(page);
  await section.getByLabel('Uw naam').fill('Fatima El Idrissi');
  await section.getByLabel('Uw e-mailadres').fill(email);
  await section.getByLabel('Naam van uw organisatie').fill('Soepfabriek De Veldkeuken');
  await section.getByLabel('Gemeente van uw bedrijf').selectOption({ label: 'Amersfoort' });
}

test('the home page, the menu, the regelingenwijzer and a functiecreatie story lead to the scan', async ({
  page,
}) => {
  for (const from of [
    '/',
    '/regelingen/wijzer/',
    '/verhalen/functiecreatie-in-de-voedingsindustrie/',
  ]) {
    await page.goto(from);
    await page.getByRole('link', { name: 'Doe de quick-scan functiecreatie' }).click();
    await expect(page).toHaveURL(/\/functiecreatie\/#scan$/);
  }
  // The menu's "Aan de slag" leads to the quick-scan.
  await page.goto('/verhalen/');
  await page
    .getByRole('navigation', { name: 'Hoofdmenu' })
    .getByRole('link', { name: 'Aan de slag' })
    .click();
  await page.getByRole('link', { name: 'quick-scan functiecreatie' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Functiecreatie: van losse taken een nieuwe baan',
  );
  // The explainer shows the stories about functiecreatie.
  await expect(
    page.getByRole('link', {
      name: 'Functiecreatie: drie nieuwe banen uit taken die bleven liggen',
    }),
  ).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
});

test.describe('the quick-scan without JavaScript', () => {
  // axe runs as a script, so "without JavaScript" means: the site's own scripts blocked.
  test.beforeEach(async ({ page }) => {
    await page.route('**/_astro/*.js', (route) => route.abort());
  });

  test('from sector to result, a wrong answer shown at its field, then an analysis request', async ({
    page,
    baseURL,
  }) => {
    await page.goto('/functiecreatie/');
    await page
      .getByLabel('In welke sector werkt uw bedrijf?')
      .selectOption({ label: 'Industrie en productie' });
    await page.getByRole('button', { name: 'Start de quick-scan' }).click();
    await expect(page).toHaveURL(/\/functiecreatie\/scan\/\?sector=industrie$/);
    await expect(page.getByText('Voorbeeld', { exact: true })).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);

    // Packing every day, but hours that are not a number.
    const packing = page.getByRole('listitem').filter({ hasText: 'Producten inpakken' });
    await packing.getByLabel('Hoe vaak?').selectOption('dagelijks');
    await packing.getByLabel('Uren per week').fill('veel');
    const labels = page.getByRole('listitem').filter({ hasText: 'Etiketten plakken' });
    await labels.getByLabel('Hoe vaak?').selectOption('wekelijks');
    await labels.getByLabel('Uren per week').fill('3');
    await page.getByLabel('Ja, vacatures blijven lang open').check();
    await page.getByLabel('Nee, daar is geen tijd voor').check();
    await page.getByRole('button', { name: 'Bekijk de uitkomst' }).click();

    const summary = page.locator('#scan-fouten');
    await expect(summary).toBeFocused();
    await expect(summary).toContainText(
      'Producten inpakken en op pallets stapelen: vul een getal in',
    );
    await expect(page.getByLabel('Uren per week').nth(1)).toHaveValue('veel');
    await expect(page.getByLabel('Ja, vacatures blijven lang open')).toBeChecked();
    expect(await axeViolations(page)).toEqual([]);

    await packing.getByLabel('Uren per week').fill('10');
    await page.getByRole('button', { name: 'Bekijk de uitkomst' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Uitkomst van uw quick-scan', {
      timeout: 20_000,
    });
    await expect(
      page.getByRole('heading', { name: 'Er zit werk in voor een nieuwe collega' }),
    ).toBeVisible();
    const job = page.getByRole('listitem').filter({ hasText: 'Medewerker inpak en expeditie' });
    await expect(job).toContainText('13 uur per week');
    // Into the regelingenwijzer with the job's hours and coaching filled in.
    await expect(job.getByRole('link', { name: /regelingenwijzer/ })).toHaveAttribute(
      'href',
      /\/regelingen\/wijzer\/uitkomst\/\?situatie=doelgroepregister.*begeleiding=ja&uren=13/,
    );
    expect(await axeViolations(page)).toEqual([]);

    // Asking for an analysis: first without consent, then with.
    await fillDetails(page, 'zonder-script@veldkeuken.example');
    await page.waitForTimeout(1100); // the form's bot timer (FORM_MIN_SECONDS)
    await analysisSection(page).getByRole('button', { name: 'Vraag een analyse aan' }).click();
    await expect(page).toHaveURL(/\/functiecreatie\/analyse-aanvragen\/$/);
    await expect(page.getByRole('alert')).toContainText('Geef toestemming');
    await expect(page.getByLabel('Uw naam')).toHaveValue('Fatima El Idrissi');
    await expect(page.getByRole('link', { name: 'uw quick-scan' })).toHaveAttribute(
      'href',
      /\/functiecreatie\/uitkomst\/\?sector=industrie/,
    );
    expect(await axeViolations(page)).toEqual([]);
    await page.getByLabel(/Ik geef toestemming/).check();
    await page.getByRole('button', { name: 'Vraag een analyse aan' }).click();
    await expect(page).toHaveURL(/\/functiecreatie\/aangevraagd\/\?code=/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Uw vraag is ontvangen', {
      timeout: 20_000,
    });
    await expect(page.locator('main')).not.toContainText('zonder-script@veldkeuken.example');
    expect(await axeViolations(page)).toEqual([]);

    const stored = (await storedRequests(baseURL!)).filter(
      (request) => request.email === 'zonder-script@veldkeuken.example',
    );
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({
      event: { id: 'functiecreatie', title: 'Functiecreatie (quick-scan)' },
      answers: { schema: 'analyseverzoek/1', sector: { id: 'industrie' } },
    });
    expect(stored[0]?.plan).toContain('Medewerker inpak en expeditie');
  });
});

test('with JavaScript: the analysis form shows its messages inline, then sends', async ({
  page,
}) => {
  await page.goto(resultPath);
  const section = analysisSection(page);
  await page.waitForTimeout(1100); // the form's bot timer (FORM_MIN_SECONDS)
  await section.getByRole('button', { name: 'Vraag een analyse aan' }).click();
  const summary = page.locator('#signup-errors');
  await expect(summary).toBeFocused();
  await expect(summary).toContainText('Vul uw naam in.');
  expect(page.url()).toContain('/functiecreatie/uitkomst/');
  await fillDetails(page, 'met-script@veldkeuken.example');
  await section.getByLabel(/Ik geef toestemming/).check();
  await section.getByRole('button', { name: 'Vraag een analyse aan' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Uw vraag is ontvangen', {
    timeout: 20_000,
  });
});

test('keyboard only: from the sector choice to the result', async ({ page }) => {
  await page.goto('/functiecreatie/');
  await page.getByLabel('In welke sector werkt uw bedrijf?').focus();
  await page.keyboard.press('End'); // the last sector in the list
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Start de quick-scan' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/functiecreatie\/scan\/\?sector=/);
  // The first task: choose "Elke dag" with the arrow keys and type the hours.
  const first = page.getByLabel('Hoe vaak?').first();
  await first.focus();
  await page.keyboard.press('End');
  await expect(first).toHaveValue('dagelijks');
  await page.keyboard.press('Tab');
  await page.keyboard.type('14');
  // On to the two closing questions: radio groups take one Tab each, arrows choose.
  const shortage = page.getByLabel('Ja, vacatures blijven lang open');
  await shortage.focus();
  await page.keyboard.press('Space');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Space');
  await expect(page.getByLabel('Ja, er is een vaste collega die kan inwerken')).toBeChecked();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Bekijk de uitkomst' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Uitkomst van uw quick-scan', {
    timeout: 20_000,
  });
});

test('the scan and its result stay within the page budget and need no script', async ({ page }) => {
  const weights: Record<string, number> = {};
  for (const [name, pagePath] of [
    ['scan', '/functiecreatie/scan/?sector=industrie'],
    ['uitkomst', resultPath],
    ['uitleg', '/functiecreatie/'],
  ] as const) {
    const sizes: Promise<number>[] = [];
    const listener = (response: Response) => {
      if (
        ['document', 'stylesheet', 'script', 'font'].includes(response.request().resourceType())
      ) {
        sizes.push(
          response
            .request()
            .sizes()
            .then((s) => s.responseBodySize + s.responseHeadersSize),
        );
      }
    };
    page.on('response', listener);
    await page.goto(pagePath, { waitUntil: 'load' });
    page.off('response', listener);
    weights[name] = (await Promise.all(sizes)).reduce((sum, bytes) => sum + bytes, 0);
  }
  console.info('functiecreatie page weight (bytes):', JSON.stringify(weights));
  for (const bytes of Object.values(weights)) expect(bytes).toBeLessThanOrEqual(60 * 1024);
});

test('the result prints the jobs without the form and the links', async ({ page }) => {
  await page.goto(resultPath);
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('heading', { name: 'Banen die u kunt maken' })).toBeVisible();
  await expect(analysisSection(page)).toBeHidden();
  await expect(page.getByRole('link', { name: /Bekijk in de regelingenwijzer/ })).toBeHidden();
  await expect(page.getByRole('navigation', { name: 'Hoofdmenu' })).toBeHidden();
});

/** The hidden fields of the analysis form on the result page, as a browser without JavaScript gets them. */
async function formFields(baseURL: string): Promise<Record<string, string>> {
  const html = await (await fetch(`${baseURL}${resultPath}`)).text();
  const field = (name: string) =>
    new RegExp(`name="${name}" value="([^"]*)"`).exec(html)?.[1]?.replaceAll('&amp;', '&') ?? '';
  return { token: field('token'), stamp: field('stamp'), answers: field('answers'), website: '' };
}

async function postAnalysis(baseURL: string, fields: Record<string, string>) {
  return fetch(`${baseURL}/functiecreatie/analyse-aanvragen/`, {
    method: 'POST',
    redirect: 'manual',
    headers: { origin: baseURL, 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(fields).toString(),
  });
}

const details = {
  name: 'Twee Keer',
  email: 'scan-nogmaals@bedrijf.example',
  organisation: 'Scan Nogmaals BV',
  municipality: 'soest',
  consent: 'ja',
};

test('the same scan sent again, even with a new form, is the one sent before: stored once', async ({
  baseURL,
}) => {
  const forms = await Promise.all([1, 2].map(() => formFields(baseURL!)));
  await new Promise((resolve) => setTimeout(resolve, 1100)); // the form's bot timer
  const first = await postAnalysis(baseURL!, { ...forms[0], ...details });
  const again = await postAnalysis(baseURL!, { ...forms[1], ...details });
  // And the very same form twice (a double click): one registration too.
  const double = await postAnalysis(baseURL!, { ...forms[1], ...details });
  expect([first.status, again.status, double.status]).toEqual([303, 303, 303]);
  expect(again.headers.get('location')).toBe(first.headers.get('location'));
  const stored = await storedRequests(baseURL!);
  expect(stored.filter((request) => request.organisation === 'Scan Nogmaals BV')).toHaveLength(1);
});

test('the export lists analysis requests as their own kind, in CSV and JSON', async ({
  baseURL,
}) => {
  const form = await formFields(baseURL!);
  await new Promise((resolve) => setTimeout(resolve, 1100));
  await postAnalysis(baseURL!, {
    ...form,
    ...details,
    email: 'export@bedrijf.example',
    organisation: 'Export BV',
  });
  const json = await fetch(
    `${baseURL}/api/wsp/wsp-regio-amersfoort/aanmeldingen.json?soort=analyseverzoek`,
    { headers: { authorization: `Bearer ${exportToken}` } },
  );
  const body = (await json.json()) as { registrations: StoredRequest[] };
  expect(body.registrations.length).toBeGreaterThan(0);
  expect(body.registrations.every((r) => r.kind === 'analyseverzoek')).toBe(true);
  const csv = await (
    await fetch(`${baseURL}/api/wsp/wsp-regio-amersfoort/aanmeldingen.csv`, {
      headers: { authorization: `Bearer ${exportToken}` },
    })
  ).text();
  const line = csv.split('\r\n').find((row) => row.includes('Export BV')) ?? '';
  expect(line).toContain(';Functiecreatie (quick-scan);');
  expect(line).toContain(';Analyseverzoek functiecreatie;');
  expect(line).toContain('analyseverzoek/1');
});

test('an analysis request reaches the WSP by signed webhook and e-mail, and the employer gets a copy', async () => {
  test.setTimeout(90_000);
  const secret = `whsec_${Buffer.from('analysis-request-test-secret').toString('base64')}`;
  const receiver = await startReceiver(secret);
  const smtp = await startSmtpSink();
  const server = await startServer({
    DATA_DIR: mkdtempSync(path.join(tmpdir(), 'analysis-')),
    SMTP_URL: smtp.url,
    MAIL_FROM: 'Iedereen doet mee <noreply@example.nl>',
    DELIVERY_WSP_FOODVALLEY_WEBHOOK_URL: receiver.url,
    DELIVERY_WSP_FOODVALLEY_WEBHOOK_SECRET: secret,
    DELIVERY_WSP_FOODVALLEY_EMAIL: 'werkgevers@wsp-foodvalley.example',
  });
  try {
    const response = await postAnalysis(server.url, {
      ...(await formFields(server.url)),
      name: 'Fatima El Idrissi',
      email: 'fatima@veldkeuken.example',
      organisation: 'Soepfabriek De Veldkeuken',
      municipality: 'barneveld',
      remark: 'Kunt u in januari langskomen?',
      consent: 'ja',
    });
    expect(response.status).toBe(303);

    await expect.poll(() => receiver.messages.size, { timeout: 15_000 }).toBe(1);
    const [message] = [...receiver.messages.values()];
    expect(message).toMatchObject({
      type: 'analysis_request.created',
      data: {
        servicePoint: 'wsp-foodvalley',
        source: 'functiecreatie',
        contact: { organisation: 'Soepfabriek De Veldkeuken', municipality: 'Barneveld' },
        question: 'Kunt u in januari langskomen?',
        scanUrl: expect.stringContaining(`/functiecreatie/uitkomst/?${scan}`),
        answers: {
          schema: 'analyseverzoek/1',
          sector: { id: 'industrie', label: 'Industrie en productie' },
          totalHours: 15,
          packages: [{ id: 'inpakken', hoursPerWeek: 13, jobs: 1 }],
        },
      },
    });
    expect(String(message?.data['scan'])).toContain('Quick-scan functiecreatie');
    expect(receiver.forged).toBe(0);

    await expect.poll(() => smtp.messages.length, { timeout: 15_000 }).toBe(2);
    const toWsp = smtp.messages.find((m) => m.to.includes('werkgevers@wsp-foodvalley.example'));
    const toEmployer = smtp.messages.find((m) => m.to.includes('fatima@veldkeuken.example'));
    // The bodies are quoted-printable: long lines end in a soft break ("=" and a newline).
    const body = (raw = '') => raw.replace(/=\r?\n/g, '');
    expect(toWsp?.raw).toContain('Subject: =?UTF-8?Q?Analyseverzoek_functiecreatie');
    expect(body(toWsp?.raw)).toContain('vraagt om een analyse van taken voor functiecreatie');
    expect(body(toEmployer?.raw)).toContain('Uw vraag om een analyse is verstuurd naar het WSP');
    expect(server.output()).not.toContain('fatima@veldkeuken.example');
  } finally {
    await server.stop();
    await receiver.close();
    await smtp.close();
  }
});
