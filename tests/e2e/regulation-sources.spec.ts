/**
 * Every regulation names its sources with the day each was last read there (issue 11): a reader
 * sees how fresh the check is, next to the link.
 */
import { expect, test } from '@playwright/test';
import { formatCalendarDate } from '../../src/lib/dates.ts';
import { loadAllEntries } from '../support/content-files.ts';

const regulations = loadAllEntries()
  .filter((entry) => entry.collection === 'regulations')
  .map((entry) => ({
    id: entry.id,
    sources: (entry.data as { sources: { title: string; url: string; seen?: string }[] }).sources,
  }));

test('every source on a regulation page shows the date it was seen', async ({ page }) => {
  expect(regulations.length).toBeGreaterThan(0);
  for (const regulation of regulations) {
    await page.goto(`/regelingen/${regulation.id}/`);
    const list = page.locator('main li:has(a)');
    for (const source of regulation.sources) {
      // Every source in content has a date seen; a new one without it would fail here.
      expect(source.seen, `${regulation.id}: ${source.url} has no date seen`).toBeTruthy();
      const item = list.filter({ has: page.locator(`a[href="${source.url}"]`) }).first();
      const text = ((await item.textContent()) ?? '').replaceAll('\u00ad', '');
      expect(text).toContain(`geraadpleegd ${formatCalendarDate(source.seen ?? '')}`);
    }
  }
});
