/**
 * The state of the search page in its address: `?q=<words>&soort=Verhaal&gemeente=Baarn`. The
 * same address works as a link, after a reload and with the browser's back button.
 */
import { facetKeys, type FacetKey } from './search-facets.ts';

export interface SearchState {
  query: string;
  /** One chosen value per facet; a facet left out is not filtered on. */
  filters: Partial<Record<FacetKey, string>>;
}

const keys = Object.keys(facetKeys) as FacetKey[];

/** The search state in an address's query string; unknown parameters are ignored. */
export function parseSearchParams(params: URLSearchParams): SearchState {
  const filters: SearchState['filters'] = {};
  for (const key of keys) {
    const value = params.get(key)?.trim();
    if (value) filters[key] = value;
  }
  return { query: (params.get('q') ?? '').trim().slice(0, 200), filters };
}

/** The query string for a search state (without "?"), empty parts left out. */
export function toSearchParams(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.query) params.set('q', state.query);
  for (const key of keys) {
    const value = state.filters[key];
    if (value) params.set(key, value);
  }
  return params.toString();
}

/** True when there is something to search for: words, a filter, or both. */
export function hasSearch(state: SearchState): boolean {
  return state.query !== '' || Object.keys(state.filters).length > 0;
}

/** "1 resultaat" or "4 resultaten", with what was searched for, for the live region. */
export function resultSummary(count: number, state: SearchState): string {
  const found =
    count === 0 ? 'Geen resultaten' : `${count} ${count === 1 ? 'resultaat' : 'resultaten'}`;
  const words = state.query ? ` voor ‘${state.query}’` : '';
  const chosen = Object.values(state.filters);
  const narrowed = chosen.length > 0 ? ` (${chosen.join(', ')})` : '';
  return `${found}${words}${narrowed}.`;
}
