/**
 * What a person sees, checked on every page type at four widths: nothing runs off the screen, no
 * word is split at a random letter, the event's date and place are on a phone's first screen, no
 * column stands empty beside the content, and every kind of Tab stop shows its focus with enough
 * contrast, also in forced-colours mode (Windows contrast themes). Full-page screenshots of every
 * page and width are saved under test-results/ (and attached to the report) for a person to look
 * through; they are not compared with earlier ones. Every check waits for the site's own
 * self-hosted font and fails without it, so the screenshots and the measured line breaks are the
 * same on every machine, whatever fonts it has installed.
 */
import { expect, test, type Page } from '@playwright/test';
import sharp from 'sharp';

const openEvent = '/bijeenkomsten/ontbijtsessie-personeel-via-het-wsp/';

/** One page of each kind the site has. */
const pageTypes: Record<string, string> = {
  home: '/',
  'verhalen (overzicht)': '/verhalen/',
  'verhalen (filter)': '/verhalen/sector/horeca-en-recreatie/',
  verhaal: '/verhalen/de-blauwe-paraplu/',
  'regelingen (overzicht)': '/regelingen/',
  regeling: '/regelingen/no-riskpolis/',
  'regelingen (wijzigingen)': '/regelingen/wijzigingen/',
  regelingenwijzer: '/regelingen/wijzer/',
  'ambassadeurs (overzicht)': '/ambassadeurs/',
  ambassadeur: '/ambassadeurs/anouk-de-wit/',
  'bijeenkomsten (overzicht)': '/bijeenkomsten/',
  bijeenkomst: openEvent,
  aanmeldformulier: `${openEvent}aanmelden/`,
  'gemeenten (overzicht)': '/gemeenten/',
  gemeente: '/gemeenten/barneveld/',
  contact: '/contact/',
  pagina: '/toegankelijkheid/',
  zoeken: '/zoeken/?q=loonkostensubsidie',
  'niet gevonden': '/bestaat-niet/',
};

const widths = [320, 375, 768, 1280];

/** How many Tab presses are walked per page, and how many kinds of stop are measured. */
const maxTabs = 80;
const maxKindsPerPage = 14;

for (const [kind, path] of Object.entries(pageTypes)) {
  test(`${kind} (${path}) reads well at ${widths.join(', ')} px`, async ({ page }) => {
    test.setTimeout(120_000);
    const problems: string[] = [];
    for (const width of widths) {
      await page.setViewportSize({ width, height: 800 });
      await page.goto(path);
      await expectSiteFont(page);
      const screenshot = test.info().outputPath(`${kind}-${width}.png`);
      await page.screenshot({ path: screenshot, fullPage: true });
      await test.info().attach(`${kind} at ${width} px`, {
        path: screenshot,
        contentType: 'image/png',
      });
      for (const problem of await layoutProblems(page)) problems.push(`${width}px: ${problem}`);
    }
    expect(problems).toEqual([]);
  });

  test(`every kind of Tab stop on ${kind} (${path}) shows its focus, also in forced colours`, async ({
    page,
  }) => {
    test.setTimeout(120_000);
    await page.setViewportSize({ width: 1280, height: 800 });
    const problems: string[] = [];
    for (const forcedColors of ['none', 'active'] as const) {
      await page.emulateMedia({ forcedColors });
      await page.goto(path);
      // A font arriving between the focused and the unfocused picture would count as focus.
      await expectSiteFont(page);
      for (const problem of await focusProblems(page)) {
        problems.push(`${forcedColors === 'active' ? 'forced colours: ' : ''}${problem}`);
      }
    }
    expect(problems).toEqual([]);
  });
}

test('an event page shows when, where and the deadline on the first screen of a small phone', async ({
  page,
}) => {
  // A 375 px phone's first screen: 375 × 740 (an iPhone 12 mini's 812 less the browser's bars).
  const firstScreen = 740;
  await page.setViewportSize({ width: 375, height: firstScreen });
  await page.goto(openEvent);
  await expectSiteFont(page);
  const facts = page.getByRole('complementary', { name: 'Wanneer en waar' });
  for (const term of ['Wanneer', 'Waar', 'Aanmelden kan tot']) {
    const value = facts.locator(`dt:text-is("${term}") + dd`);
    const box = await value.boundingBox();
    expect(box, term).not.toBeNull();
    expect(box!.y + box!.height, `${term} ends inside the first screen`).toBeLessThanOrEqual(
      firstScreen,
    );
  }
  // The way to act comes before the form, and the form is still there.
  await expect(facts.getByRole('link', { name: 'Meld u aan' })).toHaveAttribute(
    'href',
    '#aanmelden',
  );
  await expect(facts.getByRole('link', { name: 'Zet in uw agenda' })).toHaveAttribute(
    'href',
    `${openEvent}agenda.ics`,
  );
  await expect(page.locator('#aanmelden')).toBeAttached();
});

