/**
 * What a municipality's page shows, worked out here so the route
 * (src/pages/gemeenten/[slug].astro) is markup: its service point and the municipalities that
 * share it, and the stories, upcoming events and ambassadors from this municipality.
 */
import type { Municipality, SiteContent } from './content.ts';
import { splitByTime } from './events.ts';
import { resolve } from './references.ts';
import { municipalityFacets } from './search-entries.ts';
import { shareImageOf } from './share-cards.ts';

export function municipalityPage(municipality: Municipality, content: SiteContent, now: Date) {
  const isHere = (ref: { id: string } | undefined) => ref?.id === municipality.id;
  const servicePoint = resolve(content.servicePoints, municipality.data.servicePoint);
  return {
    servicePoint,
    /** Every municipality this service point serves, this one included. */
    served: content.municipalities.filter(
      (other) => other.data.servicePoint.id === servicePoint.id,
    ),
    stories: content.stories.filter((story) => isHere(story.data.municipality)),
    upcomingEvents: splitByTime(
      content.events.filter((event) => isHere(event.data.municipality)),
      now,
    ).upcoming,
    ambassadors: content.ambassadors.filter((ambassador) => isHere(ambassador.data.municipality)),
    shareImage: shareImageOf(content, 'gemeenten', municipality.id),
    facets: municipalityFacets(municipality.data.name),
  };
}
