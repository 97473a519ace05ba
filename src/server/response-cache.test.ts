/**
 * The copy in memory of sirv's answers, through a real HTTP server with the static file handler.
 * A file is changed on disk (same size, other bytes) after the first request: sirv keeps the size
 * and date it listed at start but reads the bytes again, so the new bytes show which answers came
 * from sirv and which from memory.
 */
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { createServer, request, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ResponseCacheLimits } from './response-cache.ts';
import { createStaticFiles, sirvPathname } from './static-files.ts';

interface RawAnswer {
  status: number;
  /** The header lines as sent, without Date. */
  rawHeaders: string[];
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

function withoutDate(rawHeaders: string[]): string[] {
  const kept: string[] = [];
  for (let i = 0; i < rawHeaders.length; i += 2) {
    if (rawHeaders[i]?.toLowerCase() !== 'date') kept.push(rawHeaders[i]!, rawHeaders[i + 1]!);
  }
  return kept;
}

/** Same length, other bytes: what sirv reads when it goes to the disk. */
function changed(text: string): string {
  return text.replaceAll('a', 'b');
}

function startServer(root: string, limits: ResponseCacheLimits) {
  const files = createStaticFiles(root, limits);
  const server: Server = createServer((req, res) => {
    // Like the site server: its own headers first, on every request.
    res.setHeader('X-Content-Type-Options', 'nosniff');
    void files.handle(req, res).then((handled) => {
      if (!handled) {
        res.writeHead(404);
        res.end('passed on');
      }
    });
  });
  let base = '';
  return {
    server,
    async listen() {
      await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
      const address = server.address();
      base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
    },
    get: (url: string, headers: Record<string, string> = {}, method = 'GET') =>
      new Promise<RawAnswer>((done, fail) => {
        request(`${base}${url}`, { method, headers }, (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('end', () =>
            done({
              status: res.statusCode ?? 0,
              rawHeaders: withoutDate(res.rawHeaders),
              headers: res.headers,
              body: Buffer.concat(chunks),
            }),
          );
        })
          .on('error', fail)
          .end();
      }),
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}

describe('sirv sirvPathname', () => {
  it('is the path sirv looks up: without query or fragment, decoded', () => {
    expect(sirvPathname('/verhalen/?x=1')).toBe('/verhalen/');
    expect(sirvPathname('/a.css#top')).toBe('/a.css');
    expect(sirvPathname('/%61.css')).toBe('/a.css');
    expect(sirvPathname('/%E0%A4%A.css')).toBe('/%E0%A4%A.css');
    expect(sirvPathname('/?x')).toBe('/');
  });
});

describe('the response cache in front of sirv', () => {
  const page = `<h1>Verhalen</h1>${'<p>aanmelden</p>'.repeat(40)}`;
  const css = 'a{color:red}'.repeat(20);
  const big = 'a'.repeat(2049);
  const root = mkdtempSync(path.join(tmpdir(), 'response-cache-'));
  const write = (name: string, content: string | Buffer) =>
    writeFileSync(path.join(root, name), content);
  let site: ReturnType<typeof startServer>;

  beforeAll(async () => {
    mkdirSync(path.join(root, 'verhalen'));
    write('verhalen/index.html', page);
    write('verhalen/index.html.br', brotliCompressSync(page));
    write('verhalen/index.html.gz', gzipSync(page));
    write('site.css', css);
    write('range.css', css);
    write('head.css', css);
    write('conditional.css', css);
    write('big.txt', big);
    // After the files are written: sirv lists them at start. Small bounds, so that the tests
    // reach them: 2 KB per answer, 4 KB in all.
    site = startServer(root, { maxEntryBytes: 2048, maxTotalBytes: 4096 });
    await site.listen();
  });

  afterAll(() => site.close());

  it('answers a second request from memory, with the same headers and body, per encoding', async () => {
    const encodings = [
      { accept: {}, file: 'verhalen/index.html', encoding: undefined },
      { accept: { 'accept-encoding': 'gzip' }, file: 'verhalen/index.html.gz', encoding: 'gzip' },
      { accept: { 'accept-encoding': 'gzip, br' }, file: 'verhalen/index.html.br', encoding: 'br' },
    ];
    for (const { accept, file, encoding } of encodings) {
      const first = await site.get('/verhalen/', accept);
      expect(first.status).toBe(200);
      expect(first.headers['content-encoding']).toBe(encoding);
      expect(first.headers['x-content-type-options']).toBe('nosniff');
      write(file, Buffer.alloc(first.body.length, 0x20));
      const second = await site.get('/verhalen/?andere=query', accept);
      expect(second.status).toBe(200);
      expect(second.rawHeaders, file).toEqual(first.rawHeaders);
      expect(second.body.equals(first.body), file).toBe(true);
    }
  });

  it('keeps serving what it cached after the file changed on disk: a new build needs a restart', async () => {
    const first = await site.get('/site.css');
    write('site.css', changed(css));
    const spelledOtherwise = await site.get('/%73ite.css');
    expect(spelledOtherwise.body.toString()).toBe(css);
    expect(spelledOtherwise.rawHeaders).toEqual(first.rawHeaders);
  });

  it('answers HEAD from a GET it cached, and does not cache a HEAD on its own', async () => {
    const head = await site.get('/head.css', {}, 'HEAD');
    expect(head.status).toBe(200);
    expect(head.body.length).toBe(0);
    write('head.css', changed(css));
    const get = await site.get('/head.css');
    expect(get.body.toString()).toBe(changed(css)); // from sirv: the HEAD kept nothing
    expect(get.rawHeaders).toEqual(head.rawHeaders);
    write('head.css', css);
    const headAgain = await site.get('/head.css', {}, 'HEAD');
    expect(headAgain.rawHeaders).toEqual(get.rawHeaders);
    expect(headAgain.body.length).toBe(0);
    expect((await site.get('/head.css')).body.toString()).toBe(changed(css));
  });

  it('leaves conditional requests to sirv, with its 304', async () => {
    const first = await site.get('/conditional.css');
    write('conditional.css', changed(css));
    const etag = String(first.headers['etag']);
    const notModified = await site.get('/conditional.css', { 'if-none-match': etag });
    expect(notModified.status).toBe(304);
    expect(notModified.body.length).toBe(0);
    expect(notModified.headers['x-content-type-options']).toBe('nosniff');
    // sirv does not answer If-Modified-Since; it reads the file again.
    const since = await site.get('/conditional.css', { 'if-modified-since': 'x' });
    expect(since.status).toBe(200);
    expect(since.body.toString()).toBe(changed(css));
    expect((await site.get('/conditional.css')).body.toString()).toBe(css);
  });

  it('leaves Range requests to sirv, with its 206', async () => {
    await site.get('/range.css');
    write('range.css', changed(css));
    const part = await site.get('/range.css', { range: 'bytes=0-3' });
    expect(part.status).toBe(206);
    expect(part.headers['content-range']).toBe(`bytes 0-3/${css.length}`);
    expect(part.body.toString()).toBe(changed(css).slice(0, 4));
  });

  it('does not cache a file larger than the bound per answer', async () => {
    expect((await site.get('/big.txt')).body.toString()).toBe(big);
    write('big.txt', changed(big));
    expect((await site.get('/big.txt')).body.toString()).toBe(changed(big));
  });

  it('stops adding once the bound on all answers is reached', async () => {
    const volRoot = mkdtempSync(path.join(tmpdir(), 'response-cache-vol-'));
    const names = ['een', 'twee', 'drie'];
    for (const name of names) writeFileSync(path.join(volRoot, `${name}.txt`), 'a'.repeat(1500));
    const vol = startServer(volRoot, { maxEntryBytes: 2048, maxTotalBytes: 4096 });
    await vol.listen();
    try {
      for (const name of names) await vol.get(`/${name}.txt`);
      for (const name of names) writeFileSync(path.join(volRoot, `${name}.txt`), 'b'.repeat(1500));
      const firstLetters: string[] = [];
      for (const name of names) {
        const body = (await vol.get(`/${name}.txt`)).body.toString();
        firstLetters.push(body.length === 1500 ? body.slice(0, 1) : body);
      }
      // 2 × 1500 bytes fit in 4 KB, a third does not.
      expect(firstLetters).toEqual(['a', 'a', 'b']);
    } finally {
      await vol.close();
    }
  });
});
