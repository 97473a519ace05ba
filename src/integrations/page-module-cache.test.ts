import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  astroGetComponentByRoute,
  productionEnvironmentModule,
  withCachedPageModules,
} from './page-module-cache.ts';

const astroDir = path.dirname(createRequire(import.meta.url).resolve('astro/package.json'));
const installed = path.join(astroDir, 'dist/core/environment/production.js');

interface Rewritten {
  getComponentByRoute: (manifest: object, route: object) => Promise<{ route: string }>;
  loads: () => number;
}

/** Each test imports a module of its own (an import of the same data URL is the same module). */
let modules = 0;

/**
 * The rewritten function beside a stand-in for Astro's getModuleForRoute that counts its loads
 * and fails for a route marked `broken` until it is repaired.
 */
async function rewritten(): Promise<Rewritten> {
  const code = `${withCachedPageModules(astroGetComponentByRoute)}
let loaded = 0;
async function getModuleForRoute(manifest, route) {
  loaded += 1;
  if (route.broken) throw new Error('import failed');
  return { page: async () => ({ route: route.name }) };
}
export { getComponentByRoute };
export const loads = () => loaded;
// module ${(modules += 1)}`;
  const url = `data:text/javascript;base64,${Buffer.from(code).toString('base64')}`;
  return (await import(/* @vite-ignore */ url)) as Rewritten;
}

describe('the page module cache', () => {
  it('applies to the installed astro', () => {
    expect(productionEnvironmentModule.test(installed)).toBe(true);
    const code = withCachedPageModules(readFileSync(installed, 'utf8'));
    expect(code).toContain('const pageModules = new WeakMap();');
    expect(code).not.toContain(astroGetComponentByRoute);
  });

  it('loads a route’s page module once, and each route its own', async () => {
    const { getComponentByRoute, loads } = await rewritten();
    const manifest = {};
    const signup = { name: 'aanmelden' };
    const plan = { name: 'plan' };

    expect(await getComponentByRoute(manifest, signup)).toEqual({ route: 'aanmelden' });
    expect(await getComponentByRoute(manifest, signup)).toEqual({ route: 'aanmelden' });
    expect(await getComponentByRoute(manifest, plan)).toEqual({ route: 'plan' });
    expect(loads()).toBe(2);
  });

  it('keeps no failed load: the next request tries again', async () => {
    const { getComponentByRoute, loads } = await rewritten();
    const route = { name: 'aanmelden', broken: true };

    await expect(getComponentByRoute({}, route)).rejects.toThrow('import failed');
    route.broken = false;
    expect(await getComponentByRoute({}, route)).toEqual({ route: 'aanmelden' });
    expect(loads()).toBe(2);
  });

  it('stops the build when Astro changes the function', () => {
    expect(() => withCachedPageModules('export function something() {}')).toThrow(
      /page-module-cache/,
    );
  });
});
