/**
 * The content a page or action reads. On demand in the built site, the small snapshot the server
 * passes in as `Astro.locals.content` (src/lib/on-demand-content.ts); while pre-rendering, and
 * under `astro dev` (where edits must show at once), the same part taken from the content store.
 */
import { loadContent } from './content.ts';
import { onDemandContentOf, type OnDemandContent } from './on-demand-content.ts';

export async function contentOf(locals: App.Locals): Promise<OnDemandContent> {
  return locals.content ?? onDemandContentOf(await loadContent());
}
