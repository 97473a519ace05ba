/** The pages of the running site, read from its own sitemap the way a crawler would. */
import type { APIRequestContext } from '@playwright/test';

/** Every page path listed in the sitemap index and its sitemaps. */
export async function sitemapPaths(request: APIRequestContext): Promise<string[]> {
  const index = await (await request.get('/sitemap-index.xml')).text();
  const sitemaps = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map(
    (match) => new URL(match[1] ?? '').pathname,
  );
  const paths: string[] = [];
  for (const sitemap of sitemaps) {
    const xml = await (await request.get(sitemap)).text();
    paths.push(
      ...[...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1] ?? '').pathname),
    );
  }
  return paths;
}

/** The kind of page a path is, for budgets and reports. */
export function pageType(path: string): string {
  if (path === '/') return 'home';
  const sections = ['verhalen', 'regelingen', 'ambassadeurs', 'bijeenkomsten', 'gemeenten'];
  const [section = '', second, third] = path.split('/').filter(Boolean);
  if (section === 'zoeken') return 'zoeken';
  if (path.startsWith('/regelingen/wijzer/')) return 'regelingenwijzer';
  if (path === '/regelingen/wijzigingen/') return 'regelingen (wijzigingen)';
  if (!sections.includes(section)) return 'pagina';
  if (!second) return `${section} (overzicht)`;
  if (section === 'verhalen' && second === 'pagina') return 'verhalen (overzicht)';
  if (section === 'verhalen' && third) return 'verhalen (filter)';
  return `${section} (detail)`;
}
