/**
 * The Node server of the whole site (the one process, or each of SITE_PROCESSES): pre-rendered
 * pages and assets from `dist/client`, on-demand routes through Astro's handler, /healthz, and the
 * 404 page for the rest. Requests that change something (and the export API) pass a per-client
 * rate limit and a body size limit first.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { constants } from 'node:zlib';
import compression from 'compression';
import { loginPaths } from '../lib/cms-oauth.ts';
import { hasUnannouncedBody, keptBody, readLimitedBody } from './body-limit.ts';
import { clientAddress } from './client-address.ts';
import { protectHtmlHeaders } from './html-headers.ts';
import type { HealthReport } from './health.ts';
import type { RateDecision } from './rate-limit.ts';
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
  /**
   * How many proxies run in front of this process (TRUST_PROXY); with one or more,
   * `X-Forwarded-Proto` and that many `X-Forwarded-For` entries are trusted.
   */
  trustedProxyHops: number;
  /** This process's limiter, or one that asks the process all site processes share. */
  rateLimiter: { take(key: string): RateDecision | Promise<RateDecision> };
  health: () => Promise<HealthReport>;
  /** Larger request bodies are refused with 413; the signup form needs a few kilobytes. */
  maxBodyBytes: number;
  /** The public origin (SITE_URL), accepted as a form's Origin besides this request's own. */
  publicOrigin: string;
  /** What every on-demand request finds on `Astro.locals` (the signup pipeline). */
  locals?: () => object;
  /** How long a client may take; `siteServerTimeouts` unless a test needs short bounds. */
  timeouts?: ServerTimeouts;
}

/** The bounds on how slowly a client may talk to the server (see `siteServerTimeouts`). */
export interface ServerTimeouts {
  /** A request's headers must be complete this long after its first byte, or it gets 408. */
  headersMs: number;
  /** A whole request, headers and body, must be in this long after its first byte, or 408. */
  requestMs: number;
  /** An idle keep-alive connection is closed after this long. */
  keepAliveMs: number;
  /** How often Node checks the first two bounds; a slow client is cut off at most this late. */
  checkEveryMs: number;
}

/**
 * The bounds of the running site (README, Operations). A form site needs a few kilobytes per
 * request: a real browser sends its headers in milliseconds and a signup within a second even on
 * a bad mobile line, so 10 s for the headers and 30 s for the whole request leave plenty of room,
 * while a client that trickles bytes to hold a connection (slowloris) is cut off instead of
 * holding it for Node's defaults (60 s and 300 s). Keep-alive stays at Node's 5 s: long enough
 * for a page's assets, short enough that idle connections do not pile up. A proxy that keeps
 * connections to this server open must close its idle ones sooner (README, Operations).
 */
export const siteServerTimeouts: ServerTimeouts = {
  headersMs: 10_000,
  requestMs: 30_000,
  keepAliveMs: 5_000,
  checkEveryMs: 1_000,
};

/** The methods the site answers; anything else (TRACE, PUT, DELETE, ...) gets 405. */
const allowedMethods = ['GET', 'HEAD', 'POST'];

function isHttps(req: IncomingMessage, trustProxy: boolean): boolean {
  if ('encrypted' in req.socket && req.socket.encrypted) return true;
  return trustProxy && req.headers['x-forwarded-proto'] === 'https';
}

/**
 * A form post must come from a page of this site: its Origin is this request's own origin (as the
 * browser saw it, so behind a trusted TLS proxy https) or the public one. Astro checks the same;
 * checking here first gives people a Dutch message instead of Astro's English one.
 */
export function isSameOrigin(
  req: IncomingMessage,
  trustProxy: boolean,
  publicOrigin: string,
): boolean {
  const origin = req.headers.origin;
  if (!origin) return false;
  const own = `${isHttps(req, trustProxy) ? 'https' : 'http'}://${req.headers.host ?? ''}`;
  return origin === own || origin === publicOrigin;
}

/**
 * The address Astro routes. The site's routes end in a slash (trailingSlash: 'always'), but the
 * CMS login is called without one by Decap and by GitHub: those exact paths get the slash here.
 */
export function routedUrl(url: string): string {
  const pathname = url.split('?', 1)[0] ?? url;
  return loginPaths.includes(pathname) ? `${pathname}/${url.slice(pathname.length)}` : url;
}

function isLimited(req: IncomingMessage): boolean {
  const method = req.method ?? 'GET';
  return !['GET', 'HEAD', 'OPTIONS'].includes(method) || (req.url ?? '').startsWith('/api/');
}

function plain(
  res: ServerResponse,
  status: number,
  text: string,
  headers: Record<string, string> = {},
) {
  res.writeHead(status, {
    'Content-Type': 'text/plain; charset=utf-8',
    'Cache-Control': 'no-store',
    ...headers,
  });
  res.end(text);
}

