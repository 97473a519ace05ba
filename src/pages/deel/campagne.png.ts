/** The share image (1200×630 PNG) of every page without one of its own: the campaign's card. */
import type { APIRoute } from 'astro';
import { loadContent } from '../../lib/content.ts';
import { campaignCard } from '../../lib/share-cards.ts';
import { renderShareImage } from '../../lib/share-image.tsx';

export const GET: APIRoute = async () => {
  const png = await renderShareImage(campaignCard(await loadContent()));
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
