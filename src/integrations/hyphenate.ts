/**
 * Soft hyphens in long Dutch words and optional breaks in addresses, on every pre-rendered page:
 * see src/lib/hyphenate-html.ts for why. Done by the Pagefind step (src/integrations/pagefind.ts)
 * right after it has read a page, so the search index holds plain words.
 */
import path from 'node:path';
import { hyphenateHtml } from '../lib/hyphenate-html.ts';
import type { RewritePage } from './pagefind.ts';

export const hyphenatePage: RewritePage = (html, page) =>
  // The CMS's own page is Decap's, not running text.
  page.startsWith(`admin${path.sep}`) ? undefined : hyphenateHtml(html);
