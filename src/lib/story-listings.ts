/**
 * Every list of stories the site pre-renders: all stories, one per filter value, and one per
 * sector in a municipality that has stories (so an employer can combine the two without
 * JavaScript), each split over pages of `storiesPerPage`. Computed in one pass over the stories,
 * so 5,000 stories cost no more than a few hundred listings times a page.
 */
import { pageCountOf, pageItems, pagePath, storiesPerPage } from './pagination.ts';
import {
  buildFacets,
  facetKeys,
  facetValues,
  type Facet,
  type FacetKey,
  type StoryFacts,
} from './story-facets.ts';

export interface ListingFilter {
  key: FacetKey;
  value: string;
}

/** A filtered view of the stories: no filter, one filter, or a sector and a municipality. */
export interface StoryListing<T> {
  filters: ListingFilter[];
  /** The address of its first page, e.g. /verhalen/sector/ict/gemeente/baarn/. */
  basePath: string;
  stories: T[];
}

/** One page of a listing. */
export interface ListingPage<T> {
  listing: StoryListing<T>;
  page: number;
  pageCount: number;
  path: string;
  stories: T[];
}

/** The two filters that combine; the sector always comes first in the address. */
export const combinable = ['sector', 'gemeente'] as const satisfies readonly FacetKey[];

/** The address of a listing's first page. */
export function listingPath(filters: readonly ListingFilter[]): string {
  const ordered = [...filters].sort((a, b) => facetKeys.indexOf(a.key) - facetKeys.indexOf(b.key));
  return `/verhalen/${ordered.map((filter) => `${filter.key}/${filter.value}/`).join('')}`;
}

/**
 * All listings with at least one story, in a fixed order: all stories, then each filter value
 * (filters in their usual order), then each sector-in-municipality combination.
 */
export function storyListings<T>(
  stories: readonly T[],
  factsOf: (story: T) => StoryFacts,
): StoryListing<T>[] {
  const single = new Map<string, StoryListing<T>>();
  const combined = new Map<string, StoryListing<T>>();
  const add = (into: Map<string, StoryListing<T>>, filters: ListingFilter[], story: T) => {
    const basePath = listingPath(filters);
    let listing = into.get(basePath);
    if (!listing) {
      listing = { filters, basePath, stories: [] };
      into.set(basePath, listing);
    }
    listing.stories.push(story);
  };
  for (const story of stories) {
    const facts = factsOf(story);
    for (const key of facetKeys) {
      for (const value of new Set(facetValues(facts, key))) add(single, [{ key, value }], story);
    }
    const [sector, municipality] = combinable.map((key) => facetValues(facts, key)[0]);
    if (sector && municipality) {
      const filters = [
        { key: 'sector', value: sector },
        { key: 'gemeente', value: municipality },
      ] satisfies ListingFilter[];
      add(combined, filters, story);
    }
  }
  const byKeyThenPath = (a: StoryListing<T>, b: StoryListing<T>) =>
    facetKeys.indexOf(a.filters[0]?.key ?? 'sector') -
      facetKeys.indexOf(b.filters[0]?.key ?? 'sector') || a.basePath.localeCompare(b.basePath);
  return [
    { filters: [], basePath: '/verhalen/', stories: [...stories] },
    ...[...single.values()].sort(byKeyThenPath),
    ...[...combined.values()].sort(byKeyThenPath),
  ];
}

/** A listing split over its pages; page 1 keeps the listing's own address. */
export function listingPages<T>(
  listing: StoryListing<T>,
  perPage = storiesPerPage,
): ListingPage<T>[] {
  const pageCount = pageCountOf(listing.stories.length, perPage);
  return Array.from({ length: pageCount }, (_, index) => ({
    listing,
    page: index + 1,
    pageCount,
    path: pagePath(listing.basePath, index + 1),
    stories: pageItems(listing.stories, index + 1, perPage),
  }));
}

/**
 * The filters to show beside a listing. Sector and municipality narrow each other: with a
 * municipality chosen, the sectors count only its stories and link to the combination (and the
 * other way round). Target group and regulation always offer every value on its own page.
 */
export function listingFacets(
  filters: readonly ListingFilter[],
  allFacts: readonly StoryFacts[],
  everything: readonly Facet[],
  labelOf: (key: FacetKey, value: string) => string,
): Facet[] {
  return everything.map((facet) => {
    const partner = filters.find(
      (filter) =>
        filter.key !== facet.key &&
        (combinable as readonly FacetKey[]).includes(filter.key) &&
        (combinable as readonly FacetKey[]).includes(facet.key),
    );
    if (!partner) return facet;
    const within = allFacts.filter((facts) =>
      facetValues(facts, partner.key).includes(partner.value),
    );
    const narrowed = buildFacets(within, labelOf).find((candidate) => candidate.key === facet.key);
    return {
      ...facet,
      within: labelOf(partner.key, partner.value),
      options: (narrowed?.options ?? []).map((option) => ({
        ...option,
        href: listingPath([partner, { key: option.key, value: option.value }]),
      })),
    };
  });
}

export interface ChosenFilter extends ListingFilter {
  label: string;
  /** The listing without this filter. */
  withoutHref: string;
}

/** The filters of a listing with, for each, where to go without it. */
export function chosenFilters(
  filters: readonly ListingFilter[],
  labelOf: (key: FacetKey, value: string) => string,
): ChosenFilter[] {
  return filters.map((filter) => ({
    key: filter.key,
    value: filter.value,
    label: labelOf(filter.key, filter.value),
    withoutHref: listingPath(filters.filter((other) => other !== filter)),
  }));
}

/** "Zorg en welzijn", "Zorg en welzijn in Soest": what a filtered listing shows, for its title. */
export function listingSubject(chosen: readonly ChosenFilter[]): string {
  const sector = chosen.find((filter) => filter.key === 'sector');
  const place = chosen.find((filter) => filter.key === 'gemeente');
  if (sector && place && chosen.length === 2) return `${sector.label} in ${place.label}`;
  return chosen.map((filter) => filter.label).join(', ');
}
