import type { APIContext } from 'astro';
import { atomFeed } from '../../lib/changes-feed.ts';
import { loadContent } from '../../lib/content.ts';
import { CHANGES_FEED_PATH, CHANGES_PATH, changesOf } from '../../lib/regulation-changes.ts';

/** The change notes of all regulations as an Atom feed, newest first. */
export async function GET(context: APIContext) {
  const { settings, regulations } = await loadContent();
  const { changes, newestReview } = changesOf(regulations);
  const xml = atomFeed({
    site: context.site ?? new URL('http://localhost:4321'),
    feedPath: CHANGES_FEED_PATH,
    pagePath: CHANGES_PATH,
    title: `Wijzigingen in de regelingen | ${settings.campaignName}`,
    subtitle: `Wat er veranderde in de regelingen voor werkgevers in ${settings.organisation}.`,
    author: settings.organisation,
    changes,
    fallbackUpdated: newestReview,
  });
  return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
}
