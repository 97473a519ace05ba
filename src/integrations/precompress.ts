/**
 * Writes a brotli (`.br`) and a gzip (`.gz`) copy beside every text file of the finished client
 * build, so the server (sirv, src/server/static-files.ts) sends compressed files straight from
 * disk and never compresses a static file while a visitor waits. Runs after Pagefind, so its
 * script and entry file are compressed too; its index files are compressed by Pagefind itself.
 *
 * Compressed copies are kept across builds in `.cache/precompressed/`, under a hash of the file's
 * bytes and the settings: brotli at its best level is most of a second build's time otherwise
 * (12 s of 29 s at 500 stories), and most pages come out byte for byte the same.
 */
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { AstroIntegration } from 'astro';
import { writeFileAtomically } from '../lib/write-file-atomically.ts';

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

export const compressibleExtensions = new Set([
  '.html',
  '.css',
  '.js',
  '.mjs',
  '.json',
  '.xml',
  '.txt',
  '.svg',
  '.ics',
  '.webmanifest',
]);

/** Below this size a compressed copy saves less than the headers it needs. */
const minimumBytes = 512;

/**
 * The brotli level of a file:
 * - 11, the best, for scripts, stylesheets and other shared files: few, and on every first visit;
 * - 10 for pages: at 5,000 stories there are 6,600 of them, and 11 took 20 ms a page (97 s of a
 *   clean build) where 10 takes 8 ms, for pages 1.7 % larger (5.26 KB instead of 5.17 KB);
 * - 5 for very large files (the CMS bundle, about 5 MB), where 11 costs the build some 15 seconds
 *   and 5 takes 0.2.
 */
export function brotliQuality(file: string, bytes: number): number {
  if (bytes > 1024 * 1024) return 5;
  return path.extname(file).toLowerCase() === '.html' ? 10 : 11;
}

async function filesIn(directory: string): Promise<string[]> {
  const entries = await readdir(directory, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name));
}

export interface PrecompressSummary {
  files: number;
  bytes: number;
  brotliBytes: number;
  /** Files whose compressed copies came from the cache, not compressed again. */
  cached: number;
}

/**
 * Where compressed copies are kept between builds (git-ignored, like the share cards): a folder
 * per build output, because each run removes the copies it did not use, and the site's build
 * (`dist/`) and the test build (`dist-test/`) of one project must not remove each other's.
 */
export function precompressCacheDirFor(outputDir: string): string {
  const output = path.relative(process.cwd(), outputDir).replace(/[^\w.-]+/g, '_');
  return path.resolve('.cache', 'precompressed', output || 'root');
}

/** gzip's level for every copy (part of the cache key below). */
const gzipLevel = 9;

/**
 * Everything besides a file's bytes and its brotli level that changes its compressed copies.
 * Part of every cache key, so new settings never reuse old copies.
 */
const settingsKey = JSON.stringify({
  gzipLevel,
  brotli: process.versions.brotli,
  zlib: process.versions.zlib,
});

interface Compressed {
  br: Buffer;
  gz: Buffer;
}

function compress(quality: number, body: Buffer): Promise<Compressed> {
  return Promise.all([
    brotli(body, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: quality,
        [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
      },
    }),
    gzipAsync(body, { level: gzipLevel }),
  ]).then(([br, gz]) => ({ br, gz }));
}

/** Compressed copies kept in `dir` by a hash of the bytes they were made from. */
function compressionCache(dir: string) {
  const used = new Set<string>();
  let made: Promise<unknown> | undefined;
  return {
    async compressed(quality: number, body: Buffer): Promise<Compressed & { cached: boolean }> {
      const key = createHash('sha256')
        .update(`${settingsKey}\0${quality}\0`)
        .update(body)
        .digest('hex');
      used.add(`${key}.br`).add(`${key}.gz`);
      const [brFile, gzFile] = [path.join(dir, `${key}.br`), path.join(dir, `${key}.gz`)];
      try {
        return { br: await readFile(brFile), gz: await readFile(gzFile), cached: true };
      } catch {
        // Not compressed by an earlier build (or the cache was cleared): compress it below.
      }
      const copies = await compress(quality, body);
      await (made ??= mkdir(dir, { recursive: true }));
      await Promise.all([
        writeFileAtomically(brFile, copies.br),
        writeFileAtomically(gzFile, copies.gz),
      ]);
      return { ...copies, cached: false };
    },
    /** Removes the copies this build did not use: the cache holds one build's files, not all. */
    async prune() {
      const names = await readdir(dir).catch(() => []);
      await Promise.all(
        names
          .filter((name) => !used.has(name))
          .map((name) => rm(path.join(dir, name), { force: true })),
      );
    },
  };
}

/**
 * Compresses the text files under `directory`; a copy that is not smaller is not written. With
 * `cacheDir`, copies made by an earlier run from the same bytes are reused.
 */
export async function precompressDirectory(
  directory: string,
  cacheDir?: string,
): Promise<PrecompressSummary> {
  const files = (await filesIn(directory)).filter((file) =>
    compressibleExtensions.has(path.extname(file).toLowerCase()),
  );
  const cache = cacheDir ? compressionCache(cacheDir) : undefined;
  const summary: PrecompressSummary = { files: 0, bytes: 0, brotliBytes: 0, cached: 0 };
  // zlib works on libuv's thread pool (four threads): more files at once would only queue.
  const queue = [...files];
  async function worker() {
    for (let file = queue.shift(); file; file = queue.shift()) {
      const body = await readFile(file);
      if (body.length < minimumBytes) continue;
      const quality = brotliQuality(file, body.length);
      const { br, gz, cached } = cache
        ? await cache.compressed(quality, body)
        : { ...(await compress(quality, body)), cached: false };
      if (br.length < body.length) await writeFile(`${file}.br`, br);
      if (gz.length < body.length) await writeFile(`${file}.gz`, gz);
      summary.files += 1;
      summary.bytes += body.length;
      summary.brotliBytes += Math.min(br.length, body.length);
      if (cached) summary.cached += 1;
    }
  }
  await Promise.all(Array.from({ length: 4 }, worker));
  await cache?.prune();
  return summary;
}

export default function precompressIntegration(): AstroIntegration {
  return {
    name: 'precompress',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = Date.now();
        const output = fileURLToPath(dir);
        const { files, bytes, brotliBytes, cached } = await precompressDirectory(
          output,
          precompressCacheDirFor(output),
        );
        logger.info(
          `Compressed ${files} files (${Math.round(bytes / 1024)} KB to ${Math.round(brotliBytes / 1024)} KB with brotli; ${cached} unchanged, from the cache) in ${Date.now() - started} ms`,
        );
      },
    },
  };
}
