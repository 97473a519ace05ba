/**
 * Astro hashes the inline scripts and styles of a route into its CSP on every on-demand request
 * (even for a 303 answer), with WebCrypto's asynchronous digest: about a sixth of the server's
 * CPU per signup (issue 15, point 7). The strings are the same for every request to a route, so
 * this build step puts a small cache in front of Astro's `generateCspDigest` in the server
 * bundle. The hash of a string never changes, so the answers are exactly Astro's own. If a new
 * Astro version changes the function, the build stops with a message instead of quietly losing
 * the cache (src/integrations/csp-digest-cache.test.ts reads the installed file).
 */
import type { AstroIntegration } from 'astro';
import { astroModuleRewrite, replaceInAstroModule } from './astro-module-rewrite.ts';

/** The module that defines the function, inside the astro package. */
export const encryptionModule = /[\\/]astro[\\/]dist[\\/]core[\\/]encryption\.js$/;

const original = 'async function generateCspDigest(data, algorithm) {';

/** Enough for every route's inline scripts and styles; cleared when full (island contents vary). */
const maxEntries = 512;

/** `code` of astro/dist/core/encryption.js with the digest cached by algorithm and content. */
export function withCachedCspDigest(code: string): string {
  return replaceInAstroModule(
    code,
    original,
    `const cspDigestCache = new Map();
async function generateCspDigest(data, algorithm) {
  const key = algorithm + "\\u0000" + data;
  const known = cspDigestCache.get(key);
  if (known !== undefined) return known;
  const digest = await computeCspDigest(data, algorithm);
  if (cspDigestCache.size >= ${maxEntries}) cspDigestCache.clear();
  cspDigestCache.set(key, digest);
  return digest;
}
async function computeCspDigest(data, algorithm) {`,
    'csp-digest-cache: astro/dist/core/encryption.js no longer has generateCspDigest(data, algorithm); update src/integrations/csp-digest-cache.ts.',
  );
}

export default function cspDigestCache(): AstroIntegration {
  return astroModuleRewrite('csp-digest-cache', encryptionModule, withCachedCspDigest);
}
