/**
 * Builds the Pagefind search index after every build, from the pre-rendered pages in the client
 * output (`<DIST_DIR>/client` with the Node adapter), into its `pagefind/` folder. Only pages
 * that mark their main content with `data-pagefind-body` are indexed (stories, regulations,
 * ambassadors, events, municipalities); Pagefind reads `<html lang="nl">` and stems in Dutch.
 *
 * `rewritePage` changes every page after Pagefind has its words (the soft hyphens of
 * src/integrations/hyphenate.ts). It runs while Pagefind indexes the page, in its own process:
 * at 5,000 stories the two took 15 s and 13 s one after the other, and the rewriting fits in the
 * time the build otherwise waits for Pagefind.
 */
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { separateBlocks } from '../lib/search-text.ts';

/**
 * Pagefind also writes its ready-made interfaces; /zoeken/ uses only the JavaScript API, so these
 * are removed rather than published unused.
 */
const unusedFiles = /^pagefind-(ui|component-ui|modular-ui|highlight)\.(js|css)$/;

/** Every pre-rendered page under `site`, with the address it is served at. */
async function builtPages(site: string): Promise<{ file: string; url: string }[]> {
  const files = await readdir(site, { recursive: true });
  return files
    .filter((file) => file.endsWith('.html') && !file.startsWith(`pagefind${path.sep}`))
    .map((file) => ({
      file: path.join(site, file),
      url: `/${file.split(path.sep).join('/')}`.replace(/(^|\/)index\.html$/, '$1'),
    }));
}

/**
 * Index chunks of about 8 KB instead of Pagefind's default of about 25 KB: a search downloads
 * the chunks holding its words, so smaller chunks keep a two-word search on a phone light
 * (tests/e2e/search-weight.spec.ts). Pagefind reads this from its environment and marks it
 * unstable: when an upgrade drops it, the search-weight test shows the chunks grow again.
 */
const indexChunkSize = '5000';

/** The attribute that marks a page's searchable content; Pagefind indexes only pages with it. */
const searchBodyMark = 'data-pagefind-body';

function fail(step: string, errors: string[]): never {
  throw new Error(`Pagefind could not ${step}:\n${errors.join('\n')}`);
}

/** A page's new text, or undefined to leave it as it is. `page` is its path inside the output. */
export type RewritePage = (html: string, page: string) => string | undefined;

export default function pagefindIntegration(
  options: { rewritePage?: RewritePage } = {},
): AstroIntegration {
  const { rewritePage = () => undefined } = options;
  return {
    name: 'pagefind-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = Date.now();
        const site = fileURLToPath(dir);
        const output = fileURLToPath(new URL('pagefind/', dir));
        await rm(output, { recursive: true, force: true });
        // Not a setting of this site (so not in src/lib/config.ts): a knob of Pagefind's own,
        // which reads it from the environment; this only sets its value for the build.
        process.env['PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE'] ??= indexChunkSize;
        try {
          const { index, errors } = await pagefind.createIndex({});
          if (!index) fail('start', errors);
          // Page by page instead of addDirectory, to put spaces where Pagefind would otherwise
          // glue words together (src/lib/search-text.ts). One page at a time, in the same order
          // every build: pages sent at once come back in any order, and the index files then
          // differ from build to build.
          let pageCount = 0;
          let indexed = 0;
          let rewritten = 0;
          for (const { file, url } of await builtPages(site)) {
            const html = await readFile(file, 'utf8');
            const rewrite = async () => {
              const text = rewritePage(html, path.relative(site, file));
              if (text === undefined) return;
              await writeFile(file, text);
              rewritten += 1;
            };
            // A page without a marked body would be left out of the index by Pagefind anyway
            // (the story lists and their filter pages: 1,574 of 6,658 pages at 5,000 stories),
            // so it is not sent there at all.
            const add = async () => {
              if (!html.includes(searchBodyMark)) return;
              const added = await index.addHTMLFile({ url, content: separateBlocks(html) });
              if (added.errors.length > 0) fail(`index ${file}`, added.errors);
              indexed += 1;
            };
            await Promise.all([add(), rewrite()]);
            pageCount += 1;
          }
          const written = await index.writeFiles({ outputPath: output });
          if (written.errors.length > 0) fail(`write ${output}`, written.errors);
          for (const file of await readdir(output)) {
            if (unusedFiles.test(file)) await rm(path.join(output, file));
          }
          logger.info(
            `Read ${pageCount} pages (${indexed} with a search body, ${rewritten} rewritten after indexing); the search index is in ${output} (${Date.now() - started} ms)`,
          );
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
