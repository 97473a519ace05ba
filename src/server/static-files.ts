/**
 * Serves the pre-rendered site from `dist/client` with sirv: directory URLs map to their
 * index.html, the `.br`/`.gz` copies made at build time (src/integrations/precompress.ts) go to
 * browsers that accept them, and sirv answers HEAD, ETag (304) and Range. What the project adds:
 * the redirect to the trailing slash, the cache policy, an honest charset on HTML, and a copy in
 * memory of sirv's answers for small files (response-cache.ts).
 */
import { readFile, stat } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import sirv from 'sirv';
import {
  createResponseCache,
  defaultCacheLimits,
  replay,
  type ResponseCacheLimits,
} from './response-cache.ts';
import { sameOriginPath } from './safe-redirect.ts';

export type Encoding = 'br' | 'gzip' | 'identity';

/**
 * The best encoding the client accepts. sirv only looks for the word "br" or "gzip" in
 * Accept-Encoding, so an encoding refused with q=0 is taken out first.
 */
export function negotiateEncoding(acceptEncoding: string | undefined): Encoding {
  const accepted = (acceptEncoding ?? '')
    .split(',')
    .map((part) => part.trim().split(';'))
    .filter(([, q]) => !q || !/^q=0(\.0*)?$/.test(q.trim()))
    .map(([name]) => name?.trim().toLowerCase());
  if (accepted.includes('br')) return 'br';
  if (accepted.includes('gzip')) return 'gzip';
  return 'identity';
}

/**
 * The file a URL path refers to inside `root`, or undefined when the path escapes it. Directory
 * paths end in a slash and map to their index.html.
 */
export function filePathFor(root: string, urlPath: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return undefined;
  }
  if (decoded.includes('\0')) return undefined;
  const relative = decoded.endsWith('/') ? `${decoded}index.html` : decoded;
  const resolved = path.resolve(root, `.${path.posix.normalize(relative)}`);
  return resolved.startsWith(root + path.sep) ? resolved : undefined;
}

/**
 * The path sirv looks a request up by: @polka/url's pathname (up to the first "#" or "?" after
 * the first character), then decodeURI when it has a "%". Every URL sirv maps to the same file
 * gets the same path, so the response cache cannot be filled with spellings of one file.
 */
export function sirvPathname(url: string): string {
  let pathname = url;
  if (url.length > 1) {
    const hash = pathname.indexOf('#', 1);
    if (hash !== -1) pathname = pathname.slice(0, hash);
    const query = pathname.indexOf('?', 1);
    if (query !== -1) pathname = pathname.slice(0, query);
  }
  if (pathname.includes('%')) {
    try {
      pathname = decodeURI(pathname);
    } catch {
      // sirv looks the path up as it is, too.
    }
  }
  return pathname;
}

const oneYear = 'public, max-age=31536000, immutable';

/** Pagefind's index files carry a hash of their content in their name, like Vite's assets. */
const pagefindHashed = /^\/pagefind\/.*\.pf_(fragment|index|filter|meta)$/;

export function cacheControlFor(urlPath: string): string {
  if (urlPath.startsWith('/_astro/') || pagefindHashed.test(urlPath)) return oneYear;
  if (urlPath.endsWith('/') || urlPath.endsWith('.html'))
    return 'public, max-age=0, must-revalidate';
  // The favicon keeps its name for years; a new icon gets a new name. Not immutable, so a reload
  // still checks it.
  if (urlPath === '/favicon.svg') return 'public, max-age=31536000';
  return 'public, max-age=3600';
}

function isHtml(urlPath: string): boolean {
  return urlPath.endsWith('/') || urlPath.endsWith('.html');
}

async function isDirectory(file: string): Promise<boolean> {
  try {
    return (await stat(file)).isDirectory();
  } catch {
    return false;
  }
}

export interface StaticFiles {
  /** Answers the request when a file exists for it; returns false to let the next handler try. */
  handle(req: IncomingMessage, res: ServerResponse): Promise<boolean>;
  /** The body of a page, e.g. 404.html, for answers with another status. */
  page(relativePath: string): Promise<Buffer | undefined>;
}

export function createStaticFiles(
  root: string,
  cacheLimits: ResponseCacheLimits = defaultCacheLimits,
): StaticFiles {
  const absoluteRoot = path.resolve(root);
  // sirv lists the build's files once at start, with their size and date (production mode): the
  // build must not change under a running server, a new build needs a restart (README,
  // Deploying). The response cache relies on the same rule.
  const cache = createResponseCache(cacheLimits);
  const serve = existsSync(absoluteRoot)
    ? sirv(absoluteRoot, {
        etag: true,
        brotli: true,
        gzip: true,
        setHeaders(res, pathname) {
          // sirv writes `text/html;charset=utf-8`; the site's pages all say it the same way.
          if (isHtml(pathname)) res.setHeader('Content-Type', 'text/html; charset=utf-8');
        },
      })
    : undefined;

  return {
    async page(relativePath) {
      const file = filePathFor(absoluteRoot, `/${relativePath}`);
      return file ? readFile(file).catch(() => undefined) : undefined;
    },

    async handle(req, res) {
      if (!serve || (req.method !== 'GET' && req.method !== 'HEAD')) return false;
      const { pathname, search } = new URL(req.url ?? '/', 'http://localhost');

      // "/verhalen" → "/verhalen/": the site's canonical URLs all end in a slash. Other paths
      // without either are no file (sirv would serve "/404" as 404.html, with 200).
      if (!pathname.endsWith('/') && !path.extname(pathname)) {
        const file = filePathFor(absoluteRoot, pathname);
        if (!file || !(await isDirectory(file))) return false;
        res.writeHead(301, { Location: sameOriginPath(`${pathname}/`, search) });
        res.end();
        return true;
      }

      // sirv reads a suffix range ("bytes=-500") from the start and ignores If-Range; the whole
      // file is always a correct answer to a Range, so only plain "bytes=N-" and "N-M" get through.
      const range = req.headers.range;
      if (range && (!/^bytes=\d+-\d*$/.test(range) || req.headers['if-range'])) {
        delete req.headers.range;
      }
      const acceptEncoding = req.headers['accept-encoding'];
      req.headers['accept-encoding'] = negotiateEncoding(acceptEncoding);
      // Set before sirv answers, so a 304 carries the policy too; on every request, never cached.
      res.setHeader('Cache-Control', cacheControlFor(pathname));

      // sirv picks the file by this path and by the negotiated encoding (brotli for "br", gzip for
      // "gzip", the file itself for "identity"), so the two name its answer exactly. Conditional
      // and Range requests always go to sirv, so its 304 and 206 stay its own. A Range taken out
      // above gets sirv's whole 200, the same as the cached one.
      const key = `${req.headers['accept-encoding']} ${sirvPathname(req.url ?? '/')}`;
      const plainRequest =
        !req.headers.range && !req.headers['if-none-match'] && !req.headers['if-modified-since'];
      const cached = plainRequest ? cache.get(key) : undefined;
      if (cached) {
        replay(res, cached, req.method === 'HEAD');
        return true;
      }
      // A HEAD only reuses what a GET recorded: it has no body to keep.
      const stopRecording =
        plainRequest && req.method === 'GET' ? cache.record(key, res) : undefined;
      let passed = false;
      serve(req, res, () => {
        passed = true;
      });
      if (passed) {
        stopRecording?.();
        res.removeHeader('Cache-Control');
        req.headers['accept-encoding'] = acceptEncoding;
      }
      return !passed;
    },
  };
}
