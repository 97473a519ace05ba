/**
 * One search session on /zoeken/, as a visitor on a phone does it: a cold page load, two words
 * typed with pauses between keys and after each word, then one filter. Counts every file the
 * session downloads. Shared by tests/e2e/search-weight.spec.ts (shipped content) and
 * tests/bench/search.ts (5,000 generated stories), so both measure the same thing.
 *
 * Bytes are counted as our server sends each file to a browser that accepts brotli: the body
 * bytes (Content-Length of a second request for the same URL, with `Accept-Encoding: br`), headers
 * not included. Each URL is counted once: the browser starts cold (a fresh context, nothing in its
 * cache) and during the session downloads each file once, as a visitor's browser would.
 */
import type { Page } from '@playwright/test';

/** The whole session, compressed, with the shipped content (issue 15, point 6). */
export const sessionBudgetBytes = 120 * 1024;
/** The same session with 5,000 generated stories (issue 15, point 6). */
export const largeSessionBudgetBytes = 200 * 1024;
/**
 * The site's own font files (src/layouts/BaseLayout.astro). A visitor fetches them once, on
 * whatever page comes first, so they are reported apart from the session's budget and held to
 * their own (the page-weight test holds every page with them to its budget).
 */
export const siteFonts = /^\/_astro\/fonts\/[\w-]+\.woff2$/;
export const fontBudgetBytes = 32 * 1024;

export const sessionWords = ['jobcoach', 'ziek'];
export const sessionFilter = { label: 'Soort', option: 'Regeling' };
export const sessionDescription = `cold /zoeken/, "${sessionWords.join(' ')}" typed, filter ${sessionFilter.label} = ${sessionFilter.option}`;
/** Pause between keys while typing a word, and after each word: a visitor on a phone. */
const keyDelayMs = 120;
const wordPauseMs = 1_500;
/** How long typing must pause before the page searches (`typingPauseMs` in src/scripts/search-page.ts). */
export const typingPauseMs = 400;
/** Files that belong to a search, not to loading the engine. */
const searchFile = /\/pagefind\/(index|fragment|filter)\//;

export interface FileSize {
  url: string;
  bytes: number;
}

export interface SessionReport {
  session: string;
  /** Everything but the site's fonts: what the budget holds. */
  sessionBytes: number;
  /** Everything, fonts included. */
  allBytes: number;
  fontBytes: number;
  /** The search page, its CSS and JS (not the fonts). */
  pageBytes: number;
  /** pagefind.js, the wasm, the entry and metadata files. */
  engineBytes: number;
  /** Index and filter chunks. */
  indexBytes: number;
  /** The results shown (fragments). */
  fragmentBytes: number;
  requests: number;
  pagefindRequests: number;
  resultsShown: number;
  /**
   * Index, filter or fragment files requested while a word was being typed, before the typing
   * had ever paused for `typingPauseMs`: must be none.
   */
  fetchedWhileTyping: string[];
  /**
   * Gaps between two keys of a word that were longer than `typingPauseMs` anyway: the browser was
   * slow to type (a loaded machine), so the page rightly searched. Files fetched after such a gap
   * are not counted as fetched while typing; with many such gaps the check proves little.
   */
  slowKeyGaps: number;
  files: FileSize[];
}

/** The body bytes our server sends for `url` to a browser that accepts brotli. */
async function transferredBodyBytes(url: string): Promise<number> {
  const response = await fetch(url, { headers: { 'Accept-Encoding': 'br, gzip' } });
  await response.arrayBuffer();
  const bytes = Number(response.headers.get('content-length'));
  if (!response.ok || !Number.isFinite(bytes) || bytes <= 0) {
    throw new Error(`${url}: status ${response.status}, no Content-Length`);
  }
  return bytes;
}

/** Waits until the search's live region mentions `text`. */
async function statusMentions(page: Page, text: string): Promise<void> {
  await page.locator('[data-search-status]', { hasText: text }).waitFor({ timeout: 30_000 });
}

/**
 * Runs the session in `page` (a fresh context: cold) against the site at `base`
 * (`http://127.0.0.1:port`) and counts what it downloaded.
 */
