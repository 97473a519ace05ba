/** The QR codes of events and ambassadors as SVG files, for flyers. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadContent } from '../../../../lib/content.ts';
import { qrSvg } from '../../../../lib/qr-code.ts';
import { qrTargets, type QrTarget } from '../../../../lib/share-cards.ts';

export const getStaticPaths = (async () => {
  const targets = qrTargets(await loadContent());
  return targets.map((target) => ({
    params: { collection: target.collection, slug: target.slug },
    props: { target },
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ target: QrTarget }> = async ({ props, site }) => {
  const url = new URL(props.target.path, site).href;
  const svg = await qrSvg(url, `QR-code naar ${props.target.title}`);
  return new Response(svg, { headers: { 'Content-Type': 'image/svg+xml' } });
};
