import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { encryptionModule, withCachedCspDigest } from './csp-digest-cache.ts';

const astroDir = path.dirname(createRequire(import.meta.url).resolve('astro/package.json'));
const installed = path.join(astroDir, 'dist/core/encryption.js');

/** The rewritten module's digest function, run with the real WebCrypto. */
async function loadDigest(): Promise<(data: string, algorithm: string) => Promise<string>> {
  const code = withCachedCspDigest(readFileSync(installed, 'utf8'));
  // Imports of the module resolved from the astro package, as the bundler would.
  const resolved = code
    .replace(
      '"@oslojs/encoding"',
      JSON.stringify(pathToFileURL(createRequire(installed).resolve('@oslojs/encoding')).href),
    )
    .replace(
      '"./csp/config.js"',
      JSON.stringify(pathToFileURL(path.join(astroDir, 'dist/core/csp/config.js')).href),
    );
  const url = `data:text/javascript;base64,${Buffer.from(resolved).toString('base64')}`;
  return ((await import(/* @vite-ignore */ url)) as { generateCspDigest: never }).generateCspDigest;
}

describe('the CSP digest cache', () => {
  it('applies to the installed astro and gives the same hashes as before', async () => {
    expect(encryptionModule.test(installed)).toBe(true);
    const digest = await loadDigest();
    const script = 'console.log("hallo")';
    const expected = `sha256-${Buffer.from(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(script))).toString('base64')}`;
    expect(await digest(script, 'SHA-256')).toBe(expected);
    // Twice: the second answer comes from the cache and must be the same.
    expect(await digest(script, 'SHA-256')).toBe(expected);
    expect(await digest(script, 'SHA-384')).toMatch(/^sha384-/);
    expect(await digest('other', 'SHA-256')).not.toBe(expected);
  });

  it('stops the build when Astro changes the function', () => {
    expect(() => withCachedCspDigest('export function something() {}')).toThrow(/csp-digest-cache/);
  });
});
