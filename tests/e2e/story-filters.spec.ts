import { expect, test } from '@playwright/test';

test.describe('story filters without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('a sector filter narrows the list and has its own address', async ({ page }) => {
    await page.goto('/verhalen/');
    const all = await page.locator('main article').count();
    const filters = page.getByRole('navigation', { name: 'Verhalen filteren' });
    await filters.getByRole('link', { name: /Zorg en welzijn/ }).click();

    await expect(page).toHaveURL(/\/verhalen\/sector\/zorg-en-welzijn\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Verhalen: Zorg en welzijn');
    const shown = await page.locator('main article').count();
    expect(shown).toBeGreaterThan(0);
    expect(shown).toBeLessThan(all);
    await expect(filters.getByRole('link', { name: /Zorg en welzijn/ })).toHaveAttribute(
      'aria-current',
      'page',
    );
  });

  test('each filter kind leads to stories that have that value', async ({ page }) => {
    for (const [href, expected] of [
      ['/verhalen/gemeente/barneveld/', 'Barneveld'],
      ['/verhalen/regeling/no-riskpolis/', 'No-riskpolis'],
      ['/verhalen/doelgroep/statushouders/', 'Statushouders'],
    ] as const) {
      await page.goto(href);
      const stories = page.locator('main article h3 a');
      const count = await stories.count();
      expect(count).toBeGreaterThan(0);
      // Open each story and check it really has the filtered value.
      const links = await stories.evaluateAll((anchors) =>
        anchors.map((anchor) => (anchor as HTMLAnchorElement).getAttribute('href') ?? ''),
      );
      for (const link of links) {
        await page.goto(link);
        await expect(page.locator('main')).toContainText(expected);
      }
    }
  });

  test('the filtered view links back to all stories', async ({ page }) => {
    await page.goto('/verhalen/gemeente/amersfoort/');
    await page.getByRole('link', { name: 'Toon alle verhalen' }).click();
    await expect(page).toHaveURL(/\/verhalen\/$/);
  });
});
