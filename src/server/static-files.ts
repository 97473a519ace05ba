/**
 * Serves the pre-rendered site from `dist/client`: directory URLs map to their index.html,
 * text files are compressed (brotli or gzip, as the browser accepts) once and kept in memory,
 * and fingerprinted build assets are cached for a year.
 */
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { sameOriginPath } from './safe-redirect.ts';

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.ics': 'text/calendar; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
};

const compressible = new Set([
  '.html',
  '.css',
  '.js',
  '.mjs',
  '.json',
  '.xml',
  '.txt',
  '.svg',
  '.ics',
]);

interface CachedFile {
  body: Buffer;
  etag: string;
  br?: Buffer;
  gzip?: Buffer;
}

export type Encoding = 'br' | 'gzip' | 'identity';

/**
 * Best compression for site-sized files; a lighter level for very large ones (the CMS bundle,
 * about 5 MB), where quality 11 blocks the process for some 15 seconds and 5 takes 0.2.
 */
export function brotliQuality(bytes: number): number {
  return bytes > 1024 * 1024 ? 5 : 11;
}

/** The best encoding the client accepts for a compressible file. */
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

export function cacheControlFor(urlPath: string): string {
  if (urlPath.startsWith('/_astro/')) return 'public, max-age=31536000, immutable';
  if (urlPath.endsWith('/') || urlPath.endsWith('.html'))
    return 'public, max-age=0, must-revalidate';
  return 'public, max-age=3600';
}

export interface StaticFiles {
  /** Answers the request when a file exists for it; returns false to let the next handler try. */
  handle(req: IncomingMessage, res: ServerResponse): Promise<boolean>;
  /** The body of a page, e.g. 404.html, for answers with another status. */
  page(relativePath: string): Promise<Buffer | undefined>;
}

export function createStaticFiles(root: string): StaticFiles {
  const absoluteRoot = path.resolve(root);
  const cache = new Map<string, CachedFile>();

  async function load(file: string): Promise<CachedFile | undefined> {
    const cached = cache.get(file);
    if (cached) return cached;
    try {
      if (!(await stat(file)).isFile()) return undefined;
      const body = await readFile(file);
      const entry = { body, etag: `"${createHash('sha1').update(body).digest('base64url')}"` };
      cache.set(file, entry);
      return entry;
    } catch {
      return undefined;
    }
  }

  async function isDirectory(file: string): Promise<boolean> {
    try {
      return (await stat(file)).isDirectory();
    } catch {
      return false;
    }
  }

  return {
    async page(relativePath) {
      return (await load(path.join(absoluteRoot, relativePath)))?.body;
    },

    async handle(req, res) {
      if (req.method !== 'GET' && req.method !== 'HEAD') return false;
      const url = new URL(req.url ?? '/', 'http://localhost');
      const file = filePathFor(absoluteRoot, url.pathname);
      if (!file) return false;

      // "/verhalen" → "/verhalen/": the site's canonical URLs all end in a slash.
      if (!url.pathname.endsWith('/') && !path.extname(url.pathname) && (await isDirectory(file))) {
        res.writeHead(301, { Location: sameOriginPath(`${url.pathname}/`, url.search) });
        res.end();
        return true;
      }

      const entry = await load(file);
      if (!entry) return false;

      const extension = path.extname(file).toLowerCase();
      const headers: Record<string, string> = {
        'Content-Type': contentTypes[extension] ?? 'application/octet-stream',
        'Cache-Control': cacheControlFor(url.pathname),
        ETag: entry.etag,
      };
      if (req.headers['if-none-match'] === entry.etag) {
        res.writeHead(304, headers);
        res.end();
        return true;
      }

      let body = entry.body;
      if (compressible.has(extension)) {
        headers['Vary'] = 'Accept-Encoding';
        const encoding = negotiateEncoding(req.headers['accept-encoding']);
        if (encoding === 'br') {
          entry.br ??= brotliCompressSync(entry.body, {
            params: { [constants.BROTLI_PARAM_QUALITY]: brotliQuality(entry.body.length) },
          });
          body = entry.br;
        } else if (encoding === 'gzip') {
          entry.gzip ??= gzipSync(entry.body, { level: 9 });
          body = entry.gzip;
        }
        if (encoding !== 'identity') headers['Content-Encoding'] = encoding;
      }
      headers['Content-Length'] = String(body.length);
      res.writeHead(200, headers);
      res.end(req.method === 'HEAD' ? undefined : body);
      return true;
    },
  };
}
