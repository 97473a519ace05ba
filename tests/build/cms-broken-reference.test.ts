/**
 * An editor deletes, under `npm run cms` (astro dev), a municipality that a story and an event
 * still use. The site must not crash: every page shows the Dutch list of entries to repair, and
 * /admin/ keeps working so the editor can repair them there. Runs astro dev on a throw-away copy.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyProject } from '../support/project-copy.ts';
import { freePort } from '../support/server-process.ts';

/** This process's environment without Vitest's, as in an editor's terminal. */
function developmentEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const name of Object.keys(env)) if (/^(VITEST|TEST$)/.test(name)) delete env[name];
  delete env['NODE_ENV'];
  return env;
}

let dir: string;
let dev: ChildProcess;
let site: string;

beforeAll(async () => {
  dir = copyProject('site-dev-');
  rmSync(path.join(dir, 'content/municipalities/soest.yml'));
  const port = await freePort();
  site = `http://127.0.0.1:${port}`;
  dev = spawn(
    process.execPath,
    [path.join(dir, 'node_modules/astro/bin/astro.mjs'), 'dev', '--port', String(port)],
    { cwd: dir, env: { ...developmentEnv(), ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' } },
  );
  for (let attempt = 0; attempt < 200; attempt++) {
    if (dev.exitCode !== null) throw new Error(`astro dev stopped (${dev.exitCode})`);
    // Until the dev server has its routes, it answers 404.
    const ready = await fetch(`${site}/admin/`).then(
      (response) => response.ok,
      () => false,
    );
    if (ready) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error('astro dev did not start');
}, 120_000);

afterAll(() => {
  dev?.kill();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('a deleted municipality that other entries still use, under npm run cms', () => {
  it.each([
    '/',
    '/verhalen/zij-instroom-in-de-zorg/',
    '/gemeenten/amersfoort/',
    '/gemeenten/soest/',
  ])('%s shows which entries still point at it, in Dutch', async (page) => {
    const response = await fetch(`${site}${page}`);
    const html = await response.text();
    expect(response.status).toBe(503);
    expect(html).toContain('De site kan deze pagina nu niet tonen');
    expect(html).toContain('<code>content/stories/zij-instroom-in-de-zorg.md</code>');
    expect(html).toContain('<code>content/events/koffie-met-een-ambassadeur-soest.md</code>');
    expect(html).toContain('verwijst naar &quot;soest&quot; in Gemeenten');
  });

  it('leaves the CMS working, to repair it', async () => {
    const response = await fetch(`${site}/admin/`);
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('<title>Beheer | ');
  });
});
