/**
 * The story listing pages of a built site, read through the real site server: which exist, what
 * they link to, and what each weighs as a first visit the way tests/e2e/page-weight.spec.ts
 * counts it (HTML, stylesheets and scripts as transferred with brotli, headers included; images
 * excluded). For builds of project copies with many stories, where a browser per page would take
 * too long.
 */
import path from 'node:path';
import { startTestSiteServer, type TestSiteServer } from './test-site-server.ts';

/** The page budget of tests/e2e/page-weight.spec.ts. */
export const pageBudgetBytes = 60 * 1024;

/** Serves `<distDir>/client` with the site's own server on a free port; nothing on demand. */
export function serveBuild(distDir: string): Promise<TestSiteServer> {
  return startTestSiteServer({
    clientDir: path.join(distDir, 'client'),
    // Nothing is on demand here: what is not a built file gets the site's own 404.
    astroHandler: async (_request, _response, next) => next(),
    maxBodyBytes: 16 * 1024,
  });
}

/** Bytes on the wire for one response: status line, headers and the (compressed) body. */
async function transferred(url: string): Promise<{ bytes: number; body: string; status: number }> {
  const response = await fetch(url, { headers: { 'Accept-Encoding': 'br' } });
  const body = await response.text();
  let headerBytes = `HTTP/1.1 ${response.status} ${response.statusText}\r\n\r\n`.length;
  response.headers.forEach((value, name) => (headerBytes += `${name}: ${value}\r\n`.length));
  const length = Number(response.headers.get('content-length'));
  if (!Number.isFinite(length) || length <= 0) throw new Error(`${url}: no Content-Length`);
  return { bytes: headerBytes + length, body, status: response.status };
}

/** Fetches a page and everything it loads except images; each sub-resource is fetched once. */
export function pageWeigher(base: string) {
  const assets = new Map<string, Promise<number>>();
  return async (pagePath: string): Promise<{ total: number; html: string; status: number }> => {
    const page = await transferred(base + pagePath);
    const linked = [
      ...page.body.matchAll(/<link rel="stylesheet" href="([^"]+)"/g),
      ...page.body.matchAll(/<script[^>]* src="([^"]+)"/g),
    ].map((match) => match[1] ?? '');
    let total = page.bytes;
    for (const href of linked) {
      if (!assets.has(href))
        assets.set(
          href,
          transferred(base + href).then((r) => r.bytes),
        );
      total += await assets.get(href)!;
    }
    return { total, html: page.body, status: page.status };
  };
}

/** Every path in the site's sitemaps. */
export async function sitemapPathsOf(base: string): Promise<string[]> {
  const locations = (xml: string) =>
    [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1] ?? '').pathname);
  const index = await (await fetch(`${base}/sitemap-index.xml`)).text();
  const paths: string[] = [];
  for (const sitemap of locations(index)) {
    paths.push(...locations(await (await fetch(base + sitemap)).text()));
  }
  return paths;
}

/** Story lists: /verhalen/ and its filters and pages, not the stories themselves. */
export function isListingPath(pagePath: string): boolean {
  return pagePath === '/verhalen/' || /^\/verhalen\/([^/]+\/){2,}$/.test(pagePath);
}

/** The links of a listing page: stories shown, and the previous and next page. */
export function listingLinks(html: string): {
  stories: string[];
  prev: string | undefined;
  next: string | undefined;
} {
  const stories = [...html.matchAll(/<h3[^>]*><a href="(\/verhalen\/[^/"]+\/)"/g)].map(
    (match) => match[1] ?? '',
  );
  const rel = (name: string) =>
    new RegExp(`<a href="([^"]+)" rel="${name}"`).exec(html)?.[1] ??
    new RegExp(`<a rel="${name}" href="([^"]+)"`).exec(html)?.[1];
  return { stories, prev: rel('prev'), next: rel('next') };
}
