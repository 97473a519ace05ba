/**
 * /admin/ on a site whose CMS has no backend to talk to (the local backend of `npm run cms` is
 * not running, as on `npm start`): the editor reads in Dutch what to do, instead of a login
 * button followed by Decap's English "Failed to fetch". These tests run before the CMS tests
 * start their backend (playwright.config.ts).
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

test('without a backend, /admin/ explains in Dutch how to start editing', async ({ page }) => {
  await page.goto('/admin/');
  const explanation = page.getByRole('main');
  await expect(
    explanation.getByRole('heading', {
      level: 1,
      name: 'Het beheer is hier nog niet klaar voor gebruik',
    }),
  ).toBeVisible();
  await expect(explanation).toContainText('npm run cms');
  await expect(
    explanation.getByRole('heading', { name: 'Werkt u op de echte website?' }),
  ).toBeVisible();
  await expect(page.getByRole('img', { name: 'Iedereen doet mee' })).toBeVisible();
  await expect(page.getByText('Failed to fetch')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Inloggen' })).toHaveCount(0);

  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'])
    .analyze();
  expect(results.violations.map((violation) => violation.id)).toEqual([]);
});

test('the CMS logo carries the campaign’s name', async ({ request }) => {
  const response = await request.get('/admin/logo.svg');
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toMatch(/^image\/svg\+xml/);
  expect(await response.text()).toContain('>Iedereen doet mee</text>');
});
