/**
 * Decap CMS's prebuilt scripts, served as they come from decap-cms-app/dist (see
 * admin/decap-dist.ts): written out as static files at build time, never bundled by Vite. The
 * `.js` is in the route's name, so the site's trailing-slash rule does not apply to them.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { decapBundleFiles, decapFileResponse } from '../../../../admin/decap-dist.ts';

export const getStaticPaths = (() =>
  decapBundleFiles()
    .filter((file) => file.endsWith('.js'))
    .map((file) => ({ params: { name: file.slice(0, -'.js'.length) } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => decapFileResponse(`${String(params['name'])}.js`);
