import AxeBuilder from '@axe-core/playwright';
import { parseFeed } from '@rowanmanning/feed-parser';
import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { placeholdersIn } from '../../src/lib/regulation-amounts.ts';
import { loadAllEntries, projectRoot } from '../support/content-files.ts';
import { sitemapPaths } from '../support/sitemap.ts';

const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

/** The change notes in content/, the way the site should show them. */
function notesInContent() {
  return loadAllEntries()
    .filter((entry) => entry.collection === 'regulations')
    .flatMap((entry) => {
      const data = entry.data as { title: string; changes: { date: string; summary: string }[] };
      return data.changes.map((change) => ({ id: entry.id, title: data.title, ...change }));
    });
}

test('the changes page lists every change note with its regulation, and passes axe', async ({
  page,
  request,
}) => {
  const notes = notesInContent();
  expect(notes.length).toBeGreaterThan(0);
  expect(await sitemapPaths(request)).toContain('/regelingen/wijzigingen/');

  await page.goto('/regelingen/');
  await page.getByRole('link', { name: 'Bekijk wat er is veranderd' }).click();
  await expect(page).toHaveURL(/\/regelingen\/wijzigingen\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Wat is er veranderd in de regelingen',
  );
  const items = page.locator('main li:has(h3)');
  await expect(items).toHaveCount(notes.length);
  for (const note of notes) {
    const item = items.filter({ hasText: note.summary });
    await expect(item.getByRole('link', { name: note.title })).toHaveAttribute(
      'href',
      `/regelingen/${note.id}/#wijzigingen`,
    );
    await expect(item.locator('time')).toHaveAttribute('datetime', note.date);
  }
  const dates = await page
    .locator('main li time')
    .evaluateAll((times) => times.map((time) => time.getAttribute('datetime') ?? ''));
  expect(dates).toEqual([...dates].sort().reverse());

  await expect(page.locator('link[rel="alternate"][type="application/atom+xml"]')).toHaveAttribute(
    'href',
    '/regelingen/wijzigingen.xml',
  );
  await expect(
    page.getByRole('link', { name: 'Volg de wijzigingen met een feedlezer' }),
  ).toHaveAttribute('href', '/regelingen/wijzigingen.xml');

  const results = await new AxeBuilder({ page }).withTags(wcagTags).analyze();
  expect(results.violations.map((violation) => violation.id)).toEqual([]);
});

test('a regulation page shows its changes under "Wat is er veranderd" and passes axe', async ({
  page,
}) => {
  const note = notesInContent()[0];
  if (!note) throw new Error('the content has no change notes');
  await page.goto(`/regelingen/${note.id}/`);
  const section = page.getByRole('region', { name: 'Wat is er veranderd', exact: true });
  await expect(section).toContainText(note.summary);
  // The note's own date: a regulation may have more notes on the same day.
  const item = section.getByRole('listitem').filter({ hasText: note.summary });
  await expect(item.locator(`time[datetime="${note.date}"]`)).toBeVisible();
  const results = await new AxeBuilder({ page }).withTags(wcagTags).analyze();
  expect(results.violations.map((violation) => violation.id)).toEqual([]);
});

test('a regulation without change notes has no such section', async ({ page }) => {
  const withNotes = new Set(notesInContent().map((note) => note.id));
  const quiet = loadAllEntries().find(
    (entry) => entry.collection === 'regulations' && !withNotes.has(entry.id),
  );
  if (!quiet) throw new Error('every regulation has change notes');
  await page.goto(`/regelingen/${quiet.id}/`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  // Exact: a regulation's own text may have a heading like "Wat is er veranderd sinds 2025?".
  await expect(page.getByRole('region', { name: 'Wat is er veranderd', exact: true })).toHaveCount(
    0,
  );
  await expect(page.locator('#wijzigingen')).toHaveCount(0);
});

test('the changes feed is well-formed Atom with one entry per change note', async ({
  page,
  request,
}) => {
  const response = await request.get('/regelingen/wijzigingen.xml');
  expect(response.status()).toBe(200);
  const xml = await response.text();

  // The browser's XML parser is strict: any well-formedness error gives a <parsererror>.
  await page.goto('/');
  const parseErrors = await page.evaluate(
    (source) =>
      new DOMParser().parseFromString(source, 'application/xml').getElementsByTagName('parsererror')
        .length,
    xml,
  );
  expect(parseErrors).toBe(0);

  const feed = parseFeed(xml);
  const notes = notesInContent();
  expect(feed.meta.type).toBe('atom');
  expect(feed.items).toHaveLength(notes.length);
  const newest = notes
    .map((note) => note.date)
    .sort()
    .at(-1);
  expect(feed.updated?.toISOString().slice(0, 10)).toBe(newest);
  expect(new Set(feed.items.map((item) => item.id)).size).toBe(notes.length);
  for (const item of feed.items) {
    expect(item.id).toMatch(/^tag:[^,]+,\d{4}-\d{2}-\d{2}:regelingen\/[a-z-]+\/wijziging\//);
    const note = notes.find((candidate) => candidate.summary === item.description);
    expect(note, item.description ?? '').toBeDefined();
    expect(item.title).toBe(`Wijziging in ${note?.title}`);
    expect(item.updated?.toISOString().slice(0, 10)).toBe(note?.date);
    expect(new URL(item.url ?? '').pathname).toBe(`/regelingen/${note?.id}/`);
  }
});

test('a story quotes the amount from the regulation entry, with its year', async ({ page }) => {
  const story = 'content/stories/zij-instroom-in-de-zorg.md';
  const [code] = placeholdersIn(readFileSync(path.join(projectRoot, story), 'utf8'));
  if (code?.placeholder.kind !== 'regulation') throw new Error(`${story} quotes no amount`);
  const { regulationId, label } = code.placeholder;
  const regulation = loadAllEntries().find(
    (entry) => entry.collection === 'regulations' && entry.id === regulationId,
  )?.data as { reviewedOn: string; yields: { amounts: { label: string; value: string }[] } };
  const amount = regulation.yields.amounts.find((candidate) => candidate.label === label);
  await page.goto('/verhalen/zij-instroom-in-de-zorg/');
  const prose = page.locator('.prose');
  await expect(prose).toContainText(
    `${amount?.value} (bedrag ${regulation.reviewedOn.slice(0, 4)})`,
  );
  await expect(prose).not.toContainText('{{');
});
