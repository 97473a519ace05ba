// @ts-check
import node from '@astrojs/node';
import react from '@astrojs/react';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'astro/config';
import astroCommand from './src/integrations/astro-command.ts';
import cspDigestCache from './src/integrations/csp-digest-cache.ts';
import hyphenate from './src/integrations/hyphenate.ts';
import onDemandContent from './src/integrations/on-demand-content.ts';
import pagefind from './src/integrations/pagefind.ts';
import precompress from './src/integrations/precompress.ts';
import { RESULT_PATH, SEND_PATH, SENT_PATH } from './src/lib/wijzer/paths.ts';

/** The public address of the site; canonical URLs, Open Graph tags and the sitemap use it. */
const site = process.env.SITE_URL ?? 'https://werkgevers.regioamersfoort.nl';

export default defineConfig({
  site,
  // Tests build into their own folder (with a fixed clock) so they never replace a real build.
  outDir: process.env.DIST_DIR ?? './dist',
  // Content pages are static; the few on-demand routes (signups) opt out with `prerender = false`
  // and are served by our own Node server (src/server/), which mounts the adapter's handler.
  output: 'static',
  // The server refuses big bodies itself; this limit also covers bodies sent without a length.
  adapter: node({ mode: 'middleware', bodySizeLimit: 64 * 1024 }),
  trailingSlash: 'always',
  // The toolbar would sit over the CMS at /admin/ during `npm run cms`.
  devToolbar: { enabled: false },
  build: { format: 'directory', inlineStylesheets: 'never' },
  // Astro's content cache lives inside the project, not in node_modules, so that project copies
  // made by tests (which link node_modules) never share it with the real build.
  cacheDir: './.astro/cache',
  integrations: [
    astroCommand(),
    // Astro hashes each route's inline scripts into its CSP on every on-demand request: cached.
    cspDigestCache(),
    // First of the build-done steps: takes the on-demand routes' content out of the public files.
    onDemandContent(),
    react(),
    sitemap({
      // The wijzer's on-demand pages only exist with answers or a code in their address (noindex).
      filter: (page) =>
        !page.includes('/admin/') &&
        ![RESULT_PATH, SEND_PATH, SENT_PATH].some((path) => page.includes(path)),
    }),
    // After the pages are written, so it indexes the finished pages.
    pagefind(),
    // After the index, so the index holds plain words.
    hyphenate(),
    // Last: brotli and gzip copies of every text file, of the finished (hyphenated) pages and
    // Pagefind's script.
    precompress(),
  ],
  // No code blocks on this site; Shiki's inline styles would clash with the CSP. No smart quotes:
  // text from YAML fields is shown as typed, so Markdown bodies must not turn collega's into
  // collega’s beside it; one apostrophe everywhere, the one editors type.
  markdown: { syntaxHighlight: false, smartypants: false },
  security: {
    // Form posts must come from this site: the server checks that once, for every route and
    // with a Dutch answer (src/server/site-server.ts), before a body is read, so Astro's own
    // check would only repeat it. Behind a TLS proxy the Node process sees plain http: trusting
    // X-Forwarded-Proto/-Host for the site's own address keeps Astro.url (and links) right.
    checkOrigin: false,
    allowedDomains: [
      { hostname: new URL(site).hostname, protocol: new URL(site).protocol.replace(':', '') },
    ],
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
  image: {
    service: {
      entrypoint: 'astro/assets/services/sharp',
      // The pictures are flat illustrations: at sharp's default (quality 80, quick effort) some
      // came out larger than the PNG they were made from. Quality 75 with the slowest, best
      // compression is 16% smaller over all sizes and never larger than the original.
      config: { webp: { quality: 75, effort: 6 } },
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
