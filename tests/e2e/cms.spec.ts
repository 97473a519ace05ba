/**
 * Campaign staff edit content in the browser: the CMS at /admin/ (from the test build) with the
 * local backend writing into a throw-away copy of the project, which is then rebuilt to see the
 * changes on the site. The tests in this file share that copy and run in order.
 */
import { copyFileSync, existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { cmsBackendPort, testClock } from '../../playwright.config.ts';
import { startCmsWorkspace, type CmsWorkspace } from '../support/cms-workspace.ts';
import { parseContentFile, validateFile } from '../support/content-files.ts';
import { projectRoot } from '../support/project-copy.ts';

test.describe.configure({ mode: 'serial' });
// Decap's interface takes a while to load an entry on a busy machine.
const slowly = { timeout: 30_000 };
// Times in the CMS are Amsterdam wall-clock times; the editor's browser is in the Netherlands.
test.use({ timezoneId: 'Europe/Amsterdam', locale: 'nl-NL' });

const story = {
  id: 'nieuwe-collega-in-de-bakkerij',
  title: 'Nieuwe collega in de bakkerij',
  alt: 'Tekening: een bakker laat een nieuwe collega zien hoe het deeg gemaakt wordt.',
};
const newAmount = '€ 3,10 per uur, hoogstens € 6.100 per jaar (getest)';
const movedEvent = { start: '2027-03-18T07:45', end: '2027-03-18T09:15' };

let workspace: CmsWorkspace;
let upload: string;
let siteUrl: string;

test.beforeAll(async () => {
  workspace = await startCmsWorkspace(cmsBackendPort);
  // The image an editor uploads: a copy of a site illustration under a new name.
  upload = path.join(workspace.dir, 'werkplaats-upload.png');
  copyFileSync(path.join(projectRoot, 'content/media/home.png'), upload);
});

test.afterAll(async () => {
  await workspace?.stop();
});

async function logIn(page: Page) {
  await page.goto('/admin/');
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await expect(page.getByRole('link', { name: 'Verhalen' })).toBeVisible(slowly);
}

/** Picks an option in a select or relation widget by typing part of its label. */
async function choose(page: Page, label: string, option: string) {
  const input = page.getByLabel(label, { exact: true });
  await input.click();
  await input.pressSequentially(option.slice(0, 6));
  await page.getByRole('option', { name: option }).click();
}

async function publish(page: Page) {
  await page.getByRole('button', { name: 'Publiceer' }).click();
  await page.getByRole('menuitem', { name: 'Publiceer nu' }).click();
}

test('an editor creates a story with an uploaded image, a municipality and two regulations', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await logIn(page);
  await page.goto('/admin/#/collections/stories/new');

  await page.getByLabel('Titel', { exact: true }).fill(story.title);
  await page
    .getByLabel('Samenvatting')
    .fill('Bakkerij De Korenschoof in Soest nam een statushouder aan, met hulp van een jobcoach.');
  await page.getByLabel('Naam van de werkgever').fill('Bakkerij De Korenschoof');
  await choose(page, 'Sector', 'Horeca en recreatie');
  await choose(page, 'Grootte van het bedrijf', '1 tot 10 medewerkers');
  await choose(page, 'Gemeente', 'Soest');
  await choose(page, 'Doelgroepen', 'Statushouders');
  await choose(page, 'Gebruikte regelingen (optioneel)', 'No-riskpolis');
  await choose(page, 'Gebruikte regelingen (optioneel)', 'Jobcoach');

  await page.getByRole('button', { name: 'Kies een afbeelding' }).click();
  await page.locator('input[type="file"]').setInputFiles(upload);
  await page.getByRole('button', { name: 'Gebruik selectie' }).click();
  await page.getByLabel('Beschrijving van de afbeelding (alt-tekst)').fill(story.alt);

  await page.getByLabel('Citaat', { exact: true }).fill('Hij was vanaf dag één een echte collega.');
  await page.getByLabel('Wie zegt het').fill('Eigenaar van De Korenschoof');
  await page.getByLabel('Gepubliceerd op').fill('2026-11-20');
  await page.locator('[contenteditable="true"]').first().click();
  await page.keyboard.type('Sinds de zomer werkt er een nieuwe collega in de bakkerij.');

  // The preview looks like the site and shows the uploaded image before anything is saved.
  const preview = page.locator('iframe').first().contentFrame();
  await expect(preview.getByRole('heading', { level: 1 })).toHaveText(story.title, slowly);
  const previewImage = preview.getByRole('img', { name: story.alt });
  await expect(previewImage).toHaveAttribute('src', /^blob:/);
  await expect
    .poll(() => previewImage.evaluate((img: HTMLImageElement) => img.naturalWidth))
    .toBeGreaterThan(0);
  // The site's own stylesheet, as built, styles the preview.
  await expect(preview.locator('link[rel="stylesheet"]')).toHaveAttribute(
    'href',
    /^\/_astro\/.+\.css$/,
  );

  await publish(page);
  await expect(page).toHaveURL(
    new RegExp(`/admin/#/collections/stories/entries/${story.id}$`),
    slowly,
  );

  const file = path.join(workspace.dir, 'content/stories', `${story.id}.md`);
  await expect.poll(() => existsSync(file)).toBe(true);
  const result = validateFile('stories', file);
  expect(result.success, JSON.stringify(result.error?.issues)).toBe(true);
  expect(parseContentFile(file)).toMatchObject({
    municipality: 'soest',
    regulations: ['no-riskpolis', 'jobcoach'],
    hero: { src: '../media/werkplaats-upload.png', alt: story.alt },
    employer: { sector: 'horeca-en-recreatie', size: 'micro' },
    targetGroups: ['statushouders'],
  });
  // The upload landed where Astro's image() finds it, byte for byte.
  expect(readFileSync(path.join(workspace.dir, 'content/media/werkplaats-upload.png'))).toEqual(
    readFileSync(upload),
  );
});

