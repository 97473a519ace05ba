/**
 * Decap CMS's prebuilt files, served as they come from decap-cms-app/dist (see
 * admin/decap-dist.ts): written out as static files at build time, never bundled by Vite.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { APIRoute, GetStaticPaths } from 'astro';
import { decapBundleFiles, decapDistFolder } from '../../../../admin/decap-dist.ts';

export const getStaticPaths = (() =>
  decapBundleFiles().map((file) => ({ params: { file } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const file = String(params['file']);
  const body = await readFile(path.join(decapDistFolder(), file));
  const type = file.endsWith('.js') ? 'text/javascript' : 'text/plain';
  return new Response(new Uint8Array(body), {
    headers: { 'Content-Type': `${type}; charset=utf-8` },
  });
};