/** The family the site's text is set in: self-hosted from @fontsource (astro.config.mjs). */
const siteFont = 'Public Sans';

/**
 * Waits until the page's fonts have loaded, then checks that its text is set in the site's own
 * font, both weights loaded from this site, not in a font the machine happens to have.
 */
async function expectSiteFont(page: Page): Promise<void> {
  const fonts = await page.evaluate(async () => {
    await document.fonts.ready;
    const unquote = (family: string) => family.trim().replace(/^["']|["']$/g, '');
    return {
      body: unquote(getComputedStyle(document.body).fontFamily.split(',')[0] ?? ''),
      loaded: [...document.fonts]
        .filter((face) => face.status === 'loaded')
        .map((face) => `${unquote(face.family)} ${face.weight}`),
    };
  });
  // Astro names the family "Public Sans-<hash>" so that it never matches an installed copy.
  expect(fonts.body, 'the text is set in the site font').toMatch(new RegExp(`^${siteFont}-\\w+$`));
  expect(fonts.loaded).toContain(`${fonts.body} 400`);
  expect(fonts.loaded).toContain(`${fonts.body} 700`);
}

/** The layout facts of the page as shown now, in words; empty when all is well. */
function layoutProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const viewport = document.documentElement.clientWidth;
    if (document.documentElement.scrollWidth > viewport) {
      problems.push(`the page is ${document.documentElement.scrollWidth}px wide`);
    }

    // Words split across lines anywhere but at a hyphen, soft hyphen, dash or slash (or between
    // text nodes, which is where <wbr> in an address allows it).
    const allowed = /[-\u00ad\u2010\u2013\u2014/]/;
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT, {
      acceptNode: (node) =>
        node.parentElement?.closest('script, style, noscript, template, svg, .sr-only')
          ? NodeFilter.FILTER_REJECT
          : NodeFilter.FILTER_ACCEPT,
    });
    const range = document.createRange();
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent ?? '';
      for (const word of text.matchAll(/\S{2,}/g)) {
        const start = word.index;
        range.setStart(node, start);
        range.setEnd(node, start + word[0].length);
        const rects = [...range.getClientRects()].filter((rect) => rect.width > 0);
        if (rects.length < 2) continue;
        // Find the line of each character; a new line starts below the previous one's middle.
        let previous: { top: number; bottom: number; index: number } | undefined;
        for (let index = start; index < start + word[0].length; index++) {
          range.setStart(node, index);
          range.setEnd(node, index + 1);
          // A character after a soft hyphen at a line end also reports the hyphen drawn there: its own
          // box is the last one.
          const rect = [...range.getClientRects()].filter((r) => r.width > 0).at(-1);
          if (!rect) continue;
          if (previous && rect.top >= (previous.top + previous.bottom) / 2) {
            const between = text.slice(previous.index, index);
            if (!allowed.test(between)) {
              const where = node.parentElement?.tagName.toLowerCase() ?? '?';
              problems.push(
                `"${word[0].replaceAll('\u00ad', '')}" in <${where}> breaks after "${text
                  .slice(start, index)
                  .replaceAll('\u00ad', '')}"`,
              );
            }
          }
          previous = { top: rect.top, bottom: rect.bottom, index };
        }
      }
    }

    // A layout grid of two parts whose parts sit in separate rows although the grid has two
    // columns leaves a column empty beside each part (the old event page at 1280 px).
    for (const grid of document.querySelectorAll<HTMLElement>('main *')) {
      const style = getComputedStyle(grid);
      if (style.display !== 'grid') continue;
      const columns = style.gridTemplateColumns.split(' ').filter(Boolean).length;
      const parts = [...grid.children].filter((child) => child.getBoundingClientRect().height > 0);
      if (columns < 2 || parts.length !== 2) continue;
      const [a, b] = parts.map((part) => part.getBoundingClientRect()) as [DOMRect, DOMRect];
      const sideBySide = a.top < b.bottom && b.top < a.bottom;
      const gridWidth = grid.getBoundingClientRect().width;
      const narrow = (rect: DOMRect) => rect.width < gridWidth * 0.75;
      if (!sideBySide && (narrow(a) || narrow(b)) && Math.max(a.height, b.height) > 150) {
        const name = `${grid.tagName.toLowerCase()}.${[...grid.classList].slice(0, 3).join('.')}`;
        problems.push(`${name} leaves a column empty beside its content`);
      }
    }
    return problems;
  });
}

