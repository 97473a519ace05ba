import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { brotliQuality, precompressCacheDirFor, precompressDirectory } from './precompress.ts';

describe('precompressDirectory', () => {
  it('writes brotli and gzip copies beside text files, in every folder', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'precompress-'));
    mkdirSync(path.join(root, 'verhalen', 'een-verhaal'), { recursive: true });
    const page = `<!doctype html><h1>Een verhaal</h1>${'<p>Werkgever vertelt</p>'.repeat(100)}`;
    const file = path.join(root, 'verhalen', 'een-verhaal', 'index.html');
    writeFileSync(file, page);
    writeFileSync(path.join(root, 'site.css'), 'body{margin:0}'.repeat(100));

    const summary = await precompressDirectory(root);

    expect(summary.files).toBe(2);
    expect(brotliDecompressSync(readFileSync(`${file}.br`)).toString()).toBe(page);
    expect(gunzipSync(readFileSync(`${file}.gz`)).toString()).toBe(page);
    expect(readFileSync(`${file}.br`).length).toBeLessThan(page.length / 4);
    expect(existsSync(path.join(root, 'site.css.br'))).toBe(true);
    expect(summary.brotliBytes).toBeLessThan(summary.bytes);
  });

  it('leaves images, already compressed files and tiny files alone', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'precompress-'));
    writeFileSync(path.join(root, 'foto.png'), Buffer.alloc(4096));
    writeFileSync(path.join(root, 'nl_abc.pf_fragment'), Buffer.alloc(4096));
    writeFileSync(path.join(root, 'robots.txt'), 'User-agent: *\nAllow: /\n');

    expect((await precompressDirectory(root)).files).toBe(0);
    for (const name of ['foto.png.br', 'nl_abc.pf_fragment.gz', 'robots.txt.br']) {
      expect(existsSync(path.join(root, name)), name).toBe(false);
    }
  });
});

describe('precompressDirectory with a cache', () => {
  /** A build's output: one page per text, in its own folder. */
  function site(pages: Record<string, string>): string {
    const root = mkdtempSync(path.join(tmpdir(), 'precompress-site-'));
    for (const [name, text] of Object.entries(pages)) {
      mkdirSync(path.join(root, name), { recursive: true });
      writeFileSync(path.join(root, name, 'index.html'), text);
    }
    return root;
  }
  const page = (title: string) => `<!doctype html><h1>${title}</h1>${'<p>Werk</p>'.repeat(200)}`;

  it('compresses only the files whose bytes changed since the run before', async () => {
    const cacheDir = mkdtempSync(path.join(tmpdir(), 'precompress-cache-'));
    const first = await precompressDirectory(
      site({ a: page('Een'), b: page('Twee'), c: page('Drie') }),
      cacheDir,
    );
    expect(first).toMatchObject({ files: 3, cached: 0 });

    // The next build: a fresh output folder, one page changed.
    const root = site({ a: page('Een'), b: page('Twee, herschreven'), c: page('Drie') });
    const second = await precompressDirectory(root, cacheDir);

    expect(second).toMatchObject({ files: 3, cached: 2 });
    for (const [name, title] of [
      ['a', 'Een'],
      ['b', 'Twee, herschreven'],
    ] as const) {
      const file = path.join(root, name, 'index.html');
      expect(brotliDecompressSync(readFileSync(`${file}.br`)).toString()).toBe(page(title));
      expect(gunzipSync(readFileSync(`${file}.gz`)).toString()).toBe(page(title));
    }
  });

  it('keeps only the copies the last run used', async () => {
    const cacheDir = mkdtempSync(path.join(tmpdir(), 'precompress-cache-'));
    await precompressDirectory(site({ a: page('Een'), b: page('Twee') }), cacheDir);
    expect(readdirSync(cacheDir)).toHaveLength(4);

    await precompressDirectory(site({ a: page('Een') }), cacheDir);

    expect(readdirSync(cacheDir)).toHaveLength(2);
    const again = await precompressDirectory(site({ a: page('Een') }), cacheDir);
    expect(again.cached).toBe(1);
  });

  it('keeps a page and a text file with the same bytes apart: their brotli levels differ', async () => {
    const cacheDir = mkdtempSync(path.join(tmpdir(), 'precompress-cache-'));
    const root = site({ a: page('Een') });
    writeFileSync(path.join(root, 'a.txt'), page('Een'));

    const summary = await precompressDirectory(root, cacheDir);

    expect(summary).toMatchObject({ files: 2, cached: 0 });
    expect(readdirSync(cacheDir)).toHaveLength(4);
  });

  it('keeps the copies of the site build and the test build in folders of their own', () => {
    const site = precompressCacheDirFor(path.resolve('dist', 'client'));
    const tests = precompressCacheDirFor(path.resolve('dist-test', 'client'));
    expect(site).not.toBe(tests);
    expect(path.dirname(site)).toBe(path.resolve('.cache', 'precompressed'));
  });

  it('compresses again when a cached copy is missing', async () => {
    const cacheDir = mkdtempSync(path.join(tmpdir(), 'precompress-cache-'));
    await precompressDirectory(site({ a: page('Een') }), cacheDir);
    const [brName] = readdirSync(cacheDir).filter((name) => name.endsWith('.br'));
    rmSync(path.join(cacheDir, brName!));

    const root = site({ a: page('Een') });
    const again = await precompressDirectory(root, cacheDir);

    expect(again.cached).toBe(0);
    const file = path.join(root, 'a', 'index.html');
    expect(brotliDecompressSync(readFileSync(`${file}.br`)).toString()).toBe(page('Een'));
  });
});

describe('brotliQuality', () => {
  it('uses the best level for shared files, one below for pages, a fast one for the CMS bundle', () => {
    expect(brotliQuality('_astro/BaseLayout.css', 30_000)).toBe(11);
    expect(brotliQuality('_astro/search-page.js', 50_000)).toBe(11);
    expect(brotliQuality('verhalen/een-verhaal/index.html', 50_000)).toBe(10);
    expect(brotliQuality('admin/decap/decap-cms-app.js', 5_000_000)).toBe(5);
  });
});
