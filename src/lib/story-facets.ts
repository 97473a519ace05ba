/**
 * Filters for the story overview. Each filter value gets its own pre-rendered page
 * (/verhalen/<facet>/<value>/), so filtering works without JavaScript and every filtered view is a
 * shareable URL. Pure functions over plain story facts.
 */

export const facetKeys = ['sector', 'gemeente', 'doelgroep', 'regeling'] as const;
export type FacetKey = (typeof facetKeys)[number];

export const facetTitles: Record<FacetKey, string> = {
  sector: 'Sector',
  gemeente: 'Gemeente',
  doelgroep: 'Doelgroep',
  regeling: 'Regeling',
};

/** The facts of a story that filters look at. */
export interface StoryFacts {
  sector: string;
  municipality: string;
  targetGroups: readonly string[];
  regulations: readonly string[];
}

export interface FacetOption {
  key: FacetKey;
  value: string;
  label: string;
  count: number;
  href: string;
}

export interface Facet {
  key: FacetKey;
  title: string;
  options: FacetOption[];
  /** When the options count only the stories of another chosen filter: that filter's label. */
  within?: string;
}

/** The values a story has for one filter (a story can have several target groups). */
export function facetValues(story: StoryFacts, key: FacetKey): readonly string[] {
  switch (key) {
    case 'sector':
      return [story.sector];
    case 'gemeente':
      return [story.municipality];
    case 'doelgroep':
      return story.targetGroups;
    case 'regeling':
      return story.regulations;
  }
}

export function facetHref(key: FacetKey, value: string): string {
  return `/verhalen/${key}/${value}/`;
}

/** The stories that have `value` for filter `key`, in their given order. */
export function storiesMatching<T>(
  stories: readonly T[],
  factsOf: (story: T) => StoryFacts,
  key: FacetKey,
  value: string,
): T[] {
  return stories.filter((story) => facetValues(factsOf(story), key).includes(value));
}

/**
 * Every filter with the values that occur in at least one story, sorted by label, with counts.
 * Values without stories are left out: a filter link must never lead to an empty page.
 */
export function buildFacets(
  stories: readonly StoryFacts[],
  labelOf: (key: FacetKey, value: string) => string,
): Facet[] {
  return facetKeys.map((key) => {
    const counts = new Map<string, number>();
    for (const story of stories) {
      for (const value of new Set(facetValues(story, key))) {
        counts.set(value, (counts.get(value) ?? 0) + 1);
      }
    }
    const options = [...counts]
      .map(([value, count]) => ({
        key,
        value,
        label: labelOf(key, value),
        count,
        href: facetHref(key, value),
      }))
      .sort((a, b) => a.label.localeCompare(b.label, 'nl'));
    return { key, title: facetTitles[key], options };
  });
}