/** The lines of `after` that differ from `before` (a save must not reformat the file). */
function changedLines(before: string, after: string): string[] {
  const old = before.split('\n');
  const now = after.split('\n');
  expect(now.length).toBe(old.length);
  return now.filter((line, index) => line !== old[index]);
}

test('an editor changes an LKV amount, and only that line of the file changes', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await logIn(page);
  const file = path.join(workspace.dir, 'content/regulations/loonkostenvoordeel.md');
  const before = readFileSync(file, 'utf8');
  await page.goto('/admin/#/collections/regulations/entries/loonkostenvoordeel');
  const amount = page.getByLabel('Bedrag', { exact: true }).first();
  await expect(amount).toHaveValue(/€/, slowly);
  await amount.fill(newAmount);
  await publish(page);
  await expect.poll(() => readFileSync(file, 'utf8')).toContain(newAmount);
  const after = readFileSync(file, 'utf8');
  // The regulation has a date without quotes (the wijzer's last start date): still valid.
  expect(after).toMatch(/^ +lastStartDate: \d{4}-\d{2}-\d{2}$/m);
  expect(validateFile('regulations', file).success).toBe(true);
  expect(changedLines(before, after)).toEqual([`      value: ${newAmount}`]);
});

test('an editor moves an event to another day; only its times change in the file', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await logIn(page);
  const file = path.join(workspace.dir, 'content/events/werkgeversontbijt-eemnes.md');
  const before = readFileSync(file, 'utf8');
  await page.goto('/admin/#/collections/events/entries/werkgeversontbijt-eemnes');
  await expect(page.getByLabel('Begint op')).toHaveValue(/^2027-03-11T/, slowly);
  await page.getByLabel('Begint op').fill(movedEvent.start);
  await page.getByLabel('Eindigt op').fill(movedEvent.end);
  await publish(page);
  await expect.poll(() => readFileSync(file, 'utf8')).toContain(`start: ${movedEvent.start}`);
  const after = readFileSync(file, 'utf8');
  expect(validateFile('events', file).success).toBe(true);
  expect(changedLines(before, after)).toEqual([
    `start: ${movedEvent.start}`,
    `end: ${movedEvent.end}`,
  ]);
});

test('a new ambassador with the consent switch left off is saved as a no', async ({ page }) => {
  test.setTimeout(120_000);
  await logIn(page);
  await page.goto('/admin/#/collections/ambassadors/new');
  await page.getByLabel('Naam', { exact: true }).fill('Karin Bos');
  await page.getByLabel('Functie of rol').fill('Eigenaar');
  await page.getByLabel('Organisatie', { exact: true }).fill('Kwekerij Bos');
  await choose(page, 'Soort ambassadeur', 'Werkgever');
  await choose(page, 'Gemeente', 'Leusden');
  await page.getByLabel('Citaat', { exact: true }).fill('Iedereen kan bij ons iets doen.');
  await page.getByLabel('Korte bio').fill('Karin heeft een kwekerij in Leusden met twaalf mensen.');
  await expect(page.getByLabel('Toestemming voor publicatie getekend')).not.toBeChecked();
  await publish(page);
  const file = path.join(workspace.dir, 'content/ambassadors/karin-bos.yml');
  // The backend may show the file before its content is written.
  await expect
    .poll(() => existsSync(file) && readFileSync(file, 'utf8'), slowly)
    .toContain('name:');
  expect(parseContentFile(file)).toMatchObject({ consentOnFile: false });
  expect(validateFile('ambassadors', file).success).toBe(true);
});

