/**
 * After the build (and after the search index, so Pagefind reads plain words), writes soft
 * hyphens into long Dutch words and optional breaks into addresses on every pre-rendered page:
 * see src/lib/hyphenate-html.ts for why.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { hyphenateHtml } from '../lib/hyphenate-html.ts';

export default function hyphenateIntegration(): AstroIntegration {
  return {
    name: 'hyphenate-dutch',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const pages = (await readdir(root, { recursive: true })).filter((file) =>
          file.endsWith('.html'),
        );
        for (const page of pages) {
          // The CMS's own page is Decap's, not running text.
          if (page.startsWith(`admin${path.sep}`)) continue;
          const file = path.join(root, page);
          await writeFile(file, hyphenateHtml(await readFile(file, 'utf8')));
        }
        logger.info(`Added break points to ${pages.length} pages`);
      },
    },
  };
}
