import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { brotliQuality, precompressDirectory } from './precompress.ts';

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

describe('brotliQuality', () => {
  it('uses the best level for pages and a fast one for the multi-megabyte CMS bundle', () => {
    expect(brotliQuality(50_000)).toBe(11);
    expect(brotliQuality(5_000_000)).toBe(5);
  });
});
