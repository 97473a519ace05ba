import { createServer, request, type Server } from 'node:http';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compressResponse } from './compress-response.ts';

const page = `<!doctype html><h1>Uw aannameplan</h1>${'<p>Regeling</p>'.repeat(200)}`;

describe('compressResponse', () => {
  let server: Server;
  let port = 0;

  beforeAll(async () => {
    server = createServer((req, res) => {
      compressResponse(req, res);
      // Written the way Astro writes a response: head, chunks, end.
      const type = req.url === '/png' ? 'image/png' : 'text/html; charset=utf-8';
      res.writeHead(200, { 'content-type': type, 'content-length': String(page.length) });
      res.write(page.slice(0, 1000));
      res.write(page.slice(1000));
      res.end();
    });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    const address = server.address();
    port = typeof address === 'object' && address ? address.port : 0;
  });

  afterAll(() => new Promise<void>((done) => server.close(() => done())));

  const get = (path: string, encoding: string) =>
    new Promise<{ headers: Record<string, unknown>; body: Buffer }>((done) => {
      request({ port, path, headers: { 'accept-encoding': encoding } }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => done({ headers: res.headers, body: Buffer.concat(chunks) }));
      }).end();
    });

  it('sends HTML with brotli when the browser accepts it', async () => {
    const { headers, body } = await get('/', 'gzip, br');
    expect(headers['content-encoding']).toBe('br');
    expect(headers['content-length']).toBeUndefined();
    expect(brotliDecompressSync(body).toString()).toBe(page);
    expect(body.length).toBeLessThan(page.length / 4);
  });

  it('falls back to gzip, and to nothing', async () => {
    const gz = await get('/', 'gzip');
    expect(gunzipSync(gz.body).toString()).toBe(page);
    const plain = await get('/', 'identity');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString()).toBe(page);
  });

  it('leaves binary content alone', async () => {
    const { headers } = await get('/png', 'br');
    expect(headers['content-encoding']).toBeUndefined();
  });
});
