// @ts-check
import node from '@astrojs/node';
import react from '@astrojs/react';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'astro/config';
import pagefind from './src/integrations/pagefind.ts';

/** The public address of the site; canonical URLs, Open Graph tags and the sitemap use it. */
const site = process.env.SITE_URL ?? 'https://werkgevers.regioamersfoort.nl';

export default defineConfig({
  site,
  // Tests build into their own folder (with a fixed clock) so they never replace a real build.
  outDir: process.env.DIST_DIR ?? './dist',
  // Content pages are static; the few on-demand routes (signups) opt out with `prerender = false`
  // and are served by our own Node server (src/server/), which mounts the adapter's handler.
  output: 'static',
  adapter: node({ mode: 'middleware' }),
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  integrations: [
    react(),
    sitemap({
      filter: (page) => !page.includes('/admin/'),
    }),
    // Last, so it indexes the finished pages.
    pagefind(),
  ],
  security: {
    // Form posts must come from this site; behind a TLS proxy set `allowedDomains` (see README).
    checkOrigin: true,
    // Astro hashes its own inline scripts and styles into a CSP <meta> tag, so nothing inline is
    // allowed that the build did not put there. The server adds `frame-ancestors` as a header,
    // which a <meta> policy cannot carry.
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
    },
  },
  vite: {
    plugins: [tailwindcss()],
    build: {
      // Never inline a script into the HTML: every script stays a cacheable, fingerprinted file
      // that the page-weight test can see and measure (see docs/sharing.md). Other assets keep
      // Vite's default (inline below 4 KB).
      assetsInlineLimit: (file) => (file.endsWith('.js') ? false : undefined),
    },
  },
});
