import { writeFileSync } from 'node:fs';
import { expect, test, type Page, type Response } from '@playwright/test';
import { pageType, sitemapPaths } from '../support/sitemap.ts';

/** Budget per page: HTML, CSS, JavaScript and fonts as transferred (compressed), images excluded. */
const budgetBytes = 60 * 1024;
/**
 * The one script of story, ambassador and event pages: it reveals the copy and share buttons and
 * keeps the visit's credit (src/components/ShareScript.astro).
 */
const shareScript = /\/_astro\/ShareScript\.astro_astro_type_script_index_0_lang\.[\w-]+\.js$/;
/** Its budget, compressed as transferred (see docs/sharing.md). */
const shareScriptBudget = 1.5 * 1024;
/** The details form's enhancement (inline errors without a reload) on event and ambassador pages. */
const signupScript = /\/_astro\/SignupScript\.astro_astro_type_script_index_0_lang\.[\w-]+\.js$/;

interface ScriptRule {
  files: RegExp[];
  /** Inline scripts allowed: Astro's loader for a form's server island. */
  inline?: number;
}

/**
 * The scripts each kind of page may load. Any other script fails the test, an inline one too
 * (JSON-LD data blocks are not scripts). Kinds not listed (/zoeken/) are held to the weight
 * budget only.
 */
const allowedScripts: Record<string, ScriptRule> = {
  home: { files: [] },
  pagina: { files: [] },
  'verhalen (overzicht)': { files: [] },
  'verhalen (filter)': { files: [] },
  'regelingen (overzicht)': { files: [] },
  'regelingen (detail)': { files: [] },
  'regelingen (wijzigingen)': { files: [] },
  regelingenwijzer: { files: [] },
  'ambassadeurs (overzicht)': { files: [] },
  'gemeenten (overzicht)': { files: [] },
  'gemeenten (detail)': { files: [] },
  'bijeenkomsten (overzicht)': { files: [] },
  'verhalen (detail)': { files: [shareScript] },
  // An ambassador open for coffee has the koffieverzoek form: a server island, like an event's.
  'ambassadeurs (detail)': { files: [shareScript, signupScript], inline: 1 },
  'bijeenkomsten (detail)': { files: [shareScript, signupScript], inline: 1 },
};

interface Weight {
  total: number;
  script: number;
  /** Each script loaded, with its body size as transferred (compressed). */
  scripts: { url: string; bytes: number }[];
  /** Scripts written into the HTML itself, which the network never shows. */
  inlineScripts: number;
  requests: string[];
}

/** Loads a page with the browser cache disabled, so every page is weighed as a first visit. */
async function weigh(page: Page, path: string): Promise<Weight> {
  const counted: Promise<{ type: string; bytes: number; body: number; url: string }>[] = [];
  const listener = (response: Response) => {
    counted.push(
      response
        .request()
        .sizes()
        .then((sizes) => ({
          type: response.request().resourceType(),
          bytes: sizes.responseBodySize + sizes.responseHeadersSize,
          body: sizes.responseBodySize,
          url: response.url(),
        })),
    );
  };
  page.on('response', listener);
  await page.goto(path, { waitUntil: 'load' });
  // A server island's loader script replaces itself with the island once its request is done;
  // count the page as a visitor gets it then, not while that request is still under way.
  await page.waitForFunction(() => !document.querySelector('script[data-island-id]'));
  page.off('response', listener);
  const responses = await Promise.all(counted);
  const weighed = responses.filter((r) =>
    ['document', 'stylesheet', 'script', 'font'].includes(r.type),
  );
  const scripts = weighed.filter((r) => r.type === 'script');
  return {
    total: weighed.reduce((sum, r) => sum + r.bytes, 0),
    script: scripts.reduce((sum, r) => sum + r.bytes, 0),
    scripts: scripts.map((r) => ({ url: r.url, bytes: r.body })),
    inlineScripts: await page
      .locator('script:not([src]):not([type="application/ld+json"])')
      .count(),
    requests: responses.map((r) => r.url),
  };
}

test('every page stays within the weight budget, and content pages ship no JavaScript but the share script', async ({
  page,
  request,
  baseURL,
}) => {
  const origin = new URL(baseURL ?? '').origin;
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  // Every page of the sitemap, story lists with their pages and combinations included.
  test.setTimeout(300_000);
  const heaviest = new Map<string, { path: string; total: number; script: number }>();
  const problems: string[] = [];
  for (const path of await sitemapPaths(request)) {
    const weight = await weigh(page, path);
    const type = pageType(path);
    if (weight.total > budgetBytes) problems.push(`${path}: ${weight.total} bytes`);
    const allowed = allowedScripts[type];
    if (allowed) {
      for (const script of weight.scripts) {
        if (!allowed.files.some((pattern) => pattern.test(new URL(script.url).pathname))) {
          problems.push(`${path}: script ${script.url} (${script.bytes} bytes)`);
        }
      }
      if (weight.inlineScripts > (allowed.inline ?? 0))
        problems.push(`${path}: ${weight.inlineScripts} inline scripts`);
      if (allowed.files.includes(shareScript)) {
        const share = weight.scripts.find((script) => shareScript.test(script.url));
        if (!share) problems.push(`${path}: the share script is missing`);
        else if (share.bytes > shareScriptBudget) {
          problems.push(`${path}: share script ${share.bytes} bytes, over ${shareScriptBudget}`);
        }
      }
    }
    const foreign = weight.requests.filter((url) => new URL(url).origin !== origin);
    if (foreign.length > 0) problems.push(`${path}: third-party requests ${foreign.join(', ')}`);
    if ((heaviest.get(type)?.total ?? 0) < weight.total) {
      heaviest.set(type, { path, total: weight.total, script: weight.script });
    }
  }
  const report = [...heaviest].map(([type, w]) => ({
    type,
    ...w,
    kb: +(w.total / 1024).toFixed(1),
  }));
  writeFileSync(test.info().outputPath('page-weight.json'), JSON.stringify(report, null, 2));
  console.info(
    report.map((r) => `${r.type.padEnd(26)} ${String(r.kb).padStart(6)} KB  ${r.path}`).join('\n'),
  );
  expect(problems).toEqual([]);
});

test('public pages set no cookies', async ({ page, context }) => {
  for (const path of ['/', '/verhalen/', '/bijeenkomsten/', '/contact/']) {
    const response = await page.goto(path);
    expect(response?.headers()['set-cookie']).toBeUndefined();
  }
  expect(await context.cookies()).toEqual([]);
});
