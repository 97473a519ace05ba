import { readdirSync, readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import yaml from 'js-yaml';

const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

interface GoalFile {
  title: string;
  target: number;
  figures?: { value: number; date: string | Date; source: string; demo?: boolean }[];
  demo?: boolean;
}

/** The goals as staff wrote them in content/goals/, read here independently of the site's code. */
function goalsInContent(): { id: string; goal: GoalFile }[] {
  const folder = 'content/goals';
  return readdirSync(folder)
    .filter((file) => file.endsWith('.yml'))
    .map((file) => ({
      id: file.replace(/\.yml$/, ''),
      goal: yaml.load(readFileSync(`${folder}/${file}`, 'utf8')) as GoalFile,
    }));
}

const isoDate = (date: string | Date) =>
  date instanceof Date ? date.toISOString().slice(0, 10) : date;
/** "2.110" back to 2110; soft hyphens out. */
const number = (text: string | null) => Number((text ?? '').replace(/[.\u00ad\s]/g, ''));

test('the results page passes axe', async ({ page }) => {
  await page.goto('/resultaten/');
  const results = await new AxeBuilder({ page }).withTags(wcagTags).analyze();
  expect(results.violations.map((violation) => violation.id)).toEqual([]);
});

test('the results page loads no script and has none in it: the chart is drawn at build time', async ({
  page,
}) => {
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(request.url());
  });
  await page.goto('/resultaten/');
  expect(scripts).toEqual([]);
  const inline = await page
    .locator('script')
    .evaluateAll(
      (nodes) => nodes.filter((node) => node.getAttribute('type') !== 'application/ld+json').length,
    );
  expect(inline).toBe(0);
  await expect(page.locator('section[data-goal] svg[role="img"]').first()).toBeVisible();
});

test('the table and the bar of every goal show the figures of the content, newest first', async ({
  page,
}) => {
  await page.goto('/resultaten/');
  const goals = goalsInContent();
  expect(goals.length).toBeGreaterThan(0);
  await expect(page.locator('section[data-goal]')).toHaveCount(goals.length);
  for (const { id, goal } of goals) {
    const section = page.locator(`section[data-goal="${id}"]`);
    await expect(section.locator('[data-target]')).toHaveAttribute(
      'data-target',
      String(goal.target),
    );
    const figures = [...(goal.figures ?? [])].sort((a, b) =>
      isoDate(b.date).localeCompare(isoDate(a.date)),
    );
    const bar = section.locator('svg[role="img"]');
    if (figures.length === 0) {
      await expect(section.locator('table')).toHaveCount(0);
      await expect(section).toContainText('Nog geen cijfer');
      continue;
    }
    const rows = section.locator('table[data-figures] tbody tr');
    await expect(rows).toHaveCount(figures.length);
    for (const [index, figure] of figures.entries()) {
      const row = rows.nth(index);
      await expect(row.locator('time')).toHaveAttribute('datetime', isoDate(figure.date));
      expect(number(await row.locator('td').first().textContent())).toBe(figure.value);
      expect((await row.locator('td').nth(1).textContent())?.replaceAll('\u00ad', '')).toContain(
        figure.source,
      );
      await expect(row.getByText('Voorbeeld', { exact: true })).toHaveCount(figure.demo ? 1 : 0);
    }
    const latest = figures[0]!;
    const percent = Math.round((latest.value / goal.target) * 100);
    const label = (await bar.getAttribute('aria-label')) ?? '';
    expect(label).toContain(
      `${latest.value.toLocaleString('nl-NL')} van ${goal.target.toLocaleString('nl-NL')}`,
    );
    expect(label).toContain(`${percent}% van het doel`);
  }
});

test('demo figures carry a visible "Voorbeeld" label', async ({ page }) => {
  await page.goto('/resultaten/');
  const demoFigures = goalsInContent().flatMap(({ goal }) =>
    (goal.figures ?? []).filter((figure) => figure.demo),
  );
  expect(demoFigures.length).toBeGreaterThan(0);
  await expect(
    page.locator('table[data-figures]').getByText('Voorbeeld', { exact: true }),
  ).toHaveCount(demoFigures.length);
  await expect(page.getByText('Voorbeeld', { exact: true }).first()).toBeVisible();
});

test('the page reflows at 200% and 400% zoom without scrolling sideways', async ({ page }) => {
  // 1280 px at 200% zoom is 640 CSS pixels wide; at 400%, 320.
  for (const width of [640, 320]) {
    await page.setViewportSize({ width, height: 800 });
    await page.goto('/resultaten/');
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow, `${width} px`).toBeLessThanOrEqual(0);
  }
});

test('in forced colours the bar keeps a visible fill and outline in system colours', async ({
  page,
}) => {
  await page.emulateMedia({ forcedColors: 'active' });
  await page.goto('/resultaten/');
  const bar = page.locator('section[data-goal="functiecreatie-eerste-jaar"] svg');
  const colours = await bar.evaluate((svg) => {
    const style = (selector: string) => getComputedStyle(svg.querySelector(selector)!);
    return {
      track: style('.goal-bar-track').fill,
      fill: style('.goal-bar-fill').fill,
      outline: style('.goal-bar-outline').stroke,
    };
  });
  expect(colours.fill).not.toBe(colours.track);
  expect(colours.outline).toBe(colours.fill);
});

test('the footer of every page links to the results', async ({ page }) => {
  await page.goto('/');
  await page
    .getByRole('contentinfo')
    .getByRole('link', { name: 'Resultaten van de campagne' })
    .click();
  await expect(page).toHaveURL(/\/resultaten\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Resultaten');
});
