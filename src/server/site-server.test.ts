import { connect } from 'node:net';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { request, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRateLimiter } from './rate-limit.ts';
import { startTestSiteServer, type TestSiteServer } from '../../tests/support/test-site-server.ts';
import { createSiteServer, routedUrl } from './site-server.ts';

const page = `<!doctype html><h1>Uw aannameplan</h1>${'<p>Regeling</p>'.repeat(200)}`;

function rawGet(url: string, headers: Record<string, string>) {
  return new Promise<{ headers: Record<string, unknown>; body: Buffer }>((done, fail) => {
    request(url, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => done({ headers: res.headers, body: Buffer.concat(chunks) }));
    })
      .on('error', fail)
      .end();
  });
}

describe('the site server', () => {
  let server: Server;
  let base: string;
  let healthy = true;

  beforeAll(async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'site-'));
    writeFileSync(path.join(root, 'index.html'), '<h1>Home</h1>');
    writeFileSync(path.join(root, '404.html'), '<h1>Niet gevonden</h1>');
    server = createSiteServer({
      clientDir: root,
      trustedProxyHops: 1,
      maxBodyBytes: 100,
      publicOrigin: 'https://werkgevers.example',
      rateLimiter: createRateLimiter({ max: 2, windowSeconds: 60 }),
      health: async () => ({
        status: healthy ? 'ok' : 'down',
        store: { writable: healthy },
        deliveries: { pending: 3, failed: 0, unreachable: 0 },
      }),
      astroHandler: async (req, res, next) => {
        if (req.url === '/uitkomst/') {
          // Written the way Astro writes a page: head, chunks, end.
          res.writeHead(200, {
            'Content-Type': 'text/html',
            'Content-Length': String(page.length),
          });
          res.write(page.slice(0, 1000));
          res.write(page.slice(1000));
          res.end();
        } else if (req.url?.startsWith('/dynamisch')) {
          res.writeHead(200, { 'Content-Type': 'text/plain' });
          res.end(`dynamisch ${req.method}`);
        } else if (req.url?.startsWith('/api/')) {
          res.writeHead(200, { 'Content-Type': 'text/plain' });
          res.end(`routed ${req.url}`);
        } else next();
      },
    });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    const address = server.address();
    base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  });

  afterAll(() => new Promise<void>((done) => server.close(() => done())));

  it('serves static pages, on-demand routes and the 404 page', async () => {
    expect(await (await fetch(`${base}/`)).text()).toBe('<h1>Home</h1>');
    expect(await (await fetch(`${base}/dynamisch`)).text()).toBe('dynamisch GET');
    const missing = await fetch(`${base}/nergens/`);
    expect(missing.status).toBe(404);
    expect(await missing.text()).toContain('Niet gevonden');
  });

  it('compresses on-demand pages as the browser accepts, keeping the HTML headers', async () => {
    const br = await rawGet(`${base}/uitkomst/`, { 'accept-encoding': 'gzip, br' });
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers['content-length']).toBeUndefined();
    expect(br.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(String(br.headers['content-security-policy'])).toContain("frame-ancestors 'none'");
    expect(brotliDecompressSync(br.body).toString()).toBe(page);
    expect(br.body.length).toBeLessThan(page.length / 4);
    const gz = await rawGet(`${base}/uitkomst/`, { 'accept-encoding': 'gzip' });
    expect(gunzipSync(gz.body).toString()).toBe(page);
    const plain = await rawGet(`${base}/uitkomst/`, { 'accept-encoding': 'identity' });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString()).toBe(page);
  });

  it('hands the CMS login to Astro in its spelling, with or without the trailing slash', async () => {
    // Decap opens the first without a slash; GitHub returns to the registered callback URL.
    const answer = async (url: string, client: string) =>
      (await fetch(`${base}${url}`, { headers: { 'x-forwarded-for': client } })).text();
    expect(await answer('/api/cms/auth?provider=github&site_id=x', '10.1.0.1')).toBe(
      'routed /api/cms/auth/?provider=github&site_id=x',
    );
    expect(await answer('/api/cms/callback?code=c&state=s', '10.1.0.2')).toBe(
      'routed /api/cms/callback/?code=c&state=s',
    );
  });

  it('sends the security headers on every answer, HSTS only over https', async () => {
    const plain = await fetch(`${base}/`);
    expect(plain.headers.get('x-content-type-options')).toBe('nosniff');
    expect(plain.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
    expect(plain.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(plain.headers.get('strict-transport-security')).toBeNull();
    const proxied = await fetch(`${base}/`, { headers: { 'x-forwarded-proto': 'https' } });
    expect(proxied.headers.get('strict-transport-security')).toContain('max-age=');
  });

  it('sets its own headers on every answer, also when the file comes from memory', async () => {
    // The first answer is sirv's and is kept; the next ones come from memory (response-cache.ts).
    for (const https of [false, true, false]) {
      const answer = await rawGet(`${base}/`, https ? { 'x-forwarded-proto': 'https' } : {});
      expect(answer.body.toString()).toBe('<h1>Home</h1>');
      expect(answer.headers['cache-control']).toBe('public, max-age=0, must-revalidate');
      expect(answer.headers['x-frame-options']).toBe('DENY');
      expect(answer.headers['strict-transport-security'] !== undefined, String(https)).toBe(https);
    }
  });

  it('reports health as JSON, 503 when the store cannot be written', async () => {
    expect(await (await fetch(`${base}/healthz`)).json()).toEqual({
      status: 'ok',
      store: { writable: true },
      deliveries: { pending: 3, failed: 0, unreachable: 0 },
    });
    healthy = false;
    expect((await fetch(`${base}/healthz`)).status).toBe(503);
    healthy = true;
  });

  it('refuses a body larger than the limit with 413', async () => {
    const response = await fetch(`${base}/dynamisch`, {
      method: 'POST',
      headers: { 'x-forwarded-for': '10.0.0.9' },
      body: 'x'.repeat(500),
    });
    expect(response.status).toBe(413);
  });

  it('limits posts per client with 429 and Retry-After, other clients unaffected', async () => {
    const post = (client: string) =>
      fetch(`${base}/dynamisch`, {
        method: 'POST',
        headers: { 'x-forwarded-for': client, origin: base },
        body: 'a=1',
      });
    expect((await post('10.0.0.1')).status).toBe(200);
    expect((await post('10.0.0.1')).status).toBe(200);
    const limited = await post('10.0.0.1');
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await post('10.0.0.2')).status).toBe(200);
    expect((await fetch(`${base}/dynamisch`)).status).toBe(200);
  });
});

