/**
 * Stops an HTTP server gracefully under keep-alive traffic. Node's own `server.close()` closes
 * idle connections at once, but a keep-alive client may be sending its next request on one at
 * that moment (it gets a reset), and busy connections go on being served for as long as their
 * clients keep sending. Here, once draining:
 * - no new connections are accepted;
 * - every response not yet begun, and every request that still arrives on an open connection,
 *   is answered with `Connection: close`, so its client reconnects elsewhere;
 * - a connection left idle is closed after `idleGraceMs` without a request (a client that was
 *   about to send has sent by then, and is answered as above);
 * - after `maxMs` the connections still open are closed, so a slow client cannot hold the stop.
 */
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { Server as NetServer } from 'node:net';

export interface GracefulStopOptions {
  idleGraceMs?: number;
  maxMs?: number;
}

export interface GracefulStop {
  /** Starts draining; resolves when the last connection has closed. */
  drain(): Promise<void>;
}

export function gracefulStop(server: Server, options: GracefulStopOptions = {}): GracefulStop {
  const idleGraceMs = options.idleGraceMs ?? 1_000;
  const maxMs = options.maxMs ?? 5_000;
  const inFlight = new Set<ServerResponse>();
  let draining: Promise<void> | undefined;
  let drainStartedAt = 0;
  /** When a response that kept its connection alive last ended during the drain. */
  let lastKeepAliveEnd = 0;

  const closeAfter = (res: ServerResponse) => {
    if (!res.headersSent) res.setHeader('Connection', 'close');
  };

  // Before the site's own handler, which may answer at once.
  server.prependListener('request', (_req: IncomingMessage, res: ServerResponse) => {
    if (draining) {
      closeAfter(res);
      return;
    }
    inFlight.add(res);
    res.on('finish', () => {
      // shouldKeepAlive stays true when a handler set `Connection: close` itself.
      const keptAlive = res.shouldKeepAlive && !/close/i.test(String(res.getHeader('connection')));
      if (draining && keptAlive) lastKeepAliveEnd = Date.now();
    });
    res.on('close', () => inFlight.delete(res));
  });

  return {
    drain() {
      draining ??= new Promise<void>((resolve) => {
        drainStartedAt = Date.now();
        inFlight.forEach(closeAfter);
        // net's close only stops accepting; http's would also cut the idle connections now.
        NetServer.prototype.close.call(server, () => {
          clearInterval(idleCheck);
          clearTimeout(deadline);
          resolve();
        });
        const idleCheck = setInterval(() => {
          if (Date.now() - Math.max(drainStartedAt, lastKeepAliveEnd) >= idleGraceMs) {
            server.closeIdleConnections();
          }
        }, 100);
        const deadline = setTimeout(() => server.closeAllConnections(), maxMs);
        idleCheck.unref();
        deadline.unref();
      });
      return draining;
    },
  };
}
