import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { createServer, request, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  cacheControlFor,
  createStaticFiles,
  filePathFor,
  negotiateEncoding,
} from './static-files.ts';

describe('filePathFor', () => {
  const root = '/srv/site';

  it('maps a directory path to its index.html', () => {
    expect(filePathFor(root, '/verhalen/')).toBe('/srv/site/verhalen/index.html');
  });

  it('keeps paths that climb out of the root inside it, also when encoded', () => {
    expect(filePathFor(root, '/../etc/passwd')).toBe('/srv/site/etc/passwd');
    expect(filePathFor(root, '/%2e%2e/%2e%2e/etc/passwd')).toBe('/srv/site/etc/passwd');
    expect(filePathFor(root, '/a/%00')).toBeUndefined();
    expect(filePathFor(root, '/%E0%A4%A')).toBeUndefined();
  });
});

describe('negotiateEncoding', () => {
  it('prefers brotli, then gzip', () => {
    expect(negotiateEncoding('gzip, deflate, br')).toBe('br');
    expect(negotiateEncoding('gzip')).toBe('gzip');
    expect(negotiateEncoding(undefined)).toBe('identity');
  });

  it('respects an encoding refused with q=0', () => {
    expect(negotiateEncoding('br;q=0, gzip')).toBe('gzip');
  });
});

describe('cacheControlFor', () => {
  it('caches hashed build assets and Pagefind index files for a year', () => {
    for (const hashed of [
      '/_astro/index.abc123.css',
      '/pagefind/fragment/nl_12f0ea8.pf_fragment',
      '/pagefind/index/nl_1a2b3c4.pf_index',
      '/pagefind/filter/nl_1a2b3c4.pf_filter',
      '/pagefind/pagefind.nl_31cd29dd3c.pf_meta',
    ]) {
      expect(cacheControlFor(hashed), hashed).toBe('public, max-age=31536000, immutable');
    }
  });

  it('revalidates pages and the files whose name stays the same', () => {
    expect(cacheControlFor('/verhalen/')).toBe('public, max-age=0, must-revalidate');
    expect(cacheControlFor('/404.html')).toBe('public, max-age=0, must-revalidate');
    for (const named of ['/pagefind/pagefind.js', '/pagefind/pagefind-entry.json', '/robots.txt']) {
      expect(cacheControlFor(named), named).toBe('public, max-age=3600');
    }
  });

  it('keeps the favicon for a year, without forbidding a check on reload', () => {
    expect(cacheControlFor('/favicon.svg')).toBe('public, max-age=31536000');
  });
});

interface RawAnswer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

describe('the static file handler', () => {
  const page = '<h1>Verhalen</h1>'.repeat(50);
  const root = mkdtempSync(path.join(tmpdir(), 'static-'));
  let server: Server;
  let base: string;

  beforeAll(async () => {
    mkdirSync(path.join(root, 'verhalen'));
    mkdirSync(path.join(root, '_astro'));
    writeFileSync(path.join(root, 'verhalen', 'index.html'), page);
    // The copies the build makes (src/integrations/precompress.ts), marked to tell them apart.
    writeFileSync(path.join(root, 'verhalen', 'index.html.br'), brotliCompressSync(`${page}br`));
    writeFileSync(path.join(root, 'verhalen', 'index.html.gz'), gzipSync(`${page}gz`));
    writeFileSync(path.join(root, '_astro', 'site.abc123.css'), 'body{color:red}');
    writeFileSync(path.join(root, '404.html'), '<h1>Niet gevonden</h1>');
    writeFileSync(path.join(root, 'logo.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 1, 2, 3, 4]));
    const files = createStaticFiles(root);
    server = createServer((req, res) => {
      void files.handle(req, res).then((handled) => {
        if (!handled) {
          res.writeHead(404);
          res.end('passed on');
        }
      });
    });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    const address = server.address();
    base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  });

  afterAll(() => new Promise<void>((done) => server.close(() => done())));

  const raw = (url: string, headers: Record<string, string> = {}, method = 'GET') =>
    new Promise<RawAnswer>((done, fail) => {
      request(`${base}${url}`, { method, headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          done({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
        );
      })
        .on('error', fail)
        .end();
    });

  it('redirects a directory without a trailing slash, keeping the query', async () => {
    const answer = await raw('/verhalen?x=1');
    expect(answer.status).toBe(301);
    expect(answer.headers['location']).toBe('/verhalen/?x=1');
  });

  it('serves a page with its charset, revalidated, uncompressed when nothing is accepted', async () => {
    const answer = await raw('/verhalen/');
    expect(answer.status).toBe(200);
    expect(answer.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(answer.headers['cache-control']).toBe('public, max-age=0, must-revalidate');
    expect(answer.headers['content-encoding']).toBeUndefined();
    expect(answer.body.toString()).toBe(page);
  });

  it('sends the brotli or gzip copy made at build time, as accepted', async () => {
    const br = await raw('/verhalen/', { 'accept-encoding': 'gzip, deflate, br' });
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers['vary']).toBe('Accept-Encoding');
    expect(Number(br.headers['content-length'])).toBe(br.body.length);
    expect(brotliDecompressSync(br.body).toString()).toBe(`${page}br`);
    const gz = await raw('/verhalen/', { 'accept-encoding': 'br;q=0, gzip' });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.body).toString()).toBe(`${page}gz`);
  });

  it('answers HEAD with the headers only', async () => {
    const answer = await raw('/verhalen/', { 'accept-encoding': 'br' }, 'HEAD');
    expect(answer.status).toBe(200);
    expect(Number(answer.headers['content-length'])).toBeGreaterThan(0);
    expect(answer.body.length).toBe(0);
  });

  it('answers 304 while the ETag still matches, with the cache policy', async () => {
    const first = await raw('/_astro/site.abc123.css');
    expect(first.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    const etag = String(first.headers['etag']);
    const again = await raw('/_astro/site.abc123.css', { 'if-none-match': etag });
    expect(again.status).toBe(304);
    expect(again.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(again.body.length).toBe(0);
  });

  it('serves part of a file when a Range is asked', async () => {
    const answer = await raw('/logo.png', { range: 'bytes=4-5' });
    expect(answer.status).toBe(206);
    expect([...answer.body]).toEqual([1, 2]);
  });

  it('sends the whole file for ranges it cannot answer correctly', async () => {
    const whole = [0x89, 0x50, 0x4e, 0x47, 1, 2, 3, 4];
    for (const headers of [
      { range: 'bytes=-2' },
      { range: 'bytes=0-1,4-5' },
      { range: 'bytes=4-5', 'if-range': 'W/"an-older-version"' },
    ]) {
      const answer = await raw('/logo.png', headers);
      expect(answer.status, JSON.stringify(headers)).toBe(200);
      expect([...answer.body]).toEqual(whole);
    }
  });

  it('passes on paths without a file, also paths that only look like one', async () => {
    for (const url of ['/bestaat-niet/', '/404', '/verhalen/index', '/../etc/passwd']) {
      const answer = await raw(url);
      expect(answer.status, url).toBe(404);
      expect(answer.body.toString(), url).toBe('passed on');
      expect(answer.headers['cache-control'], url).toBeUndefined();
    }
  });

  it('gives the body of a page for an answer with another status', async () => {
    const files = createStaticFiles(root);
    expect((await files.page('404.html'))?.toString()).toBe('<h1>Niet gevonden</h1>');
    expect(await files.page('bestaat-niet.html')).toBeUndefined();
    expect(await files.page('../../etc/passwd')).toBeUndefined();
  });
});