describe('the site server at its edges', () => {
  let site: TestSiteServer;
  let base: string;
  let astroCalls = 0;

  beforeAll(async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'site-'));
    writeFileSync(path.join(root, '404.html'), '<h1>Niet gevonden</h1>');
    site = await startTestSiteServer({
      clientDir: root,
      trustedProxyHops: 1,
      astroHandler: async (_req, res) => {
        astroCalls += 1;
        res.writeHead(200);
        res.end('ok');
      },
    });
    base = site.base;
  });

  afterAll(() => site.close());

  const send = (method: string, path: string, headers: Record<string, string> = {}) =>
    new Promise<{ status: number; allow: string | undefined; body: string }>((resolve, reject) => {
      const req = request(new URL(path, base), { method, headers }, (res) => {
        let body = '';
        res.on('data', (chunk: Buffer) => (body += chunk.toString()));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, allow: res.headers.allow, body }),
        );
      });
      req.on('error', reject);
      req.end(method === 'POST' ? 'a=1' : undefined);
    });

  it('answers methods it does not use with 405 and Allow, never reaching the site', async () => {
    for (const method of ['TRACE', 'PUT', 'DELETE', 'PATCH', 'OPTIONS']) {
      expect(await send(method, '/bijeenkomsten/x/aangemeld/?code=geheim')).toMatchObject({
        status: 405,
        allow: 'GET, HEAD, POST',
      });
    }
    expect(await send('POST', '/healthz')).toMatchObject({ status: 405, allow: 'GET, HEAD' });
    expect(astroCalls).toBe(0);
  });

  it('takes a form post only from this site, and says so in Dutch', async () => {
    expect((await send('POST', '/formulier/', { origin: base })).status).toBe(200);
    expect(
      (await send('POST', '/formulier/', { origin: 'https://werkgevers.example' })).status,
    ).toBe(200);
    // Behind the trusted TLS proxy the browser's origin is https with the proxied host.
    const proxied = { host: 'site.example', 'x-forwarded-proto': 'https' };
    expect(
      (await send('POST', '/formulier/', { ...proxied, origin: 'https://site.example' })).status,
    ).toBe(200);
    for (const origin of ['https://evil.example', 'http://site.example', undefined]) {
      const answer = await send('POST', '/formulier/', {
        ...proxied,
        ...(origin ? { origin } : {}),
      });
      expect(answer.status).toBe(403);
      expect(answer.body).toContain('niet verstuurd vanaf deze website');
    }
    expect(astroCalls).toBe(3);
  });
});

