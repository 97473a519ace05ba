/**
 * The content the on-demand routes need, as one small JSON file written with the build
 * (src/lib/on-demand-content.ts). src/integrations/on-demand-content.ts moves it beside the
 * server's code, so it is never served.
 */
import type { APIRoute } from 'astro';
import { loadContent } from '../lib/content.ts';
import { onDemandContentJson } from '../lib/on-demand-content.ts';

export const GET: APIRoute = async () =>
  new Response(onDemandContentJson(await loadContent()), {
    headers: { 'Content-Type': 'application/json' },
  });
