/**
 * On-demand routes load only what they need (issue 15, point 5): a signup page, a signup, the
 * confirmation and the regelingenwijzer's result read the small content file the build writes
 * (src/lib/on-demand-content.ts), never Astro's content store, whose chunk grows with every story
 * (57 MB at 5,000 stories). The server runs with a hook that logs every module it loads; the
 * budget is in bytes of the build's server code, so it does not depend on the machine.
 */
import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import { projectRoot } from '../support/content-files.ts';
import { startServer } from '../support/server-process.ts';
import { signUp } from '../support/signup-client.ts';

/** All server code loaded for these requests, whatever the number of stories. */
const budgetBytes = 1024 * 1024;
const eventId = 'ontbijtsessie-personeel-via-het-wsp';
const answers =
  'situatie=wajong&leeftijd=onder-27&werkplek=nee&begeleiding=ja&uren=24&contract=vast&start=2027-02-01';

test('on-demand requests never load the content store, and stay within the code budget', async () => {
  test.setTimeout(90_000);
  const dir = mkdtempSync(path.join(tmpdir(), 'on-demand-modules-'));
  const log = path.join(dir, 'modules.txt');
  const server = await startServer({ DATA_DIR: dir, MODULE_LOG: log }, [
    '--import',
    path.join(projectRoot, 'tests/support/module-log-hook.ts'),
  ]);
  try {
    const form = await fetch(`${server.url}/bijeenkomsten/${eventId}/aanmelden/`);
    expect(form.status).toBe(200);
    const signup = await signUp(server.url, eventId);
    expect(signup.status).toBe(303);
    const confirmation = await fetch(new URL(signup.location ?? '', server.url));
    expect(await confirmation.text()).toContain('U bent aangemeld');
    const result = await fetch(`${server.url}/regelingen/wijzer/uitkomst/?${answers}`);
    expect(result.status).toBe(200);
  } finally {
    await server.stop();
  }

  const serverDir = path.join(projectRoot, 'dist-test/server');
  const chunks = [...new Set(readFileSync(log, 'utf8').split('\n'))]
    .filter((url) => url.startsWith('file:'))
    .map((url) => fileURLToPath(url))
    .filter((file) => file.startsWith(serverDir + path.sep))
    .map((file) => ({ file: path.relative(serverDir, file), bytes: statSync(file).size }));
  expect(chunks.map((chunk) => chunk.file)).toContain('entry.mjs');
  expect(chunks.filter((chunk) => chunk.file.includes('data-layer-content'))).toEqual([]);
  const total = chunks.reduce((sum, chunk) => sum + chunk.bytes, 0);
  expect(total, JSON.stringify(chunks)).toBeLessThanOrEqual(budgetBytes);
});
