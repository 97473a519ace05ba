/**
 * The JSON-LD of each detail page, from its entry and the site's content: a story is an Article,
 * an event an Event, an ambassador a Person. Each uses the entry's canonical URL and its share
 * image, so what a search engine and a social network read is the same page.
 */
import { absoluteUrl, entryUrl } from './canonical-url.ts';
import type { Ambassador, CampaignEvent, SiteContent, Story } from './content.ts';
import { resolve } from './references.ts';
import { shareImageOf } from './share-cards.ts';
import { articleJsonLd, eventJsonLd, personJsonLd, type JsonLd } from './structured-data.ts';

export function storyJsonLd(story: Story, content: SiteContent, site: URL | undefined): JsonLd {
  const { data } = story;
  return articleJsonLd({
    title: data.title,
    summary: data.summary,
    url: entryUrl('verhalen', story.id, site),
    image: absoluteUrl(shareImageOf(content, 'verhalen', story.id).path, site),
    publishedOn: data.publishedOn,
    updatedOn: data.updatedOn,
    publisher: { name: content.settings.campaignName, url: absoluteUrl('/', site) },
  });
}

export function eventPageJsonLd(
  event: CampaignEvent,
  content: SiteContent,
  site: URL | undefined,
): JsonLd {
  const { data } = event;
  const servicePoint = resolve(content.servicePoints, data.servicePoint).data;
  return eventJsonLd({
    ...data,
    url: entryUrl('bijeenkomsten', event.id, site),
    image: absoluteUrl(shareImageOf(content, 'bijeenkomsten', event.id).path, site),
    online: data.onlineUrl !== undefined,
    organizer: { name: servicePoint.name, url: servicePoint.website, email: servicePoint.email },
  });
}

/**
 * `portraitPath` is the published portrait's address on the site (made by Astro's image service
 * on the page), or undefined without signed consent: then no picture is named at all.
 */
export function ambassadorJsonLd(
  ambassador: Ambassador,
  site: URL | undefined,
  portraitPath: string | undefined,
): JsonLd {
  const { data } = ambassador;
  return personJsonLd({
    name: data.name,
    role: data.role,
    organisation: data.organisation,
    url: entryUrl('ambassadeurs', ambassador.id, site),
    description: data.bio,
    image: portraitPath && absoluteUrl(portraitPath, site),
    linkedin: data.linkedin,
  });
}