export async function runSearchSession(page: Page, base: string): Promise<SessionReport> {
  const requested = new Set<string>();
  const listener = (sent: { url: () => string }) => requested.add(sent.url());
  page.on('request', listener);
  /** Per word, when each of its keys changed the search box (the page's clock). */
  const wordKeyTimes: number[][] = [];
  try {
    await page.goto(`${base}/zoeken/`);
    const box = page.getByLabel('Waar zoekt u naar?');
    // Times are taken in the page, on the same clock as its resource timings, so that a slow
    // round trip between the test and the browser cannot blur "during" and "after" typing.
    await box.evaluate((input) => {
      const times: number[] = [];
      Object.assign(window, { searchSessionKeyTimes: times });
      performance.setResourceTimingBufferSize(10_000);
      input.addEventListener('input', () => times.push(performance.now()));
    });
    const keyCount = () =>
      page.evaluate(
        () => (window as unknown as { searchSessionKeyTimes: number[] }).searchSessionKeyTimes,
      );
    await box.click();
    for (const [index, word] of sessionWords.entries()) {
      const before = (await keyCount()).length;
      // Keys one at a time, with the pauses of a person: the page's typing timer must not start
      // a search (or download an index chunk) between them.
      await box.pressSequentially(index === 0 ? word : ` ${word}`, { delay: keyDelayMs });
      wordKeyTimes.push((await keyCount()).slice(before));
      // The visitor stops typing and reads: now the search runs.
      await page.waitForTimeout(wordPauseMs);
      await statusMentions(page, word);
    }
    await statusMentions(page, sessionWords.join(' '));
    await page.getByLabel(sessionFilter.label, { exact: true }).selectOption(sessionFilter.option);
    await statusMentions(page, `(${sessionFilter.option})`);
    await page.waitForLoadState('networkidle');
  } finally {
    page.off('request', listener);
  }
  const searchFiles = await page.evaluate(
    (pattern) =>
      performance
        .getEntriesByType('resource')
        .filter((entry) => new RegExp(pattern).test(entry.name))
        .map((entry) => ({ url: new URL(entry.name).pathname, start: entry.startTime })),
    searchFile.source,
  );
  const { fetchedWhileTyping, slowKeyGaps } = whileTyping(wordKeyTimes, searchFiles);
  const resultsShown = await page.locator('[data-search-results] > li').count();

  const files = await Promise.all(
    [...requested].map(async (url) => ({
      url: new URL(url).pathname,
      bytes: await transferredBodyBytes(url),
    })),
  );
  const total = (list: FileSize[]) => list.reduce((sum, file) => sum + file.bytes, 0);
  const pagefind = files.filter((file) => file.url.startsWith('/pagefind/'));
  const fonts = files.filter((file) => siteFonts.test(file.url));
  return {
    session: sessionDescription,
    sessionBytes: total(files) - total(fonts),
    allBytes: total(files),
    fontBytes: total(fonts),
    pageBytes: total(
      files.filter((file) => !file.url.startsWith('/pagefind/') && !siteFonts.test(file.url)),
    ),
    engineBytes: total(pagefind.filter((file) => !searchFile.test(file.url))),
    indexBytes: total(pagefind.filter((file) => /\/(index|filter)\//.test(file.url))),
    fragmentBytes: total(pagefind.filter((file) => /\/fragment\//.test(file.url))),
    requests: files.length,
    pagefindRequests: pagefind.length,
    resultsShown,
    fetchedWhileTyping,
    slowKeyGaps,
    files,
  };
}

/**
 * Which search files started while a word was being typed (after its first key, up to its last)
 * although the typing had not yet paused for `typingPauseMs` since the word's first key.
 */
export function whileTyping(
  wordKeyTimes: number[][],
  files: { url: string; start: number }[],
): { fetchedWhileTyping: string[]; slowKeyGaps: number } {
  const fetchedWhileTyping: string[] = [];
  let slowKeyGaps = 0;
  for (const keys of wordKeyTimes) {
    const gaps = keys.slice(1).map((time, index) => ({ from: keys[index]!, to: time }));
    slowKeyGaps += gaps.filter((gap) => gap.to - gap.from >= typingPauseMs).length;
    const first = keys[0] ?? Infinity;
    const last = keys.at(-1) ?? -Infinity;
    for (const file of files) {
      if (file.start <= first || file.start > last) continue;
      const pausedBefore = gaps.some(
        (gap) => gap.from < file.start && Math.min(gap.to, file.start) - gap.from >= typingPauseMs,
      );
      if (!pausedBefore) fetchedWhileTyping.push(file.url);
    }
  }
  return { fetchedWhileTyping, slowKeyGaps };
}

/** One line for logs. */
export function sessionSummary(report: SessionReport): string {
  return (
    `Search session (${report.session}): ${report.sessionBytes} bytes in ${report.requests} requests ` +
    `(page ${report.pageBytes}, engine ${report.engineBytes}, index ${report.indexBytes}, ` +
    `results ${report.fragmentBytes}), and the site's fonts: ${report.fontBytes} bytes ` +
    `(${report.allBytes} bytes with them); ${report.fetchedWhileTyping.length} search files ` +
    `fetched while typing, ${report.slowKeyGaps} key gaps over ${typingPauseMs} ms.`
  );
}
