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
