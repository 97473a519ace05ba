/** The CMS's logo with the campaign's name (see src/lib/admin-logo.ts), built with the site. */
import type { APIRoute } from 'astro';
import { adminLogoSvg } from '../../lib/admin-logo.ts';
import { campaignNameIfReadable } from '../../lib/content.ts';

export const GET: APIRoute = async () => {
  const campaignName = (await campaignNameIfReadable()) ?? 'Campagnesite';
  return new Response(adminLogoSvg(campaignName), {
    headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' },
  });
};