interface Stop {
  kind: string;
  label: string;
  box: { x: number; y: number; width: number; height: number };
}

/** Tab through the page; for each new kind of stop, measure the focus indicator. */
async function focusProblems(page: Page): Promise<string[]> {
  const problems: string[] = [];
  const seen = new Set<string>();
  await page.locator('body').focus();
  for (let tab = 0; tab < maxTabs && seen.size < maxKindsPerPage; tab++) {
    await page.keyboard.press('Tab');
    const stop = await page.evaluate((): Stop | null => {
      const element = document.activeElement as HTMLElement | null;
      if (!element || element === document.body) return null;
      let background = 'transparent';
      for (let node: Element | null = element; node; node = node.parentElement) {
        const colour = getComputedStyle(node).backgroundColor;
        if (colour !== 'rgba(0, 0, 0, 0)' && node !== element) {
          background = colour;
          break;
        }
      }
      const rect = element.getBoundingClientRect();
      return {
        kind: [
          element.tagName,
          element.className,
          element.getAttribute('aria-current') ?? '',
          (element as HTMLInputElement).type ?? '',
          background,
        ].join('|'),
        label: `<${element.tagName.toLowerCase()}> "${(element.textContent ?? '').replaceAll('\u00ad', '').trim().slice(0, 40)}"`,
        box: { x: rect.x, y: rect.y, width: rect.width, height: rect.height },
      };
    });
    if (!stop) break;
    if (seen.has(stop.kind) || stop.box.width === 0 || stop.box.height === 0) continue;
    seen.add(stop.kind);
    const problem = await measureFocus(page, stop);
    if (problem) problems.push(problem);
  }
  if (seen.size === 0) problems.push('no Tab stop found');
  return problems;
}

/**
 * WCAG's measure for a focus indicator: the pixels that change between focused and unfocused,
 * by at least 3:1, must add up to at least a 1 px line around the control.
 */
async function measureFocus(page: Page, stop: Stop): Promise<string | null> {
  const margin = 8;
  const viewport = page.viewportSize()!;
  const x = Math.max(0, Math.floor(stop.box.x - margin));
  const y = Math.max(0, Math.floor(stop.box.y - margin));
  const clip = {
    x,
    y,
    width: Math.min(viewport.width - x, Math.ceil(stop.box.width + 2 * margin)),
    height: Math.min(viewport.height - y, Math.ceil(stop.box.height + 2 * margin)),
  };
  if (clip.width <= 0 || clip.height <= 0) return `${stop.label} is off the screen when focused`;
  const focused = await page.screenshot({ clip, animations: 'disabled' });
  await page.evaluate(() => {
    const element = document.activeElement as HTMLElement;
    element.setAttribute('data-focus-probe', '');
    element.blur();
  });
  const unfocused = await page.screenshot({ clip, animations: 'disabled' });
  // Give the focus back, so that the next Tab continues from here.
  await page.evaluate(() => {
    const element = document.querySelector<HTMLElement>('[data-focus-probe]');
    element?.removeAttribute('data-focus-probe');
    element?.focus();
  });
  const changed = await contrastingPixels(focused, unfocused);
  const needed = Math.round(2 * (stop.box.width + stop.box.height));
  return changed >= needed
    ? null
    : `${stop.label}: focus changes ${changed} pixels by 3:1 or more, needs ${needed}`;
}

async function contrastingPixels(a: Buffer, b: Buffer): Promise<number> {
  const [first, second] = await Promise.all(
    [a, b].map((png) => sharp(png).removeAlpha().raw().toBuffer()),
  );
  let count = 0;
  for (let i = 0; i + 2 < first!.length; i += 3) {
    const one = luminance(first![i]!, first![i + 1]!, first![i + 2]!);
    const two = luminance(second![i]!, second![i + 1]!, second![i + 2]!);
    if ((Math.max(one, two) + 0.05) / (Math.min(one, two) + 0.05) >= 3) count++;
  }
  return count;
}

function luminance(r: number, g: number, b: number): number {
  const linear = (channel: number) => {
    const c = channel / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}
