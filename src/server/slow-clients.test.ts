/**
 * Slow clients (slowloris) held in the attack on the running server: connections that trickle
 * their headers or their body do not keep anyone else from being served. This keeps that true.
 */
import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startTestSiteServer, type TestSiteServer } from '../../tests/support/test-site-server.ts';

let site: TestSiteServer;
const open: net.Socket[] = [];

/** A connection that sends `start` and then one more byte every `everyMs`, never finishing. */
function trickle(start: string, everyMs: number): Promise<net.Socket> {
  const { hostname, port } = new URL(site.base);
  return new Promise((resolve) => {
    const socket = net.connect(Number(port), hostname, () => {
      socket.write(start);
      const timer = setInterval(() => socket.write('a'), everyMs);
      socket.on('close', () => clearInterval(timer));
      resolve(socket);
    });
    socket.on('error', () => undefined);
    open.push(socket);
  });
}

beforeAll(async () => {
  site = await startTestSiteServer({
    maxBodyBytes: 64 * 1024,
    astroHandler: async (req, res) => {
      for await (const chunk of req) void chunk;
      res.writeHead(200, { 'Content-Type': 'text/plain' });
      res.end('ok');
    },
  });
});

afterAll(async () => {
  // Cutting off the slow bodies makes the server log "Request failed: aborted"; expected here.
  const quiet = vi.spyOn(console, 'error').mockImplementation(() => undefined);
  for (const socket of open) socket.destroy();
  await site.close();
  await new Promise((resolve) => setTimeout(resolve, 50));
  quiet.mockRestore();
});

describe('slow clients', () => {
  it('trickling headers or a body on 150 connections, they keep no one else waiting', async () => {
    const host = `Host: ${new URL(site.base).host}\r\n`;
    await Promise.all([
      ...Array.from({ length: 100 }, () =>
        trickle(`GET /verhalen/ HTTP/1.1\r\n${host}X-Slow: `, 200),
      ),
      ...Array.from({ length: 50 }, () =>
        trickle(
          `POST /bijeenkomsten/x/aanmelden/ HTTP/1.1\r\n${host}Origin: ${site.base}\r\n` +
            'Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 60000\r\n\r\n',
          200,
        ),
      ),
    ]);

    const started = performance.now();
    const answers = await Promise.all(
      Array.from({ length: 10 }, () => fetch(`${site.base}/verhalen/`)),
    );
    const waited = performance.now() - started;

    expect(answers.map((answer) => answer.status)).toEqual(Array(10).fill(200));
    // Generous for a loaded machine; a server that queues behind slow clients waits for ever.
    expect(waited).toBeLessThan(3_000);
    // The slow clients are still connected: they were not simply refused.
    expect(open.filter((socket) => !socket.destroyed)).toHaveLength(150);
  });
});

/**
 * The bounds themselves, through the same `timeouts` option the running site takes its values
 * from (`siteServerTimeouts`), made short here so the test takes a second, not half a minute.
 */
