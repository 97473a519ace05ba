/** Glue between story entries and the pure filter logic in `story-facets.ts`. */
import type { Municipality, Regulation, Story } from './content.ts';
import {
  buildFacets,
  facetKeys,
  facetValues,
  type Facet,
  type FacetKey,
  type StoryFacts,
} from './story-facets.ts';
import { labelOf, sectors, targetGroups } from './taxonomy.ts';

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

export interface StoryFacetIndex<T> {
  /** Every filter with its values and counts (as `buildFacets` gives them). */
  facets: Facet[];
  /** The stories of one filter value, in the order of the list: `storiesOf('sector', 'ict')`. */
  storiesOf(key: FacetKey, value: string): T[];
}

const indexes = new WeakMap<readonly object[], StoryFacetIndex<never>>();

/**
 * The story filters and the stories behind each value, computed once per story list (one pass
 * over the stories) instead of once per filter page: every filter page needs the whole filter
 * menu and its own stories, which at thousands of stories was the bulk of their build time.
 */
export function storyFacetIndex<T extends Story>(
  stories: readonly T[],
  content: { municipalities: Municipality[]; regulations: Regulation[] },
): StoryFacetIndex<T> {
  const known = indexes.get(stories) as StoryFacetIndex<T> | undefined;
  if (known) return known;
  const facts = stories.map(storyFacts);
  const byValue = new Map<string, T[]>();
  stories.forEach((story, index) => {
    for (const key of facetKeys) {
      for (const value of new Set(facetValues(facts[index]!, key))) {
        const id = `${key}/${value}`;
        const list = byValue.get(id) ?? [];
        list.push(story);
        byValue.set(id, list);
      }
    }
  });
  const index: StoryFacetIndex<T> = {
    facets: buildFacets(facts, facetLabeler(content)),
    storiesOf: (key, value) => byValue.get(`${key}/${value}`) ?? [],
  };
  indexes.set(stories, index as StoryFacetIndex<never>);
  return index;
}
