/**
 * robots.txt, built with the site: the CMS and the staff view (/beheer/) stay out of search engines, and the sitemap is named
 * with its full address (SITE_URL), as the robots.txt standard asks.
 */
import type { APIRoute } from 'astro';

export const GET: APIRoute = ({ site }) => {
  const sitemap = new URL('/sitemap-index.xml', site).href;
  return new Response(
    `User-agent: *\nDisallow: /admin/\nDisallow: /beheer/\nSitemap: ${sitemap}\n`,
    {
      headers: { 'Content-Type': 'text/plain; charset=utf-8' },
    },
  );
};
