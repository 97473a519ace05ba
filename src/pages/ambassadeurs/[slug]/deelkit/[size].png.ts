/** The share kit's images of every ambassador: 1200×630, 1080×1080 and 1080×1920 PNG. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadContent } from '../../../../lib/content.ts';
import { kitImagePng } from '../../../../lib/share-image-cache.ts';
import { shareEntries, type ShareEntry } from '../../../../lib/share-cards.ts';
import { kitImageSizes, sizeName, type KitImageSize } from '../../../../lib/share-kit.ts';

export const getStaticPaths = (async () => {
  const entries = shareEntries(await loadContent()).filter(
    (entry) => entry.collection === 'ambassadeurs',
  );
  return entries.flatMap((entry) =>
    kitImageSizes.map((size) => ({
      params: { slug: entry.slug, size: sizeName(size) },
      props: { entry, size },
    })),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ entry: ShareEntry; size: KitImageSize }> = async ({ props, site }) => {
  // The address people can type when the link itself is not clickable (a status, a story).
  const footer = site ? site.host : 'werkgevers.regioamersfoort.nl';
  const png = await kitImagePng(props.entry.card, props.size, footer);
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
