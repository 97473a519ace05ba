/**
 * The Nu HTML Checker (the W3C's validator, run locally from the vnu-jar package with Java) finds
 * no error on any page: every page in the sitemap, the 404 page, and the on-demand pages, fetched
 * from the real server as a browser gets them.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { expect, test } from '@playwright/test';
import vnuJar from 'vnu-jar';
import { sitemapPaths } from '../support/sitemap.ts';

const openEvent = '/bijeenkomsten/ontbijtsessie-personeel-via-het-wsp/';

/** Pages rendered on demand, which the sitemap does not list. */
const onDemand = [
  '/bestaat-niet/',
  `${openEvent}aanmelden/`,
  '/regelingen/wijzer/uitkomst/?situatie=wajong&leeftijd=onder-27&werkplek=nee&begeleiding=ja&uren=24&contract=vast&start=2027-02-01',
  '/functiecreatie/scan/?sector=industrie',
  '/functiecreatie/uitkomst/?sector=industrie&vaak-inpakken=dagelijks&uren-inpakken=10&vaak-etiketten=wekelijks&uren-etiketten=3&vaak-dozen-vouwen=maandelijks&uren-dozen-vouwen=2&tekort=ja&inwerken=nee',
  '/functiecreatie/uitkomst/?sector=industrie&vaak-inpakken=dagelijks&uren-inpakken=veel',
];

interface VnuMessage {
  type: string;
  url?: string;
  message: string;
  lastLine?: number;
  extract?: string;
}

test('the Nu HTML Checker finds no error on any page', async ({ request }) => {
  // One Java start for all pages; on a busy machine that alone can take a minute.
  test.setTimeout(480_000);
  const paths = [...(await sitemapPaths(request)), ...onDemand];
  const folder = await mkdtemp(path.join(tmpdir(), 'vnu-'));
  try {
    const files = new Map<string, string>();
    for (const [index, pagePath] of paths.entries()) {
      const response = await request.get(pagePath);
      const file = path.join(folder, `${index}.html`);
      await writeFile(file, await response.text());
      files.set(`file:${file}`, pagePath);
    }
    const { stderr } = await promisify(execFile)(
      'java',
      ['-jar', String(vnuJar), '--errors-only', '--format', 'json', '--exit-zero-always', folder],
      { maxBuffer: 32 * 1024 * 1024 },
    );
    const { messages } = JSON.parse(stderr) as { messages: VnuMessage[] };
    const errors = messages
      .filter((message) => message.type === 'error' || message.type === 'non-document-error')
      .map((message) => ({
        path: files.get(message.url ?? '') ?? message.url ?? '?',
        text: `line ${message.lastLine ?? '?'}: ${message.message} ${message.extract?.trim() ?? ''}`,
      }));
    expect(errors.map((error) => `${error.path} ${error.text}`)).toEqual([]);
    expect(files.size).toBe(paths.length);
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
});