test('the events list shows each date, newest first, and filters upcoming ones', async ({
  page,
}) => {
  test.setTimeout(120_000);
  // The CMS reads the editor's calendar day from the browser's clock: the tests' fixed clock.
  await page.clock.setFixedTime(new Date(testClock));
  await logIn(page);
  await page.goto('/admin/#/collections/events');
  // Each entry's summary starts with its date and time: "18-03-2027 07:45 · Werkgeversontbijt …".
  const titles = page.getByRole('heading', { level: 2, name: /^\d{2}-\d{2}-\d{4} \d{2}:\d{2} · / });
  await expect(titles.first()).toBeVisible(slowly);
  expect(await titles.count()).toBe(readdirSync(path.join(workspace.dir, 'content/events')).length);
  const shown = await titles.allTextContents();
  const days = shown.map((text) => text.slice(0, 10).split('-').reverse().join('-'));
  expect(days).toEqual([...days].sort().reverse());
  await page.getByRole('button', { name: 'Filteren op' }).click();
  await page.getByText('Komende bijeenkomsten').click();
  const eventsDir = path.join(workspace.dir, 'content/events');
  const upcoming = readdirSync(eventsDir).filter(
    (name) =>
      String((parseContentFile(path.join(eventsDir, name)) as { start: string }).start) >=
      testClock.slice(0, 10),
  );
  expect(upcoming.length).toBeLessThan(shown.length);
  await expect(titles).toHaveCount(upcoming.length);
});

test('the CMS refuses what the build would refuse, with the schema’s Dutch message', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await logIn(page);
  const file = path.join(workspace.dir, 'content/events/werkgeversontbijt-eemnes.md');
  const before = readFileSync(file, 'utf8');
  await page.goto('/admin/#/collections/events/entries/werkgeversontbijt-eemnes');
  // An end before the start: each field is fine on its own, only the schema sees the conflict.
  await page.getByLabel('Eindigt op').fill('2027-03-11T07:00');
  await publish(page);
  await expect(page.getByText('Eindigt op: kies een tijd na het begin.')).toBeVisible(slowly);
  expect(readFileSync(file, 'utf8')).toBe(before);
});

test('after a rebuild the site shows the new story, the changed amount and the moved event', async ({
  page,
}) => {
  test.setTimeout(300_000);
  siteUrl = await workspace.rebuild({ CAMPAIGN_NOW: testClock });

  await page.goto(`${siteUrl}/verhalen/${story.id}/`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(story.title);
  const hero = page.getByRole('img', { name: story.alt });
  await expect(hero).toBeVisible();
  expect(await hero.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
  await expect(page.getByRole('link', { name: 'Soest' }).first()).toBeVisible();
  const used = page.getByRole('region', { name: /regelingen/i });
  await expect(used.getByRole('link', { name: /No-riskpolis/ })).toBeVisible();
  await expect(used.getByRole('link', { name: /Jobcoach/ })).toBeVisible();

  await page.goto(`${siteUrl}/regelingen/loonkostenvoordeel/`);
  await expect(page.getByText(newAmount)).toBeVisible();

  await page.goto(`${siteUrl}/bijeenkomsten/werkgeversontbijt-eemnes/`);
  await expect(page.getByText(/18 maart 2027/).first()).toBeVisible();
});

test('the admin page has no accessibility violations of its own', async ({ page }) => {
  test.setTimeout(120_000);
  await logIn(page);
  // Decap CMS renders its whole interface inside #nc-root; its internals are not ours to fix
  // (they are reported upstream). The page around it, and its language and title, are ours.
  const own = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'])
    .exclude('#nc-root')
    .analyze();
  expect(own.violations.map((violation) => violation.id)).toEqual([]);
  // For the record (not failing the test): what axe finds inside Decap's interface.
  const decap = await new AxeBuilder({ page })
    .include('#nc-root')
    .withTags(['wcag2a', 'wcag2aa'])
    .analyze();
  test.info().annotations.push({
    type: 'decap-axe',
    description: decap.violations.map((v) => `${v.id} (${v.nodes.length})`).join(', ') || 'none',
  });
  await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
  await expect(page).toHaveTitle(/^Beheer \| /);
});
