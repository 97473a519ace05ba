/**
 * Reading Decap's prebuilt files from node_modules, at build time (Node only; the browser side
 * needs only the paths in decap-bundle.ts).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';

/** The folder of decap-cms-app's prebuilt files, in node_modules. */
export function decapDistFolder(): string {
  return path.dirname(createRequire(import.meta.url).resolve('decap-cms-app'));
}

/** The files to serve: every script and the licence notice; no source maps (22 MB). */
export function decapBundleFiles(folder = decapDistFolder()): string[] {
  return readdirSync(folder)
    .filter((name) => name.endsWith('.js') || name.endsWith('.LICENSE.txt'))
    .sort();
}

/**
 * The React version Decap's bundle was built against. Its bundled react-dom refuses any other
 * version of `window.React` ("Incompatible React versions"), so the site's React must match.
 */
export function reactVersionOfDecapBundle(folder = decapDistFolder()): string | undefined {
  const main = readFileSync(path.join(folder, 'decap-cms-app.js'), 'utf8');
  return /if\("(\d+\.\d+\.\d+[^"]*)"!==\w+\)throw Error\(\w+\(527,/.exec(main)?.[1];
}

/** One of Decap's files as a response, for the routes under src/pages/admin/decap/. */
export async function decapFileResponse(file: string): Promise<Response> {
  if (!decapBundleFiles().includes(file)) return new Response('Not found', { status: 404 });
  const body = await readFile(path.join(decapDistFolder(), file));
  const type = file.endsWith('.js') ? 'text/javascript' : 'text/plain';
  return new Response(new Uint8Array(body), {
    headers: { 'Content-Type': `${type}; charset=utf-8` },
  });
}
