/** The share image (1200×630 PNG) of every story, regulation, ambassador, event and municipality. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadContent } from '../../../lib/content.ts';
import { shareEntries, type ShareEntry } from '../../../lib/share-cards.ts';
import { shareImagePng } from '../../../lib/share-image-cache.ts';

export const getStaticPaths = (async () => {
  const entries = shareEntries(await loadContent());
  return entries.map((entry) => ({
    params: { collection: entry.collection, slug: entry.slug },
    props: { entry },
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ entry: ShareEntry }> = async ({ props }) => {
  const png = await shareImagePng(props.entry.card);
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
