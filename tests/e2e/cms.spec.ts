/**
 * Campaign staff edit content in the browser: the CMS at /admin/ (from the test build) with the
 * local backend writing into a throw-away copy of the project, which is then rebuilt to see the
 * changes on the site. The tests in this file share that copy and run in order.
 */
import { copyFileSync, existsSync, readFileSync } from 'node:fs';
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
const newAmount = '80% van het dagloon, getest';

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

test('an editor changes the amount of an existing regulation', async ({ page }) => {
  test.setTimeout(120_000);
  await logIn(page);
  await page.goto('/admin/#/collections/regulations/entries/no-riskpolis');
  const amount = page.getByLabel('Bedrag', { exact: true }).first();
  await expect(amount).toHaveValue('70% tot 100% van het dagloon', slowly);
  await amount.fill(newAmount);
  await publish(page);
  const file = path.join(workspace.dir, 'content/regulations/no-riskpolis.md');
  await expect.poll(() => readFileSync(file, 'utf8')).toContain(newAmount);
  expect(validateFile('regulations', file).success).toBe(true);
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

test('after a rebuild the site shows the new story and the changed amount', async ({ page }) => {
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

  await page.goto(`${siteUrl}/regelingen/no-riskpolis/`);
  await expect(page.getByText(newAmount)).toBeVisible();
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
