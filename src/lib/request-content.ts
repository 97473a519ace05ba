/**
 * The content a page or action reads. On demand in the built site, the small snapshot the server
 * passes in as `Astro.locals.content` (src/lib/on-demand-content.ts); while pre-rendering, and
 * under `astro dev` (where edits must show at once), the content store itself.
 */
import { loadContent } from './content.ts';
import type { OnDemandContent } from './on-demand-content.ts';

export function contentOf(locals: App.Locals): Promise<OnDemandContent> {
  return locals.content ? Promise.resolve(locals.content) : loadContent();
}
