/**
 * The search facets of every indexed page, from content. The detail pages write them into the
 * index and the search page offers their values, so both read them from here.
 */
import { resolve, resolveAll } from './references.ts';
import type { Ambassador, CampaignEvent, Regulation, SiteContent, Story } from './content.ts';
import { searchFacets, type SearchFacets } from './search-facets.ts';

export function storyFacets(story: Story, content: SiteContent): SearchFacets {
  return searchFacets('Verhaal', {
    sectors: [story.data.employer.sector],
    municipalities: [resolve(content.municipalities, story.data.municipality).data.name],
    targetGroups: story.data.targetGroups,
  });
}

export function regulationFacets(regulation: Regulation): SearchFacets {
  return searchFacets('Regeling', { targetGroups: regulation.data.qualifies.targetGroups });
}

/** An ambassador is found under the sectors and target groups of the stories they told. */
export function ambassadorFacets(ambassador: Ambassador, content: SiteContent): SearchFacets {
  const told = resolveAll(content.stories, ambassador.data.stories);
  return searchFacets('Ambassadeur', {
    sectors: told.map((story) => story.data.employer.sector),
    municipalities: [resolve(content.municipalities, ambassador.data.municipality).data.name],
    targetGroups: told.flatMap((story) => story.data.targetGroups),
  });
}

export function eventFacets(event: CampaignEvent, content: SiteContent): SearchFacets {
  const where = event.data.municipality;
  return searchFacets('Bijeenkomst', {
    municipalities: where ? [resolve(content.municipalities, where).data.name] : [],
  });
}

export function municipalityFacets(name: string): SearchFacets {
  return searchFacets('Gemeente', { municipalities: [name] });
}

/** The facets of every indexed page. */
export function allSearchFacets(content: SiteContent): SearchFacets[] {
  return [
    ...content.stories.map((story) => storyFacets(story, content)),
    ...content.regulations.map(regulationFacets),
    ...content.ambassadors.map((ambassador) => ambassadorFacets(ambassador, content)),
    ...content.events.map((event) => eventFacets(event, content)),
    ...content.municipalities.map((municipality) => municipalityFacets(municipality.data.name)),
  ];
}
