/**
 * Serves the pre-rendered site from `dist/client` with sirv: directory URLs map to their
 * index.html, the `.br`/`.gz` copies made at build time (src/integrations/precompress.ts) go to
 * browsers that accept them, and sirv answers HEAD, ETag (304) and Range. What the project adds:
 * the redirect to the trailing slash, the cache policy, and an honest charset on HTML.
 */
import { readFile, stat } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import sirv from 'sirv';
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

export function createStaticFiles(root: string): StaticFiles {
  const absoluteRoot = path.resolve(root);
  // sirv lists the build's files once at start (the build does not change while it runs).
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
      // Set before sirv answers, so a 304 carries the policy too.
      res.setHeader('Cache-Control', cacheControlFor(pathname));
      let passed = false;
      serve(req, res, () => {
        passed = true;
      });
      if (passed) {
        res.removeHeader('Cache-Control');
        req.headers['accept-encoding'] = acceptEncoding;
      }
      return !passed;
    },
  };
}
