import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rawRequest } from '../../tests/support/raw-http.ts';
import { startTestSiteServer, type TestSiteServer } from '../../tests/support/test-site-server.ts';

/** A chunked POST of `bytes` bytes in chunks of 8 KiB, as a client that sends no length would. */
function chunkedPost(base: string, bytes: number) {
  const chunk = 'a'.repeat(8 * 1024);
  let body = '';
  for (let sent = 0; sent < bytes; sent += chunk.length) {
    const part = chunk.slice(0, Math.min(chunk.length, bytes - sent));
    body += `${part.length.toString(16)}\r\n${part}\r\n`;
  }
  body += '0\r\n\r\n';
  return rawRequest(
    base,
    [
      'POST /bijeenkomsten/x/aanmelden/ HTTP/1.1',
      `Host: ${new URL(base).host}`,
      `Origin: ${base}`,
      'Content-Type: application/x-www-form-urlencoded',
      'Transfer-Encoding: chunked',
      'Connection: close',
      '',
      body,
    ].join('\r\n'),
  );
}

describe('the body limit for chunked requests', () => {
  let site: TestSiteServer;
  let base: string;
  const seen: number[] = [];

  beforeAll(async () => {
    site = await startTestSiteServer({
      maxBodyBytes: 16 * 1024,
      // Reads the body the way Astro's Node adapter does: `req.body` when set, else the stream.
      astroHandler: async (req, res) => {
        const kept = (req as typeof req & { body?: Buffer }).body;
        let length = kept?.length ?? 0;
        if (!kept) for await (const chunk of req) length += (chunk as Buffer).length;
        seen.push(length);
        res.writeHead(200, { 'Content-Type': 'text/plain' });
        res.end(`ontvangen ${length}`);
      },
    });
    base = site.base;
  });

  afterAll(() => site.close());

  it('refuses a chunked body over the limit with 413 and a Dutch message, never reaching the site', async () => {
    const before = seen.length;
    const answer = await chunkedPost(base, 70 * 1024);
    expect(answer.status).toBe(413);
    expect(answer.body).toContain('Uw bericht is te groot.');
    expect(seen.length).toBe(before);
  });

  it('passes a chunked body within the limit on, whole', async () => {
    const answer = await chunkedPost(base, 10 * 1024);
    expect(answer.status).toBe(200);
    expect(answer.body).toContain(`ontvangen ${10 * 1024}`);
  });
});
