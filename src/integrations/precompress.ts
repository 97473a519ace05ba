/**
 * Writes a brotli (`.br`) and a gzip (`.gz`) copy beside every text file of the finished client
 * build, so the server (sirv, src/server/static-files.ts) sends compressed files straight from
 * disk and never compresses a static file while a visitor waits. Runs after Pagefind, so its
 * script and entry file are compressed too; its index files are compressed by Pagefind itself.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { AstroIntegration } from 'astro';

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
 * Best compression for site-sized files; a lighter level for very large ones (the CMS bundle,
 * about 5 MB), where quality 11 costs the build some 15 seconds and 5 takes 0.2.
 */
export function brotliQuality(bytes: number): number {
  return bytes > 1024 * 1024 ? 5 : 11;
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
}

/** Compresses the text files under `directory`; a copy that is not smaller is not written. */
export async function precompressDirectory(directory: string): Promise<PrecompressSummary> {
  const files = (await filesIn(directory)).filter((file) =>
    compressibleExtensions.has(path.extname(file).toLowerCase()),
  );
  const summary: PrecompressSummary = { files: 0, bytes: 0, brotliBytes: 0 };
  // zlib works on libuv's thread pool (four threads): more files at once would only queue.
  const queue = [...files];
  async function worker() {
    for (let file = queue.shift(); file; file = queue.shift()) {
      const body = await readFile(file);
      if (body.length < minimumBytes) continue;
      const [br, gz] = await Promise.all([
        brotli(body, {
          params: {
            [constants.BROTLI_PARAM_QUALITY]: brotliQuality(body.length),
            [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
          },
        }),
        gzipAsync(body, { level: 9 }),
      ]);
      if (br.length < body.length) await writeFile(`${file}.br`, br);
      if (gz.length < body.length) await writeFile(`${file}.gz`, gz);
      summary.files += 1;
      summary.bytes += body.length;
      summary.brotliBytes += Math.min(br.length, body.length);
    }
  }
  await Promise.all(Array.from({ length: 4 }, worker));
  return summary;
}

export default function precompressIntegration(): AstroIntegration {
  return {
    name: 'precompress',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = Date.now();
        const { files, bytes, brotliBytes } = await precompressDirectory(fileURLToPath(dir));
        logger.info(
          `Compressed ${files} files (${Math.round(bytes / 1024)} KB to ${Math.round(brotliBytes / 1024)} KB with brotli) in ${Date.now() - started} ms`,
        );
      },
    },
  };
}
