import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync, brotliDecompressSync } from 'node:zlib';
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
  it('caches fingerprinted assets for a year and revalidates pages', () => {
    expect(cacheControlFor('/_astro/index.abc123.css')).toContain('immutable');
    expect(cacheControlFor('/verhalen/')).toContain('max-age=0');
  });
});

describe('the static file handler', () => {
  let server: Server;
  let base: string;

  beforeAll(async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'static-'));
    mkdirSync(path.join(root, 'verhalen'));
    writeFileSync(path.join(root, 'verhalen', 'index.html'), '<h1>Verhalen</h1>'.repeat(50));
    writeFileSync(path.join(root, 'logo.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47]));
    const files = createStaticFiles(root);
    server = createServer(async (req, res) => {
      if (!(await files.handle(req, res))) {
        res.writeHead(404);
        res.end();
      }
    });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    const address = server.address();
    base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  });

  afterAll(() => new Promise<void>((done) => server.close(() => done())));

  it('redirects a directory without a trailing slash', async () => {
    const response = await fetch(`${base}/verhalen?x=1`, { redirect: 'manual' });
    expect(response.status).toBe(301);
    expect(response.headers.get('location')).toBe('/verhalen/?x=1');
  });

  it('serves html compressed with brotli or gzip as accepted', async () => {
    const { request } = await import('node:http');
    const fetchRaw = (encoding: string) =>
      new Promise<{ headers: Record<string, unknown>; body: Buffer }>((done) => {
        request(`${base}/verhalen/`, { headers: { 'accept-encoding': encoding } }, (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('end', () => done({ headers: res.headers, body: Buffer.concat(chunks) }));
        }).end();
      });
    const br = await fetchRaw('br');
    expect(br.headers['content-encoding']).toBe('br');
    expect(brotliDecompressSync(br.body).toString()).toContain('<h1>Verhalen</h1>');
    const gz = await fetchRaw('gzip');
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.body).toString()).toContain('<h1>Verhalen</h1>');
  });

  it('answers 304 when the ETag still matches', async () => {
    const first = await fetch(`${base}/logo.png`);
    const etag = first.headers.get('etag') ?? '';
    const second = await fetch(`${base}/logo.png`, { headers: { 'if-none-match': etag } });
    expect(second.status).toBe(304);
  });

  it('passes on paths without a file', async () => {
    expect((await fetch(`${base}/bestaat-niet/`)).status).toBe(404);
  });
});
