/** The licence notice of Decap CMS's prebuilt bundle, served beside it (see [name].js.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { decapBundleFiles, decapFileResponse } from '../../../../admin/decap-dist.ts';

export const getStaticPaths = (() =>
  decapBundleFiles()
    .filter((file) => file.endsWith('.txt'))
    .map((file) => ({ params: { name: file.slice(0, -'.txt'.length) } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => decapFileResponse(`${String(params['name'])}.txt`);
