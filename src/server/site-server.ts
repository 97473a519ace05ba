/**
 * The one Node process that serves the whole site: pre-rendered pages and assets from
 * `dist/client`, on-demand routes through Astro's handler, and the 404 page for the rest.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { securityHeaders } from './security-headers.ts';
import { createStaticFiles } from './static-files.ts';

/** Astro's Node adapter handler in middleware mode. */
export type AstroHandler = (
  req: IncomingMessage,
  res: ServerResponse,
  next: () => void,
  locals?: object,
) => Promise<void>;

export interface SiteServerOptions {
  clientDir: string;
  astroHandler: AstroHandler;
  /** Passed to every on-demand route as `Astro.locals`. */
  locals?: object;
  /** Trust `X-Forwarded-Proto` from a TLS proxy in front of this process. */
  trustProxy: boolean;
}

function isHttps(req: IncomingMessage, trustProxy: boolean): boolean {
  if ('encrypted' in req.socket && req.socket.encrypted) return true;
  return trustProxy && req.headers['x-forwarded-proto'] === 'https';
}

export function createSiteServer(options: SiteServerOptions): Server {
  const files = createStaticFiles(options.clientDir);

  async function notFound(res: ServerResponse, method: string | undefined) {
    const page = await files.page('404.html');
    res.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' });
    res.end(method === 'HEAD' ? undefined : (page ?? 'Pagina niet gevonden'));
  }

  return createServer(async (req, res) => {
    for (const [name, value] of Object.entries(
      securityHeaders({ https: isHttps(req, options.trustProxy), path: req.url ?? '/' }),
    )) {
      res.setHeader(name, value);
    }
    try {
      if (await files.handle(req, res)) return;
      let passed = false;
      await options.astroHandler(req, res, () => (passed = true), options.locals);
      if (passed && !res.headersSent) await notFound(res, req.method);
    } catch (error) {
      console.error('Request failed:', error instanceof Error ? error.message : error);
      if (!res.headersSent) {
        res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' });
        res.end('Er ging iets mis aan onze kant. Probeer het later opnieuw.');
      } else {
        res.destroy();
      }
    }
  });
}
