import { createServer, request, Agent } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { keepAliveTraffic } from '../../tests/support/keep-alive-clients.ts';
import { gracefulStop } from './graceful-stop.ts';

async function busyServer() {
  const server = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      // A little work, so that requests are in flight when the stop begins.
      setTimeout(
        () => res.writeHead(200, { 'content-type': 'text/plain' }).end('x'.repeat(2000)),
        2,
      );
    });
  });
  const stop = gracefulStop(server, { idleGraceMs: 300, maxMs: 3_000 });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, stop, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

describe('gracefulStop', () => {
  it('answers 20 busy keep-alive clients with Connection: close and resets none', async () => {
    const { stop, url } = await busyServer();
    const traffic = keepAliveTraffic(url, 20, { path: '/', body: () => 'a=1' });
    await new Promise((resolve) => setTimeout(resolve, 300));
    const answeredBefore = traffic.answered;
    const started = Date.now();
    await stop.drain();
    await traffic.done;
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(answeredBefore).toBeGreaterThan(20);
    expect(traffic.errors).toEqual([]);
    expect(traffic.incomplete).toBe(0);
    expect(traffic.closed).toBe(20);
  });

  it('closes an idle keep-alive connection after the grace, and accepts no new ones', async () => {
    const { stop, url } = await busyServer();
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    let closedAt = 0;
    let clientClosed: Promise<void> = Promise.resolve();
    await new Promise<void>((resolve) => {
      const req = request(`${url}/`, { method: 'POST', agent }, (res) => {
        res.resume();
        res.on('end', resolve);
      });
      req.on('socket', (socket) => {
        clientClosed = new Promise((closed) =>
          socket.once('close', () => closed(void (closedAt = Date.now()))),
        );
      });
      req.end();
    });
    const started = Date.now();
    await stop.drain();
    await clientClosed;
    expect(closedAt - started).toBeGreaterThanOrEqual(250);
    await expect(fetch(`${url}/`)).rejects.toThrow();
    agent.destroy();
  });
});
