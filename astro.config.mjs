// @ts-check
import { fileURLToPath } from 'node:url';
import node from '@astrojs/node';
import react from '@astrojs/react';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig, fontProviders } from 'astro/config';
import astroCommand from './src/integrations/astro-command.ts';
import cspDigestCache from './src/integrations/csp-digest-cache.ts';
import { hyphenatePage } from './src/integrations/hyphenate.ts';
import onDemandContent from './src/integrations/on-demand-content.ts';
import pageModuleCache from './src/integrations/page-module-cache.ts';
import pagefind from './src/integrations/pagefind.ts';
import precompress from './src/integrations/precompress.ts';
import { siteConfig } from './src/lib/config.ts';
import {
  ANALYSIS_PATH,
  ANALYSIS_SENT_PATH,
  SCAN_PATH,
  SCAN_RESULT_PATH,
} from './src/lib/functiecreatie/paths.ts';
import { RESULT_PATH, SEND_PATH, SENT_PATH } from './src/lib/wijzer/paths.ts';

// Every variable is checked here once per build (src/lib/config.ts): a wrong one stops the build
// with a message naming it, before any page is made.
const config = siteConfig();

/** The public address of the site; canonical URLs, Open Graph tags and the sitemap use it. */
const site = config.SITE_URL;

export default defineConfig({
  site,
  // Tests build into their own folder (with a fixed clock) so they never replace a real build.
  outDir: config.DIST_DIR,
  // Content pages are static; the few on-demand routes (signups) opt out with `prerender = false`
  // and are served by our own Node server (src/server/), which mounts the adapter's handler.
  output: 'static',
  // The server refuses big bodies itself; this limit also covers bodies sent without a length.
  adapter: node({ mode: 'middleware', bodySizeLimit: 64 * 1024 }),
  trailingSlash: 'always',
  // The toolbar would sit over the CMS at /admin/ during `npm run cms`.
  devToolbar: { enabled: false },
  build: {
    format: 'directory',
    inlineStylesheets: 'never',
    // Four pages rendered at a time: a page often waits on a file (a share card from the cache, a
    // picture), and another page's rendering fills that wait. 4.6 s instead of 5.8 s for the
    // pre-rendering at 500 stories; every page's state is its own (module-level values are only
    // lazy caches).
    concurrency: 4,
  },
  // The site's own typeface, served from this site (no font CDN), so that pages look the same on
  // every machine, and the layout tests' screenshots with them. Public Sans: plain digits (a zero
  // without a slash, unlike Atkinson Hyperlegible's "2Ø27" in dates) and two weights at 14 KB
  // each; semibold text uses the bold file, italics are slanted by the browser. Astro writes the
  // @font-face rules, a fallback with Public Sans's metrics (so text barely moves when the font
  // arrives) and hashes the rules into the page's CSP.
  fonts: [
    {
      provider: fontProviders.local(),
      name: 'Public Sans',
      cssVariable: '--font-public-sans',
      fallbacks: ['sans-serif'],
      display: 'swap',
      options: {
        variants: [
          {
            src: ['@fontsource/public-sans/files/public-sans-latin-400-normal.woff2'],
            weight: 400,
            style: 'normal',
          },
          {
            src: ['@fontsource/public-sans/files/public-sans-latin-700-normal.woff2'],
            weight: 700,
            style: 'normal',
          },
        ],
      },
    },
  ],
  // Astro's content cache lives inside the project, not in node_modules, so that project copies
  // made by tests (which link node_modules) never share it with the real build.
  cacheDir: './.astro/cache',
  integrations: [
    astroCommand(),
    // Astro hashes each route's inline scripts into its CSP on every on-demand request: cached.
    cspDigestCache(),
    // Astro loads a route's page module with two dynamic imports on every on-demand request: kept.
    pageModuleCache(),
    // First of the build-done steps: takes the on-demand routes' content out of the public files.
    onDemandContent(),
    react(),
    sitemap({
      // The wijzer's on-demand pages only exist with answers or a code in their address (noindex).
      // An ambassador's share kit and poster are theirs to use, not pages for the public.
      filter: (page) =>
        !page.includes('/admin/') &&
        !page.includes('/deelkit/') &&
        !page.includes('/beheer/') &&
        // Pages made from a visitor's answers: their canonical address is the page they start from.
        ![
          RESULT_PATH,
          SEND_PATH,
          SENT_PATH,
          SCAN_PATH,
          SCAN_RESULT_PATH,
          ANALYSIS_PATH,
          ANALYSIS_SENT_PATH,
        ].some((path) => page.includes(path)),
    }),
    // After the pages are written, so it indexes the finished pages. It hyphenates each page
    // right after reading it, so the index holds plain words.
    pagefind({ rewritePage: hyphenatePage }),
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
    // Vite's dependency cache inside the project too (by default node_modules/.vite): project
    // copies made by tests link one node_modules, and two copies building at once raced on it.
    cacheDir: fileURLToPath(new URL('./.astro/vite/', import.meta.url)),
    plugins: [tailwindcss()],
    build: {
      // Never inline a script into the HTML: every script stays a cacheable, fingerprinted file
      // that the page-weight test can see and measure (see docs/sharing.md). Other assets keep
      // Vite's default (inline below 4 KB).
      assetsInlineLimit: (file) => (file.endsWith('.js') ? false : undefined),
    },
  },
});