/**
 * Compresses the answers of on-demand routes (signup pages, the wijzer's result, exports), brotli
 * or gzip as the browser accepts, text only. Static files come compressed from the build.
 * The package is typed for Express; it only uses what node:http's request and response have.
 */
const compressOnDemand = compression({
  brotli: { params: { [constants.BROTLI_PARAM_QUALITY]: 5 } },
}) as unknown as (req: IncomingMessage, res: ServerResponse, next: () => void) => void;

export function createSiteServer(options: SiteServerOptions): Server {
  const files = createStaticFiles(options.clientDir);

  async function notFound(res: ServerResponse, method: string | undefined) {
    const page = await files.page('404.html');
    res.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' });
    res.end(method === 'HEAD' ? undefined : (page ?? 'Pagina niet gevonden'));
  }

  async function handle(req: IncomingMessage, res: ServerResponse) {
    try {
      for (const [name, value] of Object.entries(
        securityHeaders({
          https: isHttps(req, options.trustedProxyHops > 0),
          path: req.url ?? '/',
        }),
      )) {
        res.setHeader(name, value);
      }
      const method = req.method ?? 'GET';
      const healthz = req.url === '/healthz';
      const allowed = healthz ? ['GET', 'HEAD'] : allowedMethods;
      if (!allowed.includes(method)) {
        plain(res, 405, 'Deze methode wordt hier niet gebruikt.', { Allow: allowed.join(', ') });
        req.resume();
        return;
      }
      if (healthz) {
        const report = await options.health();
        res.writeHead(report.status === 'down' ? 503 : 200, {
          'Content-Type': 'application/json; charset=utf-8',
          'Cache-Control': 'no-store',
        });
        res.end(JSON.stringify(report));
        return;
      }
      if (isLimited(req)) {
        const decision = await options.rateLimiter.take(
          clientAddress(req, options.trustedProxyHops),
        );
        if (!decision.allowed) {
          plain(
            res,
            429,
            'U heeft te vaak achter elkaar iets verstuurd. Probeer het over een paar minuten opnieuw.',
            {
              'Retry-After': String(decision.retryAfterSeconds),
            },
          );
          return;
        }
        const length = Number(req.headers['content-length'] ?? 0);
        const tooLarge = () => {
          plain(res, 413, 'Uw bericht is te groot.', { Connection: 'close' });
          req.resume();
        };
        if (length > options.maxBodyBytes) return tooLarge();
        if (
          method === 'POST' &&
          !isSameOrigin(req, options.trustedProxyHops > 0, options.publicOrigin)
        ) {
          plain(
            res,
            403,
            'Dit formulier is niet verstuurd vanaf deze website. Open de pagina op de website opnieuw en verstuur het daar.',
          );
          req.resume();
          return;
        }
        // Only then is the body read, within the limit, and handed to Astro as one buffer:
        // cheaper than Astro reading the stream itself through a web stream on every post.
        if (length > 0 || hasUnannouncedBody(req)) {
          const read = await readLimitedBody(req, options.maxBodyBytes);
          if (read === 'aborted') return;
          if (read === 'too-large') return tooLarge();
        }
      }
      if (await files.handle(req, res)) return;
      let passed = false;
      req.url = routedUrl(req.url ?? '/');
      protectHtmlHeaders(res);
      compressOnDemand(req, res, () => {});
      // A post's body read above goes along, so that a form page need not read it again.
      const postedBody = req.method === 'POST' ? keptBody(req) : undefined;
      const locals = { ...options.locals?.(), ...(postedBody ? { postedBody } : {}) };
      await options.astroHandler(req, res, () => (passed = true), locals);
      if (passed && !res.headersSent) await notFound(res, req.method);
    } catch (error) {
      console.error('Request failed:', error instanceof Error ? error.message : error);
      if (!res.headersSent) {
        plain(res, 500, 'Er ging iets mis aan onze kant. Probeer het later opnieuw.');
      } else {
        res.destroy();
      }
    }
  }

  // node:http ignores the promise a handler returns: a rejection that got past `handle`'s own
  // catch (answering the 500 itself failed) would go unhandled and stop the process. It is caught
  // here and ends that one connection instead.
  const timeouts = options.timeouts ?? siteServerTimeouts;
  const server = createServer(
    {
      headersTimeout: timeouts.headersMs,
      requestTimeout: timeouts.requestMs,
      connectionsCheckingInterval: timeouts.checkEveryMs,
    },
    (req, res) => {
      handle(req, res).catch((error: unknown) => {
        console.error('Answering failed:', error instanceof Error ? error.message : error);
        res.destroy();
      });
    },
  );
  // A property rather than a createServer option: older Node releases ignore the option.
  server.keepAliveTimeout = timeouts.keepAliveMs;
  return server;
}
