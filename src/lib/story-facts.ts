/** Glue between story entries and the pure filter logic in `story-facets.ts`. */
import type { Municipality, Regulation, Story } from './content.ts';
import type { FacetKey, StoryFacts } from './story-facets.ts';
import { labelOf, sectors, targetGroups } from '../schemas/taxonomy.ts';

export function storyFacts(story: Story): StoryFacts {
  return {
    sector: story.data.employer.sector,
    municipality: story.data.municipality.id,
    targetGroups: story.data.targetGroups,
    regulations: story.data.regulations.map((ref) => ref.id),
  };
}

/** Labels for filter values: vocabularies for sector and target group, content for the rest. */
export function facetLabeler(content: {
  municipalities: Municipality[];
  regulations: Regulation[];
}) {
  return (key: FacetKey, value: string): string => {
    switch (key) {
      case 'sector':
        return labelOf(sectors, value);
      case 'doelgroep':
        return labelOf(targetGroups, value);
      case 'gemeente':
        return content.municipalities.find((entry) => entry.id === value)?.data.name ?? value;
      case 'regeling':
        return content.regulations.find((entry) => entry.id === value)?.data.title ?? value;
    }
  };
}
