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

test.describe('story filters on a phone, without JavaScript', () => {
  // A 375 by 812 pixel phone (iPhone 12 mini).
  test.use({ javaScriptEnabled: false, viewport: { width: 375, height: 812 } });

  test('the filters fold behind one line, so the first story shows in the first screen', async ({
    page,
  }) => {
    await page.goto('/verhalen/');
    const filters = page.getByRole('navigation', { name: 'Verhalen filteren' });
    await expect(filters).toBeHidden();
    const firstStory = page.locator('main article').first();
    const top = (await firstStory.boundingBox())?.y ?? Infinity;
    expect(top).toBeLessThan(812 - 100);

    // The disclosure works without JavaScript: it is a <details> element.
    await page.getByText('Filter de verhalen').click();
    await expect(filters).toBeVisible();
    await filters.getByRole('link', { name: /Zorg en welzijn/ }).click();
    await expect(page).toHaveURL(/\/verhalen\/sector\/zorg-en-welzijn\/$/);
  });
});

test.describe('combining a sector and a municipality', () => {
  test.use({ javaScriptEnabled: false });

  test('a sector page narrows the municipalities to the combination, and each filter can be taken away', async ({
    page,
  }) => {
    await page.goto('/verhalen/sector/zorg-en-welzijn/');
    const filters = page.getByRole('navigation', { name: 'Verhalen filteren' });
    await expect(filters.getByText('binnen Zorg en welzijn')).toBeVisible();
    await filters.getByRole('link', { name: /^Soest/ }).click();

    await expect(page).toHaveURL(/\/verhalen\/sector\/zorg-en-welzijn\/gemeente\/soest\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Verhalen: Zorg en welzijn in Soest',
    );
    const stories = page.locator('main article');
    expect(await stories.count()).toBeGreaterThan(0);
    for (const card of await stories.locator('p.text-sm').allTextContents()) {
      expect(card).toContain('Zorg en welzijn · Soest');
    }
    for (const name of [/^Zorg en welzijn/, /^Soest/]) {
      await expect(filters.getByRole('link', { name })).toHaveAttribute('aria-current', 'page');
    }

    // Taking the sector away leaves the municipality.
    await page.getByRole('link', { name: /Zorg en welzijn.*filter weghalen/ }).click();
    await expect(page).toHaveURL(/\/verhalen\/gemeente\/soest\/$/);
  });
});

test('in forced colours the chosen filter still stands out, without its fill', async ({ page }) => {
  await page.emulateMedia({ forcedColors: 'active' });
  await page.goto('/verhalen/sector/zorg-en-welzijn/');
  const filters = page.getByRole('navigation', { name: 'Verhalen filteren' });
  const look = (name: RegExp) =>
    filters.getByRole('link', { name }).evaluate((link) => {
      const style = getComputedStyle(link);
      return {
        underline: style.textDecorationLine,
        weight: style.fontWeight,
        border: style.borderTopWidth,
        text: link.textContent?.trim().slice(0, 1),
      };
    });
  const chosen = await look(/^✓? ?Zorg en welzijn/);
  const other = await look(/^ICT/);
  expect(chosen.underline).toBe('underline');
  expect(other.underline).toBe('none');
  expect(chosen.border).not.toBe(other.border);
  expect(chosen.text).toBe('✓');
});
