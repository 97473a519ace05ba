/**
 * `npm run bench:search`: one search session on /zoeken/ (tests/support/search-session.ts: cold
 * page, two words typed with pauses, one filter) in Chromium, against two builds of project
 * copies: the shipped content, and the shipped content plus 5,000 generated stories (set
 * BENCH_STORIES for another number). Counts the bytes of the whole session as the site's own
 * server sends them with brotli (body bytes), split into page, engine, index and results.
 * Fails (exit 1) when a session is over its budget (120 KB shipped, 200 KB with the generated
 * stories) or downloads index chunks while a word is typed. The copies are built without the
 * per-entry share images (no part of a search). Writes its section of docs/benchmarks.md.
 * Takes many minutes: it is not part of `npm test` (search-weight.spec.ts runs the same session
 * on the shipped content there).
 */
import { rmSync } from 'node:fs';
import path from 'node:path';
import { chromium, devices } from '@playwright/test';
import { writeGeneratedStories } from '../support/generated-stories.ts';
import { serveBuild } from '../support/listing-pages.ts';
import { buildCopy, copyProject } from '../support/project-copy.ts';
import {
  fontBudgetBytes,
  largeSessionBudgetBytes,
  runSearchSession,
  sessionBudgetBytes,
  sessionDescription,
  sessionSummary,
  type SessionReport,
} from '../support/search-session.ts';
import { machineLine, today, writeSection } from './bench-support.ts';

const stories = Number(process.env['BENCH_STORIES'] ?? 5000);
const heading = '## Search session (`npm run bench:search`)';
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

interface Measured {
  label: string;
  budget: number;
  buildSeconds: number;
  pagesRead: number;
  report: SessionReport;
}

/** Builds a copy with `generated` extra stories, serves it and runs the session once. */
async function measure(label: string, generated: number, budget: number): Promise<Measured> {
  const dir = copyProject('site-search-');
  // The share images are most of a large build's time and no part of a search.
  rmSync(path.join(dir, 'src/pages/deel/[collection]'), { recursive: true });
  try {
    if (generated > 0) {
      console.info(`Writing ${generated} generated stories into ${dir} ...`);
      await writeGeneratedStories(path.join(dir, 'content'), generated);
    }
    console.info(`Building ${label} (this takes minutes) ...`);
    const started = performance.now();
    const { status, output } = await buildCopy(dir, { CAMPAIGN_NOW: '2026-11-27T12:00:00Z' });
    const buildSeconds = (performance.now() - started) / 1000;
    if (status !== 0) throw new Error(`The build failed:\n${output.slice(-4000)}`);
    const pagesRead = Number(/Read (\d+) pages[ ;]/.exec(output)?.[1] ?? Number.NaN);

    const site = await serveBuild(path.join(dir, 'dist'));
    const browser = await chromium.launch({
      executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
    });
    try {
      // A fresh context: nothing in the cache, as in the e2e test.
      const context = await browser.newContext({ ...devices['Desktop Chrome'] });
      const report = await runSearchSession(await context.newPage(), site.base);
      console.info(`${label}: ${sessionSummary(report)}`);
      return { label, budget, buildSeconds, pagesRead, report };
    } finally {
      await browser.close();
      await site.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const runs = [
  await measure('shipped content', 0, sessionBudgetBytes),
  await measure(`${stories} generated stories`, stories, largeSessionBudgetBytes),
];

const row = ({ label, budget, pagesRead, report: r }: Measured) =>
  `| ${label} (${pagesRead} pages read by Pagefind) | ${kb(r.sessionBytes)} | ${kb(budget)} | ${r.requests} | ` +
  `${kb(r.pageBytes)} | ${kb(r.engineBytes)} | ${kb(r.indexBytes)} | ${kb(r.fragmentBytes)} | ` +
  `${kb(r.fontBytes)} | ${r.fetchedWhileTyping.length} |`;

const section = [
  heading,
  '',
  `Measured on ${today()} on ${machineLine()}. One session in Chromium: ${sessionDescription}, ` +
    `typed with 120 ms between keys and a pause after each word, in a fresh browser (nothing ` +
    `cached). Bytes are the bodies as the site's own server sends them with brotli ` +
    `(Content-Length), each file once, headers not counted. "Page" is the search page with its ` +
    `CSS and JS; "engine" pagefind.js, its wasm, entry and metadata; "index" the index and filter ` +
    `chunks; "results" the fragments of the results shown. The site's fonts (budget ` +
    `${kb(fontBudgetBytes)}) are counted apart: a visitor fetches them on the first page of a ` +
    `visit. Builds without the per-entry share images (${runs
      .map((run) => `${run.label}: ${run.buildSeconds.toFixed(0)} s`)
      .join(', ')}).`,
  '',
  '| Content | Session | Budget | Requests | Page | Engine | Index | Results | Fonts (apart) | Index files while typing |',
  '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ...runs.map(row),
  '',
].join('\n');

writeSection(heading, section);
console.info(section);
const failures = runs.flatMap(({ label, budget, report }) => [
  ...(report.sessionBytes > budget ? [`${label}: ${report.sessionBytes} > ${budget} bytes`] : []),
  ...(report.fontBytes > fontBudgetBytes ? [`${label}: fonts ${report.fontBytes} bytes`] : []),
  ...(report.fetchedWhileTyping.length > 0
    ? [`${label}: fetched while typing ${report.fetchedWhileTyping.join(', ')}`]
    : []),
]);
if (failures.length > 0) {
  console.error(`Over the budget: ${failures.join('; ')}`);
  process.exitCode = 1;
}
