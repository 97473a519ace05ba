import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { decapBundleFiles, reactVersionOfDecapBundle } from './decap-dist.ts';

const require = createRequire(import.meta.url);

describe("Decap's prebuilt bundle", () => {
  it('is built for the React the site loads, since its react-dom accepts no other version', () => {
    const react = JSON.parse(readFileSync(require.resolve('react/package.json'), 'utf8')) as {
      version: string;
    };
    const reactDom = JSON.parse(
      readFileSync(require.resolve('react-dom/package.json'), 'utf8'),
    ) as { version: string };
    const wanted = reactVersionOfDecapBundle();
    expect(wanted).toMatch(/^\d+\.\d+\.\d+/);
    expect(react.version, 'pin react in package.json to the version in the message').toBe(wanted);
    expect(reactDom.version).toBe(wanted);
  });

  it('is served whole: the main file, its chunks and the licence notice, without source maps', () => {
    const files = decapBundleFiles();
    expect(files).toContain('decap-cms-app.js');
    expect(files).toContain('decap-cms-app.js.LICENSE.txt');
    expect(files.filter((file) => /^\d+\.decap-cms-app\.js$/.test(file)).length).toBeGreaterThan(
      10,
    );
    expect(files.some((file) => file.endsWith('.map'))).toBe(false);
  });
});
