/**
 * Everything a story's page shows besides the story's own fields, worked out here so the route
 * (src/pages/verhalen/[slug].astro) is markup: its municipality and regulations, the related
 * stories, the facts in figures, its addresses, its share image, JSON-LD and search facets.
 */
import { entryUrl } from './canonical-url.ts';
import type { SiteContent, Story } from './content.ts';
import { formatCalendarDate } from './dates.ts';
import { storyJsonLd } from './entry-json-ld.ts';
import { resolve, resolveAll } from './references.ts';
import { relatedStories } from './related-stories.ts';
import { storyFacets } from './search-entries.ts';
import { shareImageOf } from './share-cards.ts';
import { sharedUrl } from './share-links.ts';
import { facetHref } from './story-facets.ts';
import { labelOf, sectors, sizeClasses, targetGroups } from '../schemas/taxonomy.ts';

/** One figure in "In cijfers": the number as written in Dutch, and what it counts. */
export interface StoryFigure {
  value: string;
  label: string;
}

/** The figures of a story's outcome that are known, in Dutch notation (4,5 uur). */
export function storyFigures(outcome: Story['data']['outcome']): StoryFigure[] {
  const figures: StoryFigure[] = [];
  if (outcome.peopleHired !== undefined) {
    figures.push({
      value: String(outcome.peopleHired),
      label: outcome.peopleHired === 1 ? 'persoon aan het werk' : 'mensen aan het werk',
    });
  }
  if (outcome.hoursPerWeek !== undefined) {
    figures.push({ value: String(outcome.hoursPerWeek).replace('.', ','), label: 'uur per week' });
  }
  return figures;
}

/** "Gepubliceerd op …, bijgewerkt op …. Gebaseerd op: …." */
export function storyDateLine(data: Story['data']): string {
  const updated = data.updatedOn ? `, bijgewerkt op ${formatCalendarDate(data.updatedOn)}` : '';
  const basedOn = data.basedOn ? ` Gebaseerd op: ${data.basedOn}.` : '';
  return `Gepubliceerd op ${formatCalendarDate(data.publishedOn)}${updated}.${basedOn}`;
}

/** What a story's page shows, worked out from the content. */
export type StoryPage = ReturnType<typeof storyPage>;

export function storyPage(story: Story, content: SiteContent, site: URL | undefined) {
  const data = story.data;
  const municipality = resolve(content.municipalities, data.municipality);
  const canonical = entryUrl('verhalen', story.id, site);
  return {
    municipality,
    sector: {
      label: labelOf(sectors, data.employer.sector),
      href: facetHref('sector', data.employer.sector),
    },
    municipalityHref: facetHref('gemeente', municipality.id),
    sizeLabel: labelOf(sizeClasses, data.employer.size),
    targetGroups: targetGroups
      .filter((group) => data.targetGroups.includes(group.value))
      .map((group) => ({ ...group, href: facetHref('doelgroep', group.value) })),
    figures: storyFigures(data.outcome),
    dateLine: storyDateLine(data),
    regulations: resolveAll(content.regulations, data.regulations),
    related: relatedStories(content.stories, story),
    canonical,
    sharedUrl: sharedUrl(canonical, 'verhalen', story.id),
    shareImage: shareImageOf(content, 'verhalen', story.id),
    structuredData: storyJsonLd(story, content, site),
    facets: storyFacets(story, content),
  };
}
