/**
 * The site server (src/server/site-server.ts) on a free port of 127.0.0.1 for unit tests, with
 * settings a test does not care about filled in: a healthy store, a generous rate limit, no
 * trusted proxy. A test passes its own Astro stand-in and whatever it does care about.
 */
import type { Server } from 'node:http';
import { createRateLimiter } from '../../src/server/rate-limit.ts';
import { createSiteServer, type SiteServerOptions } from '../../src/server/site-server.ts';

export interface TestSiteServer {
  server: Server;
  /** `http://127.0.0.1:<port>` */
  base: string;
  close(): Promise<void>;
}

export async function startTestSiteServer(
  options: Partial<SiteServerOptions> & Pick<SiteServerOptions, 'astroHandler'>,
): Promise<TestSiteServer> {
  const server = createSiteServer({
    clientDir: '/nonexistent',
    trustedProxyHops: 0,
    maxBodyBytes: 1000,
    publicOrigin: 'https://werkgevers.example',
    rateLimiter: createRateLimiter({ max: 100, windowSeconds: 60 }),
    health: async () => ({
      status: 'ok',
      store: { writable: true },
      deliveries: { pending: 0, failed: 0, unreachable: 0 },
    }),
    ...options,
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  return {
    server,
    base: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`,
    close: () =>
      new Promise<void>((done) => {
        server.close(() => done());
        server.closeAllConnections();
      }),
  };
}