describe('the body of a post', () => {
  it('reaches Astro as the bytes the server read, announced or chunked, and a GET has none', async () => {
    const site = await startTestSiteServer({
      astroHandler: async (_req, res, _next, locals) => {
        const body = (locals as { postedBody?: Buffer } | undefined)?.postedBody;
        res.writeHead(200, { 'Content-Type': 'text/plain' });
        res.end(body ? `gelezen: ${body.toString()}` : 'niets');
      },
    });
    try {
      const post = (body: BodyInit) =>
        fetch(`${site.base}/formulier/`, {
          method: 'POST',
          headers: { origin: site.base, 'content-type': 'application/x-www-form-urlencoded' },
          body,
          duplex: 'half',
        } as RequestInit).then((answer) => answer.text());
      expect(await post('naam=Anna')).toBe('gelezen: naam=Anna');
      // Without a length (Transfer-Encoding: chunked).
      const chunked = new ReadableStream({
        start(controller) {
          controller.enqueue(new TextEncoder().encode('naam='));
          controller.enqueue(new TextEncoder().encode('Bert'));
          controller.close();
        },
      });
      expect(await post(chunked)).toBe('gelezen: naam=Bert');
      expect(await (await fetch(`${site.base}/formulier/`)).text()).toBe('niets');
    } finally {
      await site.close();
    }
  });
});

describe('a post from another site', () => {
  it('gets its 403 without the server waiting for its body', async () => {
    let reached = 0;
    const site = await startTestSiteServer({
      astroHandler: async (_req, res) => {
        reached += 1;
        res.end();
      },
    });
    try {
      const { hostname, port } = new URL(site.base);
      // Announces a body and never sends it: only an answer that does not wait for it arrives.
      const head = await new Promise<string>((resolve, reject) => {
        const socket = connect(Number(port), hostname, () =>
          socket.write(
            'POST /formulier/ HTTP/1.1\r\n' +
              `Host: ${hostname}:${port}\r\nOrigin: https://evil.example\r\n` +
              'Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 900\r\n\r\n',
          ),
        );
        let raw = '';
        socket.on('data', (chunk: Buffer) => {
          raw += chunk.toString();
          if (raw.includes('\r\n\r\n')) {
            socket.destroy();
            resolve(raw);
          }
        });
        socket.on('error', reject);
      });
      expect(head).toMatch(/^HTTP\/1\.1 403 /);
      expect(reached).toBe(0);
    } finally {
      await site.close();
    }
  });
});

describe('routedUrl', () => {
  it('adds the slash to the two CMS login paths only, keeping the query', () => {
    expect(routedUrl('/api/cms/auth')).toBe('/api/cms/auth/');
    expect(routedUrl('/api/cms/auth/?provider=github')).toBe('/api/cms/auth/?provider=github');
    expect(routedUrl('/api/cms/callback?state=a&code=b')).toBe('/api/cms/callback/?state=a&code=b');
    for (const other of ['/api/cms/authx', '/api/cms/auth/refresh', '/verhalen', '/api/cms']) {
      expect(routedUrl(other)).toBe(other);
    }
  });
});
