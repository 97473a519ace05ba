/**
 * What the search can filter on, per page: content type, sector, municipality and target group.
 * Pages write these into the index (`<SearchFacets>`); the search page offers the same values.
 * Values are the Dutch labels people see, because Pagefind returns them as written.
 */
import { labelOf, sectors, targetGroups } from '../schemas/taxonomy.ts';

export const searchTypes = [
  'Verhaal',
  'Regeling',
  'Ambassadeur',
  'Bijeenkomst',
  'Gemeente',
] as const;
export type SearchType = (typeof searchTypes)[number];

/** The filter keys in the index and the search page's address, with their Dutch names. */
export const facetKeys = {
  soort: 'Soort',
  sector: 'Sector',
  gemeente: 'Gemeente',
  doelgroep: 'Doelgroep',
} as const;
export type FacetKey = keyof typeof facetKeys;

export type SearchFacets = { soort: SearchType } & Record<Exclude<FacetKey, 'soort'>, string[]>;

export interface FacetSource {
  sectors?: readonly string[];
  municipalities?: readonly string[];
  targetGroups?: readonly string[];
}

const unique = (values: readonly string[]) => [...new Set(values)];

/**
 * The facets of one page: its type, and the labels of the sector and target group values and the
 * municipality names it is about.
 */
export function searchFacets(type: SearchType, source: FacetSource = {}): SearchFacets {
  return {
    soort: type,
    sector: unique((source.sectors ?? []).map((value) => labelOf(sectors, value))),
    gemeente: unique(source.municipalities ?? []),
    doelgroep: unique((source.targetGroups ?? []).map((value) => labelOf(targetGroups, value))),
  };
}

/** Every value each facet has across the site, sorted as the search page lists them. */
export function facetOptions(all: readonly SearchFacets[]): Record<FacetKey, string[]> {
  const sorted = (values: string[]) => unique(values).sort((a, b) => a.localeCompare(b, 'nl'));
  return {
    soort: searchTypes.filter((type) => all.some((facets) => facets.soort === type)),
    sector: sorted(all.flatMap((facets) => facets.sector)),
    gemeente: sorted(all.flatMap((facets) => facets.gemeente)),
    doelgroep: sorted(all.flatMap((facets) => facets.doelgroep)),
  };
}
