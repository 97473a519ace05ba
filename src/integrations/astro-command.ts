/**
 * Tells the site's code whether it runs under `astro dev` (as `npm run cms` runs it), as the
 * constant `__ASTRO_DEV_SERVER__` (read in src/lib/content.ts). It comes from Astro's own command,
 * not from `import.meta.env`, which Astro fills from the process environment on the server: a
 * build that happens to run with DEV or MODE set must still be a build.
 */
import type { AstroIntegration } from 'astro';

export default function astroCommand(): AstroIntegration {
  return {
    name: 'astro-command',
    hooks: {
      'astro:config:setup': ({ command, updateConfig }) => {
        updateConfig({
          vite: { define: { __ASTRO_DEV_SERVER__: JSON.stringify(command === 'dev') } },
        });
      },
    },
  };
}
