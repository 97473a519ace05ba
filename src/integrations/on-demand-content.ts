/**
 * Moves the on-demand routes' content (src/pages/on-demand-content.json.ts) from the public build
 * to the server's folder, where src/server/start.ts reads it. Runs before the other build-done
 * steps, so the sitemap, Pagefind and the compressed copies never see it.
 */
import { existsSync } from 'node:fs';
import { rename } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { ON_DEMAND_CONTENT_FILE } from '../lib/on-demand-content.ts';

export default function onDemandContentIntegration(): AstroIntegration {
  let serverDir: string | undefined;
  return {
    name: 'on-demand-content',
    hooks: {
      'astro:config:done': ({ config }) => {
        serverDir = fileURLToPath(config.build.server);
      },
      'astro:build:done': async ({ dir }) => {
        const built = path.join(fileURLToPath(dir), ON_DEMAND_CONTENT_FILE);
        if (!serverDir || !existsSync(built)) {
          throw new Error(`${ON_DEMAND_CONTENT_FILE} was not built: on-demand routes need it.`);
        }
        await rename(built, path.join(serverDir, ON_DEMAND_CONTENT_FILE));
      },
    },
  };
}
