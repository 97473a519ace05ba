/**
 * A build step that rewrites one module of the astro package as it goes into the server bundle
 * (src/integrations/csp-digest-cache.ts, src/integrations/page-module-cache.ts). Only for
 * `astro build`: `astro dev` runs Astro's own files unchanged.
 */
import type { AstroIntegration } from 'astro';

export function astroModuleRewrite(
  name: string,
  module: RegExp,
  rewrite: (code: string) => string,
): AstroIntegration {
  return {
    name,
    hooks: {
      'astro:config:setup': ({ command, updateConfig }) => {
        if (command !== 'build') return;
        updateConfig({
          vite: {
            plugins: [
              {
                name,
                transform(code, id) {
                  return module.test(id) ? rewrite(code) : undefined;
                },
              },
            ],
          },
        });
      },
    },
  };
}

/**
 * `code` with `expected` replaced by `replacement`. When `expected` is missing (a new Astro
 * changed the module), the build stops with `message` instead of quietly dropping the rewrite.
 */
export function replaceInAstroModule(
  code: string,
  expected: string,
  replacement: string,
  message: string,
): string {
  if (!code.includes(expected)) throw new Error(message);
  return code.replace(expected, replacement);
}
