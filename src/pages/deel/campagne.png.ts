/** The share image (1200×630 PNG) of every page without one of its own: the campaign's card. */
import type { APIRoute } from 'astro';
import { loadContent } from '../../lib/content.ts';
import { campaignCard } from '../../lib/share-cards.ts';
import { shareImagePng } from '../../lib/share-image-cache.ts';

export const GET: APIRoute = async () => {
  const png = await shareImagePng(campaignCard(await loadContent()));
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
