/**
 * On every on-demand request, Astro's production environment looks up the route's page module
 * with two dynamic `import()`s. Node has the modules loaded after the first request, but each
 * `import()` still resolves the specifier and wraps the module in new promises: about 6 % of a
 * signup's CPU time (docs/benchmarks.md). A route's page module never changes while the server
 * runs, so this build step keeps it per route in the server bundle's copy of
 * astro/dist/core/environment/production.js. A failed import is not kept: the next request tries
 * again, as before. If a new Astro version changes the function, the build stops with a message
 * instead of quietly losing the cache (src/integrations/page-module-cache.test.ts reads the
 * installed file).
 */
import type { AstroIntegration } from 'astro';
import { astroModuleRewrite, replaceInAstroModule } from './astro-module-rewrite.ts';

/** The module that defines the function, inside the astro package. */
export const productionEnvironmentModule =
  /[\\/]astro[\\/]dist[\\/]core[\\/]environment[\\/]production\.js$/;

/** The function as Astro writes it. */
export const astroGetComponentByRoute = `async function getComponentByRoute(manifest, routeData) {
  const module = await getModuleForRoute(manifest, routeData);
  return module.page();
}`;

/** `code` of astro/dist/core/environment/production.js with the page module kept per route. */
export function withCachedPageModules(code: string): string {
  return replaceInAstroModule(
    code,
    astroGetComponentByRoute,
    `const pageModules = new WeakMap();
function getComponentByRoute(manifest, routeData) {
  let page = pageModules.get(routeData);
  if (!page) {
    page = loadComponentByRoute(manifest, routeData);
    pageModules.set(routeData, page);
    page.catch(() => pageModules.delete(routeData));
  }
  return page;
}
async function loadComponentByRoute(manifest, routeData) {
  const module = await getModuleForRoute(manifest, routeData);
  return module.page();
}`,
    'page-module-cache: astro/dist/core/environment/production.js no longer has getComponentByRoute(manifest, routeData) as expected; update src/integrations/page-module-cache.ts.',
  );
}

export default function pageModuleCache(): AstroIntegration {
  return astroModuleRewrite(
    'page-module-cache',
    productionEnvironmentModule,
    withCachedPageModules,
  );
}
