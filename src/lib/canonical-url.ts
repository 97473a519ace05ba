/**
 * The one address of every page (its canonical URL, also og:url and the url in its JSON-LD),
 * and absolute addresses for the files pages point to (share images, portraits).
 */

/** Used when the site address is not configured (it is, in astro.config.mjs, from SITE_URL). */
const fallbackSite = new URL('http://localhost/');

/** The absolute address of a path on the site. */
export function absoluteUrl(path: string, site: URL | undefined): string {
  return new URL(path, site ?? fallbackSite).href;
}

/** The canonical URL of the page at `pathname`: the site's address, without query or hash. */
export function canonicalUrl(pathname: string, site: URL | undefined): string {
  return absoluteUrl(new URL(pathname, fallbackSite).pathname, site);
}

/** The detail pages: a section of the site and an entry's id make its address. */
export type DetailSection =
  'verhalen' | 'regelingen' | 'ambassadeurs' | 'bijeenkomsten' | 'gemeenten';

/** The canonical URL of an entry's own page, e.g. https://…/verhalen/de-blauwe-paraplu/. */
export function entryUrl(section: DetailSection, id: string, site: URL | undefined): string {
  return canonicalUrl(`/${section}/${id}/`, site);
}
