/**
 * Builds the Pagefind search index after every build, from the pre-rendered pages in the client
 * output (`<DIST_DIR>/client` with the Node adapter), into its `pagefind/` folder. Only pages
 * that mark their main content with `data-pagefind-body` are indexed (stories, regulations,
 * ambassadors, events, municipalities); Pagefind reads `<html lang="nl">` and stems in Dutch.
 */
import { readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';

/**
 * Pagefind also writes its ready-made interfaces; /zoeken/ uses only the JavaScript API, so these
 * are removed rather than published unused.
 */
const unusedFiles = /^pagefind-(ui|component-ui|modular-ui|highlight)\.(js|css)$/;

function fail(step: string, errors: string[]): never {
  throw new Error(`Pagefind could not ${step}:\n${errors.join('\n')}`);
}

export default function pagefindIntegration(): AstroIntegration {
  return {
    name: 'pagefind-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const output = fileURLToPath(new URL('pagefind/', dir));
        await rm(output, { recursive: true, force: true });
        try {
          const { index, errors } = await pagefind.createIndex({});
          if (!index) fail('start', errors);
          const added = await index.addDirectory({ path: site });
          if (added.errors.length > 0) fail(`index ${site}`, added.errors);
          const written = await index.writeFiles({ outputPath: output });
          if (written.errors.length > 0) fail(`write ${output}`, written.errors);
          for (const file of await readdir(output)) {
            if (unusedFiles.test(file)) await rm(path.join(output, file));
          }
          logger.info(`Read ${added.page_count} pages; the search index is in ${output}`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