describe('slow clients are cut off', () => {
  const bounds = { headersMs: 600, requestMs: 1_200, keepAliveMs: 400, checkEveryMs: 100 };
  let bounded: TestSiteServer;

  beforeAll(async () => {
    bounded = await startTestSiteServer({
      maxBodyBytes: 64 * 1024,
      timeouts: bounds,
      astroHandler: async (req, res) => {
        // As Astro's Node adapter: the body the server read already, or else the stream.
        let size = (req as { body?: Buffer }).body?.length ?? 0;
        if (size === 0) for await (const chunk of req) size += (chunk as Buffer).length;
        res.writeHead(200, { 'Content-Type': 'text/plain' });
        res.end(`ok ${size}`);
      },
    });
  });

  afterAll(async () => {
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    await bounded.close();
    await new Promise((resolve) => setTimeout(resolve, 50));
    quiet.mockRestore();
  });

  /**
   * Opens a connection, sends `start`, then one byte every 100 ms until the server closes it.
   * Resolves with how long the connection lived and what the server answered.
   */
  function trickleUntilClosed(start: string): Promise<{ ms: number; answer: string }> {
    const { hostname, port } = new URL(bounded.base);
    return new Promise((resolve) => {
      let answer = '';
      const began = performance.now();
      const socket = net.connect(Number(port), hostname, () => {
        socket.write(start);
        const timer = setInterval(() => socket.write('a'), 100);
        socket.on('close', () => {
          clearInterval(timer);
          resolve({ ms: performance.now() - began, answer });
        });
      });
      socket.on('data', (data) => (answer += data.toString()));
      socket.on('error', () => undefined);
    });
  }

  it('a client that trickles its headers gets 408 and is cut off after the headers bound', async () => {
    const host = `Host: ${new URL(bounded.base).host}\r\n`;
    const slow = trickleUntilClosed(`GET /verhalen/ HTTP/1.1\r\n${host}X-Slow: `);
    // Meanwhile a normal client is served at once.
    const normal = await fetch(`${bounded.base}/verhalen/`);
    expect(normal.status).toBe(200);

    const { ms, answer } = await slow;
    expect(answer).toMatch(/^HTTP\/1\.1 408 /);
    expect(ms).toBeGreaterThanOrEqual(bounds.headersMs - 50);
    // The bound, plus one check interval, plus slack for a loaded machine.
    expect(ms).toBeLessThan(bounds.headersMs + bounds.checkEveryMs + 1_000);
  });

  it('a client that trickles its body is cut off after the request bound', async () => {
    const host = `Host: ${new URL(bounded.base).host}\r\n`;
    const slow = trickleUntilClosed(
      `POST /bijeenkomsten/x/aanmelden/ HTTP/1.1\r\n${host}Origin: ${bounded.base}\r\n` +
        'Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 60000\r\n\r\n',
    );
    // A normal form post, body and all, is served meanwhile.
    const normal = await fetch(`${bounded.base}/bijeenkomsten/x/aanmelden/`, {
      method: 'POST',
      headers: { Origin: bounded.base, 'Content-Type': 'application/x-www-form-urlencoded' },
      body: 'naam=Jan&email=jan%40voorbeeld.nl',
    });
    expect(normal.status).toBe(200);
    expect(await normal.text()).toBe('ok 33');

    const { ms, answer } = await slow;
    // It never got the site's answer: its request was not complete.
    expect(answer).not.toContain('ok ');
    expect(ms).toBeGreaterThanOrEqual(bounds.requestMs - 50);
    expect(ms).toBeLessThan(bounds.requestMs + bounds.checkEveryMs + 1_000);
  });

  it('closes an idle keep-alive connection after the keep-alive bound', async () => {
    const { hostname, port } = new URL(bounded.base);
    const closedAfter = await new Promise<{ ms: number; answer: string }>((resolve) => {
      let answer = '';
      let answeredAt = 0;
      const socket = net.connect(Number(port), hostname, () =>
        socket.write(`GET /verhalen/ HTTP/1.1\r\nHost: ${hostname}:${port}\r\n\r\n`),
      );
      socket.on('data', (data) => {
        answer += data.toString();
        answeredAt ||= performance.now();
      });
      socket.on('close', () => resolve({ ms: performance.now() - answeredAt, answer }));
      socket.on('error', () => undefined);
    });
    expect(closedAfter.answer).toMatch(/^HTTP\/1\.1 200 /);
    expect(closedAfter.ms).toBeGreaterThanOrEqual(bounds.keepAliveMs - 50);
    // Node keeps the socket one second beyond the bound, so a client's reuse at the edge
    // does not race the close; plus slack for a loaded machine.
    expect(closedAfter.ms).toBeLessThan(bounds.keepAliveMs + 1_000 + 1_000);
  });
});
