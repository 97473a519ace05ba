import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { loadContent } from '../../lib/content.ts';

/** The stories as an RSS feed, newest first, so partners can follow new stories. */
export async function GET(context: APIContext) {
  const { settings, stories } = await loadContent();
  return rss({
    title: `Verhalen van ${settings.campaignName}`,
    description: `Werkgevers in ${settings.organisation} vertellen hoe zij iemand met een afstand tot de arbeidsmarkt aannamen.`,
    site: context.site ?? 'http://localhost:4321',
    customData: '<language>nl-nl</language>',
    items: stories.map((story) => ({
      title: story.data.demo ? `${story.data.title} (voorbeeld)` : story.data.title,
      description: story.data.summary,
      pubDate: new Date(`${story.data.publishedOn}T12:00:00Z`),
      link: `/verhalen/${story.id}/`,
    })),
  });
}
