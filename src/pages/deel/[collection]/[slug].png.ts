/** The share image (1200×630 PNG) of every story, regulation, ambassador, event and municipality. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadContent, underAstroDev } from '../../../lib/content.ts';
import { campaignCard, shareEntries, type ShareEntry } from '../../../lib/share-cards.ts';
import { drawShareImages, shareImagePng } from '../../../lib/share-image-cache.ts';

export const getStaticPaths = (async () => {
  const content = await loadContent();
  const entries = shareEntries(content);
  // In a build, every new card (the campaign's too) is drawn here at once, on all cores; under
  // `astro dev` only the card asked for is drawn.
  if (!underAstroDev) {
    await drawShareImages([...entries.map((entry) => entry.card), campaignCard(content)]);
  }
  return entries.map((entry) => ({
    params: { collection: entry.collection, slug: entry.slug },
    props: { entry },
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ entry: ShareEntry }> = async ({ props }) => {
  const png = await shareImagePng(props.entry.card);
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
